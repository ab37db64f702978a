import { ActionIcon, CopyButton, Tooltip, Typography, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconQuote } from '@tabler/icons-react';
import { clauseCitation, type OutlineEntry } from '@policyops/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { renderMarkdownBlock } from './markdown';
import markdownClasses from './MarkdownView.module.css';
import { useInAppLinks } from './MarkdownView';
import { entryFor, numberedSegments } from './numbered-text';
import classes from './NumberedText.module.css';

export interface NumberedTextProps {
  policyRef: string;
  policyTitle: string;
  versionLabel: string;
  body: string;
  /** The server's outline of this version: number, anchor and place of each block. */
  entries: OutlineEntry[];
  /** The clause in `?clause=` (anchor id or number): highlighted and scrolled to. */
  activeRef: string | null;
  onOpen: (anchorId: string) => void;
}

function linkTo(policyRef: string, anchorId: string): string {
  const url = new URL(`/policies/${encodeURIComponent(policyRef)}`, window.location.origin);
  url.searchParams.set('clause', anchorId);
  return url.toString();
}

interface MarginProps {
  entry: OutlineEntry;
  citation: string;
  link: string;
  onOpen: () => void;
  onCopied: (citation: string) => void;
}

function Margin({ entry, citation, link, onOpen, onCopied }: MarginProps) {
  const kind = entry.kind === 'section' ? 'Section' : 'Clause';
  return (
    <div className={classes.margin}>
      <UnstyledButton
        className={classes.number}
        onClick={onOpen}
        aria-haspopup="dialog"
        aria-label={`${kind} §${entry.number}: history across versions`}
      >
        §{entry.number}
      </UnstyledButton>
      <CopyButton value={`${citation}\n${link}`} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Citation copied' : 'Copy citation and link'} withArrow position="left">
            <ActionIcon
              className={classes.copy}
              data-copied={copied || undefined}
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={() => {
                copy();
                onCopied(citation);
              }}
              aria-label={`Copy the citation of §${entry.number}`}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconQuote size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </div>
  );
}

/**
 * The text in force with the § numbers citations use in its margin: each numbered block is
 * rendered on its own (where the server's outline says it is), carries its anchor id (so
 * `#c-…` and `?clause=` links land on it) and offers its citation on hover or focus.
 */
export function NumberedText({
  policyRef,
  policyTitle,
  versionLabel,
  body,
  entries,
  activeRef,
  onOpen,
}: NumberedTextProps) {
  const onClick = useInAppLinks();
  const [announcement, setAnnouncement] = useState('');
  const segments = useMemo(
    () => numberedSegments(body, entries).map((s) => ({ ...s, html: renderMarkdownBlock(s.markdown) })),
    [body, entries],
  );
  const named = entryFor(entries, activeRef);
  const active = named ?? entryFor(entries, window.location.hash);
  // A link by number (?clause=3.2) is replaced by the clause's anchor id, which survives renumbering.
  useEffect(() => {
    if (named && activeRef !== named.anchorId) onOpen(named.anchorId);
  }, [named, activeRef, onOpen]);
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!active || scrolledTo.current === active.anchorId) return;
    scrolledTo.current = active.anchorId;
    document.getElementById(active.anchorId)?.scrollIntoView({ block: 'center' });
  }, [active]);

  return (
    <div className={classes.text} onClick={onClick}>
      {segments.map((segment, i) =>
        segment.kind === 'gap' ? (
          <div key={`gap-${i}`} className={classes.gap}>
            <Typography className={markdownClasses.root} dangerouslySetInnerHTML={{ __html: segment.html }} />
          </div>
        ) : (
          <div
            key={segment.entry.anchorId}
            id={segment.entry.anchorId}
            className={classes.block}
            data-kind={segment.entry.kind}
            data-active={segment.entry.anchorId === active?.anchorId || undefined}
          >
            <Margin
              entry={segment.entry}
              citation={clauseCitation(policyTitle, segment.entry.number, versionLabel)}
              link={linkTo(policyRef, segment.entry.anchorId)}
              onOpen={() => onOpen(segment.entry.anchorId)}
              onCopied={(citation) => setAnnouncement(`Copied: ${citation}`)}
            />
            <Typography
              className={`${markdownClasses.root} ${classes.content}`}
              dangerouslySetInnerHTML={{ __html: segment.html }}
            />
          </div>
        ),
      )}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </div>
  );
}
