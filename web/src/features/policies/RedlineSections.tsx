import { Badge, Button, Group, Text, Title, Typography, VisuallyHidden } from '@mantine/core';
import {
  HTML_REDLINE_MARKS,
  changesMarkdown,
  type PolicyRedline,
  type RedlineClause,
  type RedlineSection,
} from '@policyops/contracts';
import { memo, useEffect, useMemo, useState } from 'react';
import { MarkedMarkdown } from './MarkedMarkdown';
import { useInAppLinks } from './MarkdownView';
import markdownClasses from './MarkdownView.module.css';
import { renderMarkdownBlock } from './markdown';
import classes from './Redline.module.css';
import {
  clauseElementId,
  clauseLabels,
  clauseView,
  foldQuiet,
  sectionElementId,
  sectionTitle,
  type ClauseView,
  type Fold,
} from './redline-view';

export type RedlineLayout = 'inline' | 'side';

/** Runs of at least this many unchanged clauses inside a changed section are folded. */
const FOLD_CLAUSES = 4;

export interface RedlineSectionsProps {
  redline: PolicyRedline;
  layout: RedlineLayout;
  /** Keys of folded runs the reader opened (`s:<first>` for sections, `c:<section>:<first>` for clauses). */
  opened: Set<string>;
  onOpen: (key: string) => void;
}

