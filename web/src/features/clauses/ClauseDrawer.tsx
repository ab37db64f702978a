import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Drawer,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconLink, IconQuote } from '@tabler/icons-react';
import { HTML_REDLINE_MARKS, changesMarkdown, type ClauseHistory } from '@policyops/contracts';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../lib/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
// Leaf modules of the policy feature (not its index, which renders this feature's card).
import { MarkedMarkdown } from '../policies/MarkedMarkdown';
import { VersionStateBadge } from '../policies/PolicyBadges';
import { formatIsoDate } from '../policies/policy-labels';
import {
  CHANGE_LABELS,
  clauseLink,
  clauseTimeline,
  historySummary,
  type TimelineEntry,
  wordChangesOf,
} from './clause-helpers';
import { useClauseHistory } from './useClauses';
import classes from './Clauses.module.css';

export interface ClauseDrawerProps {
  policyRef: string;
  /** Anchor id of the open clause; null when closed. */
  anchorId: string | null;
  /** Version whose numbering the citation uses (default: the one in force today). */
  inVersion: string | undefined;
  onClose: () => void;
}

function CopyAction({ value, label, done, icon }: { value: string; label: string; done: string; icon: ReactNode }) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <>
          <Button
            size="xs"
            variant={copied ? 'light' : 'default'}
            color={copied ? 'teal' : undefined}
            leftSection={copied ? <IconCheck size={14} aria-hidden /> : icon}
            onClick={copy}
          >
            {copied ? done : label}
          </Button>
          <VisuallyHidden role="status">{copied ? `${done} to the clipboard` : ''}</VisuallyHidden>
        </>
      )}
    </CopyButton>
  );
}

function Citation({ history }: { history: ClauseHistory }) {
  const link = clauseLink(window.location.href, history.anchorId);
  return (
    <Paper withBorder p="md" className={classes.citation}>
      <Text size="xs" fw={600} c="dimmed" mb={4}>
        Cite as
      </Text>
      <Text fz="lg" fw={650} lh={1.35}>
        {history.citation}
      </Text>
      <Text size="xs" c="dimmed" mt={6}>
        Anchor <Code>{history.anchorId}</Code> follows this {history.kind} when it is renumbered or reworded.
      </Text>
      <Group gap="xs" mt="sm">
        <CopyAction
          value={history.citation}
          label="Copy citation"
          done="Citation copied"
          icon={<IconQuote size={14} aria-hidden />}
        />
        <CopyAction value={link} label="Copy link" done="Link copied" icon={<IconLink size={14} aria-hidden />} />
      </Group>
    </Paper>
  );
}

function EntryBody({ entry, newestPresent }: { entry: TimelineEntry; newestPresent: boolean }) {
  if (entry.text === null) {
    return entry.change === 'removed' ? (
      <Text size="sm" c="dimmed">
        Removed from the text in this version.
      </Text>
    ) : null;
  }
  if (entry.change === 'changed' && entry.changes) {
    return (
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          Changes from the previous version: removed words struck through, added words underlined.
        </Text>
        {/* The server found the changes; each run is Markdown that renders alone, so emphasis stays. */}
        <MarkedMarkdown
          as="p"
          className={classes.clauseText}
          markdown={changesMarkdown(wordChangesOf(entry.changes), HTML_REDLINE_MARKS)}
        />
      </Stack>
    );
  }
  if (entry.change === 'unchanged' && !newestPresent) {
    return (
      <Text size="sm" c="dimmed">
        Same wording as the version before.
      </Text>
    );
  }
  return <MarkedMarkdown as="p" className={classes.clauseText} markdown={entry.text} />;
}

function EntryTitle({ entry, cited }: { entry: TimelineEntry; cited: boolean }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text component="h4" fw={650} size="sm" m={0}>
        Version {entry.version.label}
      </Text>
      <VersionStateBadge state={entry.version.state} />
      {entry.change === 'absent' ? null : (
        <Badge
          variant="outline"
          className={classes.change}
          data-change={entry.change}
          styles={{ root: { flexShrink: 0 } }}
        >
          {CHANGE_LABELS[entry.change]}
        </Badge>
      )}
      {cited ? (
        <Badge variant="dot" color="indigo">
          Cited version
        </Badge>
      ) : null}
    </Group>
  );
}

function EntryMeta({ entry, kind }: { entry: TimelineEntry; kind: ClauseHistory['kind'] }) {
  const date = entry.version.effectiveDate
    ? `Effective ${formatIsoDate(entry.version.effectiveDate)}`
    : 'No effective date';
  const where = entry.number === null ? `Not in this version` : `§${entry.number}`;
  return (
    <Text size="sm" c="dimmed">
      {date} ·{' '}
      <Text
        span
        fw={entry.number === null ? undefined : 600}
        c={entry.number === null ? 'dimmed' : 'var(--mantine-color-text)'}
        size="sm"
      >
        {where}
      </Text>
      {entry.renumberedFrom ? ` · renumbered from §${entry.renumberedFrom}` : null}
      {entry.number === null ? null : <VisuallyHidden>{` (${kind} number in this version)`}</VisuallyHidden>}
    </Text>
  );
}

function HistoryTimeline({ history, inVersion }: { history: ClauseHistory; inVersion: string | undefined }) {
  const entries = clauseTimeline(history.history);
  const newestPresentId = entries.find((e) => e.text !== null)?.version.id;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.version.id}
          title={<EntryTitle entry={entry} cited={entry.version.id === inVersion} />}
        >
          <Stack gap={6} mt={4}>
            <EntryMeta entry={entry} kind={history.kind} />
            <EntryBody entry={entry} newestPresent={entry.version.id === newestPresentId} />
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function DrawerContent({
  policyRef,
  anchorId,
  inVersion,
}: {
  policyRef: string;
  anchorId: string;
  inVersion: string | undefined;
}) {
  const query = useClauseHistory(policyRef, anchorId, inVersion);
  if (query.isPending) {
    return (
      <Stack gap="md" role="status" aria-label="Loading the clause history">
        <Skeleton height={110} />
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} height={72} />
        ))}
      </Stack>
    );
  }
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <Alert color="gray" variant="light" title="This clause is not in this policy">
          The link may point to another policy, or to a clause of a version that was discarded.
        </Alert>
      );
    }
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  }
  const history = query.data;
  return (
    <Stack gap="lg">
      <Citation history={history} />
      <section aria-labelledby="clause-history-heading">
        <Group justify="space-between" align="baseline" mb="sm" gap="xs">
          <Title order={3} size="h3" id="clause-history-heading">
            History, newest first
          </Title>
          <Text size="sm" c="dimmed">
            {historySummary(history.history)}
          </Text>
        </Group>
        <HistoryTimeline history={history} inVersion={inVersion} />
      </section>
    </Stack>
  );
}

/** A clause followed across versions: how to cite it, then its number and wording in each version. */
export function ClauseDrawer({ policyRef, anchorId, inVersion, onClose }: ClauseDrawerProps) {
  // Keeps the last clause on screen while the drawer slides out.
  const [shown, setShown] = useState(anchorId);
  if (anchorId && anchorId !== shown) setShown(anchorId);
  const kind = shown?.startsWith('s-') || /^\d+$/.test(shown ?? '') ? 'Section' : 'Clause';
  return (
    <Drawer
      opened={anchorId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={<Text component="span" fw={650} fz="lg">{`${kind} across versions`}</Text>}
      closeButtonProps={{ 'aria-label': 'Close the clause history' }}
    >
      {shown ? <DrawerContent policyRef={policyRef} anchorId={shown} inVersion={inVersion} /> : null}
    </Drawer>
  );
}
