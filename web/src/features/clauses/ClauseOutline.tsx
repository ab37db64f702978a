import { ActionIcon, Button, ScrollArea, Skeleton, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import type { OutlineEntry } from '@policyops/contracts';
import { useDeferredValue, useMemo, useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { filterOutline, outlineSummary, tidyTitle } from './clause-helpers';
import { useVersionOutline } from './useClauses';
import classes from './Clauses.module.css';

/** Entries shown before "Show all": enough for a short policy, short enough for the sidebar. */
const CAP = 14;
/** Outlines shorter than this need no filter box. */
const FILTER_FROM = 12;

export interface ClauseOutlineProps {
  policyRef: string;
  versionId: string;
  versionLabel: string;
  /** Anchor id of the open clause, highlighted. */
  activeAnchorId: string | null;
  onOpen: (anchorId: string) => void;
}

function OutlineList({
  entries,
  activeAnchorId,
  onOpen,
}: {
  entries: OutlineEntry[];
  activeAnchorId: string | null;
  onOpen: (anchorId: string) => void;
}) {
  return (
    <ul className={classes.list}>
      {entries.map((entry) =>
        entry.kind === 'section' ? (
          <li key={entry.anchorId} className={classes.section}>
            <span className={classes.number}>{entry.number}</span>
            <span>{tidyTitle(entry.title)}</span>
          </li>
        ) : (
          <li key={entry.anchorId}>
            <UnstyledButton
              className={classes.clause}
              onClick={() => onOpen(entry.anchorId)}
              aria-haspopup="dialog"
              data-active={entry.anchorId === activeAnchorId || undefined}
            >
              <span className={classes.number}>{entry.number}</span>
              <span className={classes.title}>— {tidyTitle(entry.title)}</span>
            </UnstyledButton>
          </li>
        ),
      )}
    </ul>
  );
}

/** The numbered sections and clauses of a version; each clause opens its history. */
export function ClauseOutline({ policyRef, versionId, versionLabel, activeAnchorId, onOpen }: ClauseOutlineProps) {
  const query = useVersionOutline(policyRef, versionId);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const deferredFilter = useDeferredValue(filter);
  const entries = query.data?.entries;
  const filtered = useMemo(() => filterOutline(entries ?? [], deferredFilter), [entries, deferredFilter]);

  if (query.isPending) {
    return (
      <Stack gap={6} role="status" aria-label="Loading sections and clauses">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={14} width={i % 3 === 0 ? '55%' : '90%'} ml={i % 3 === 0 ? 0 : 16} />
        ))}
      </Stack>
    );
  }
  if (query.isError)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  if (query.data.entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Version {versionLabel} has no numbered sections or clauses. Headings (## Heading) start sections; the paragraphs
        and list items under them become clauses.
      </Text>
    );
  }

  const all = query.data.entries;
  const filtering = deferredFilter.trim() !== '';
  const visible = expanded ? filtered : filtered.slice(0, CAP);
  const list = <OutlineList entries={visible} activeAnchorId={activeAnchorId} onOpen={onOpen} />;
  return (
    <Stack gap="xs">
      {all.length >= FILTER_FROM ? (
        <TextInput
          label="Find a clause"
          placeholder="Number or words"
          size="sm"
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          leftSection={<IconSearch size={14} aria-hidden />}
          rightSection={
            filter ? (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label="Clear the clause filter"
                onClick={() => setFilter('')}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            ) : null
          }
        />
      ) : null}
      <Text size="xs" c="dimmed" role="status">
        {filtering ? `${filtered.filter((e) => e.kind === 'clause').length} matching clauses` : outlineSummary(all)}
      </Text>
      {filtered.length === 0 ? (
        <Text size="sm" c="dimmed">
          No section or clause matches “{deferredFilter.trim()}”.
        </Text>
      ) : expanded ? (
        <ScrollArea.Autosize mah={440} type="auto" offsetScrollbars>
          {list}
        </ScrollArea.Autosize>
      ) : (
        list
      )}
      {filtered.length > CAP ? (
        <Button variant="subtle" size="xs" onClick={() => setExpanded((e) => !e)} style={{ alignSelf: 'flex-start' }}>
          {expanded ? 'Show fewer' : `Show all ${filtered.length.toLocaleString()}`}
        </Button>
      ) : null}
    </Stack>
  );
}