/** Rendered text of one clause: a plain element (hundreds of these make a redline; no component per row). */
function Rendered({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderMarkdownBlock(markdown), [markdown]);
  return (
    <div
      className={`${Typography.classes.root} ${markdownClasses.root} ${classes.marks}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Content({ view }: { view: ClauseView }) {
  switch (view.kind) {
    case 'none':
      return (
        <Text size="xs" c="dimmed">
          <span aria-hidden>—</span>
          <VisuallyHidden>Not in this version</VisuallyHidden>
        </Text>
      );
    case 'inserted':
      return (
        <ins className={classes.inserted}>
          <Rendered markdown={view.markdown} />
        </ins>
      );
    case 'deleted':
      return (
        <del className={classes.deleted}>
          <Rendered markdown={view.markdown} />
        </del>
      );
    case 'replaced':
      return (
        <>
          <Content view={{ kind: 'deleted', markdown: view.from }} />
          <Content view={{ kind: 'inserted', markdown: view.to }} />
        </>
      );
    default:
      return <Rendered markdown={view.markdown} />;
  }
}

function Numbers({ clause }: { clause: RedlineClause }) {
  const now = clause.to?.number ?? clause.from!.number;
  const was = clause.from && clause.to && clause.from.number !== clause.to.number ? clause.from.number : null;
  return (
    <div className={classes.numbers}>
      <span>{now}</span>
      {was ? <span className={classes.was}>was {was}</span> : null}
    </div>
  );
}

function Labels({ clause }: { clause: RedlineClause }) {
  const labels = clauseLabels(clause);
  if (labels.length === 0) return null;
  return (
    <div className={classes.labels}>
      {labels.map((label) => (
        <span key={label} className={`${classes.label} ${classes.tone}`} data-status={clause.status}>
          {label}
        </span>
      ))}
    </div>
  );
}

function FoldButton({ count, what, onOpen }: { count: number; what: string; onOpen: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" color="gray" onClick={onOpen} aria-expanded={false}>
      {`${count.toLocaleString()} unchanged ${what}${count === 1 ? '' : 's'} · show`}
    </Button>
  );
}

function InlineClauses({
  section,
  index,
  opened,
  onOpen,
}: { section: RedlineSection; index: number } & Pick<RedlineSectionsProps, 'opened' | 'onOpen'>) {
  const folds = foldQuiet(section.clauses, (c) => c.status === 'unchanged', FOLD_CLAUSES);
  const row = (c: number) => {
    const clause = section.clauses[c]!;
    return (
      <div key={c} id={clauseElementId(index, c)} tabIndex={-1} className={classes.row} data-status={clause.status}>
        <Numbers clause={clause} />
        <div className={classes.body}>
          <Labels clause={clause} />
          <Content view={clauseView(clause, 'both')} />
        </div>
      </div>
    );
  };
  return (
    <div className={classes.rows}>
      {folds.map((fold) => {
        if (fold.kind === 'shown') return row(fold.index);
        const key = `c:${index}:${fold.indexes[0]}`;
        if (opened.has(key)) return fold.indexes.map(row);
        return (
          <div key={key} className={classes.fold}>
            <FoldButton count={fold.indexes.length} what="clause" onOpen={() => onOpen(key)} />
          </div>
        );
      })}
    </div>
  );
}

function SideBySideClauses({
  section,
  index,
  redline,
  opened,
  onOpen,
}: { section: RedlineSection; index: number; redline: PolicyRedline } & Pick<
  RedlineSectionsProps,
  'opened' | 'onOpen'
>) {
  const folds = foldQuiet(section.clauses, (c) => c.status === 'unchanged', FOLD_CLAUSES);
  const row = (c: number) => {
    const clause = section.clauses[c]!;
    return (
      <tr key={c} id={clauseElementId(index, c)} tabIndex={-1} className={classes.tableRow} data-status={clause.status}>
        <th scope="row" className={classes.rowHeader}>
          <Numbers clause={clause} />
          <Labels clause={clause} />
        </th>
        <td>
          <Content view={clauseView(clause, 'from')} />
        </td>
        <td>
          <Content view={clauseView(clause, 'to')} />
        </td>
      </tr>
    );
  };
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col" className={classes.rowHeader}>
            <VisuallyHidden>Clause</VisuallyHidden>
          </th>
          <th scope="col">Version {redline.from.label} (older)</th>
          <th scope="col">Version {redline.to.label} (newer)</th>
        </tr>
      </thead>
      <tbody>
        {folds.map((fold) => {
          if (fold.kind === 'shown') return row(fold.index);
          const key = `c:${index}:${fold.indexes[0]}`;
          if (opened.has(key)) return fold.indexes.map(row);
          return (
            <tr key={key}>
              <td colSpan={3} className={classes.fold}>
                <FoldButton count={fold.indexes.length} what="clause" onOpen={() => onOpen(key)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What a renamed heading was: "Was §2 Old title"; for the text before the sections, its old title. */
function wasHeading(from: NonNullable<RedlineSection['from']>): string {
  if (from.number !== '0') return `Was §${from.number} ${from.title}`;
  return from.title ? `The title was “${from.title}”` : 'There was no title';
}

function SectionBadges({ section }: { section: RedlineSection }) {
  const badges: string[] = [];
  if (section.status === 'added') badges.push('Added section');
  if (section.status === 'removed') badges.push('Removed section');
  if (section.renamed) badges.push(section.from?.number === '0' ? 'Title changed' : 'Renamed');
  if (section.from && section.to && section.renumbered)
    badges.push(`Renumbered §${section.from.number} → §${section.to.number}`);
  if (section.moved) badges.push('Moved');
  return (
    <Group gap={4}>
      {badges.map((b) => (
        <Badge key={b} size="sm" radius="sm" variant="outline" className={classes.tone} data-status={section.status}>
          {b}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * One section; memoised, since a long redline is drawn in steps and each step would otherwise draw
 * every section already on the page again.
 */
const SectionView = memo(function SectionView({
  redline,
  section,
  index,
  layout,
  opened,
  onOpen,
}: { section: RedlineSection; index: number } & RedlineSectionsProps) {
  const headingId = `${sectionElementId(index)}-heading`;
  const heading = section.headingChanges ? (
    <MarkedMarkdown
      as="span"
      markdown={`§${section.to!.number} ${changesMarkdown(section.headingChanges, HTML_REDLINE_MARKS)}`}
    />
  ) : (
    sectionTitle(section)
  );
  return (
    <section className={classes.section} data-status={section.status} aria-labelledby={headingId}>
      <div id={sectionElementId(index)} tabIndex={-1} className={classes.sectionHeading}>
        <Title
          order={2}
          size="h4"
          id={headingId}
          className={section.status === 'removed' ? classes.removedTitle : undefined}
        >
          {heading}
        </Title>
        <SectionBadges section={section} />
        {section.renamed && section.from ? (
          <Text size="xs" c="dimmed">
            {wasHeading(section.from)}
          </Text>
        ) : null}
      </div>
      {layout === 'inline' ? (
        <InlineClauses section={section} index={index} opened={opened} onOpen={onOpen} />
      ) : (
        <SideBySideClauses section={section} index={index} redline={redline} opened={opened} onOpen={onOpen} />
      )}
      {section.movedOut.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          Moved to other sections: {section.movedOut.map((m) => `${m.from} → ${m.to}`).join(', ')}
        </Text>
      ) : null}
    </section>
  );
});

/** Clauses rendered per step: the first step paints at once, the rest follow without blocking the page. */
const CLAUSES_PER_STEP = 150;

/** How many folds to render to go past `from` by about CLAUSES_PER_STEP clauses. */
function stepTo(folds: Fold[], sections: RedlineSection[], from: number): number {
  let clauses = 0;
  let count = from;
  while (count < folds.length && clauses < CLAUSES_PER_STEP) {
    const fold = folds[count]!;
    clauses += fold.kind === 'shown' ? sections[fold.index]!.clauses.length : 1;
    count += 1;
  }
  return count;
}

/**
 * The aligned sections, unchanged ones folded ("12 unchanged sections · show"), inline or side by
 * side. A long redline is rendered in steps, the first at once; `need` (a section the reader is
 * going to) is always rendered.
 */
export function RedlineSections(props: RedlineSectionsProps & { need: number }) {
  const { redline, layout, opened, onOpen, need } = props;
  // Not `need`: moving to another change must not draw every section again.
  const shared = { redline, layout, opened, onOpen };
  const onClick = useInAppLinks();
  const folds = useMemo(() => foldQuiet(redline.sections, (s) => s.status === 'unchanged', 1), [redline]);
  const [count, setCount] = useState(() => stepTo(folds, redline.sections, 0));
  const needed = folds.findIndex((f) => (f.kind === 'shown' ? f.index >= need : f.indexes.at(-1)! >= need)) + 1;
  const shown = Math.max(count, needed);
  useEffect(() => {
    if (shown >= folds.length) return;
    const timer = setTimeout(() => setCount(stepTo(folds, redline.sections, shown)), 0);
    return () => clearTimeout(timer);
  }, [shown, folds, redline.sections]);
  return (
    <div className={classes.sections} onClick={onClick}>
      {folds.slice(0, shown).map((fold) => {
        if (fold.kind === 'shown')
          return (
            <SectionView key={fold.index} {...shared} section={redline.sections[fold.index]!} index={fold.index} />
          );
        const key = `s:${fold.indexes[0]}`;
        if (opened.has(key))
          return fold.indexes.map((i) => <SectionView key={i} {...shared} section={redline.sections[i]!} index={i} />);
        const titles = fold.indexes.map((i) => sectionTitle(redline.sections[i]!)).join(', ');
        return (
          <div key={key} className={classes.foldedSections}>
            <FoldButton count={fold.indexes.length} what="section" onOpen={() => onOpen(key)} />
            <Text size="xs" c="dimmed" lineClamp={1}>
              {titles}
            </Text>
          </div>
        );
      })}
      {shown < folds.length ? (
        <Text size="sm" c="dimmed" role="status">
          Showing the first {shown} of {folds.length} parts…
        </Text>
      ) : null}
    </div>
  );
}

/** The key of the folded run a section is in, if any (for "jump to section"). */
export function foldKeyOfSection(redline: PolicyRedline, index: number): string | null {
  const folds = foldQuiet(redline.sections, (s) => s.status === 'unchanged', 1);
  for (const fold of folds) if (fold.kind === 'folded' && fold.indexes.includes(index)) return `s:${fold.indexes[0]}`;
  return null;
}
