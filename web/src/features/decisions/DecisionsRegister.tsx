import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconGavel, IconPlus } from '@tabler/icons-react';
import {
  DECISION_STATUSES,
  DECISION_STATUS_LABELS,
  type DecisionStatus,
  type DecisionSummary,
} from '@policyops/contracts';
import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { formatIsoDate } from '../policies/policy-labels';
import { DecisionBadges } from './DecisionBadges';
import { DecisionDialog } from './DecisionDialog';
import { useDecisionList, usePolicyChoices, useWorkingGroupChoices } from './decision-queries';
import type { DecisionSearch } from './decision-search';

export interface DecisionsRegisterProps {
  search: DecisionSearch;
  onSearchChange(next: DecisionSearch): void;
  canManage: boolean;
}

function LinksCell({ links }: { links: DecisionSummary['links'] }) {
  if (links.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {links.slice(0, 3).map((l) => (
        <Anchor key={`${l.kind}:${l.id}`} href={l.href} size="sm" lineClamp={1}>
          {l.title}
        </Anchor>
      ))}
      {links.length > 3 ? (
        <Text size="xs" c="dimmed">
          and {links.length - 3} more
        </Text>
      ) : null}
    </Stack>
  );
}

/** The decision register: filters in the URL, the table, and "New decision". */
export function DecisionsRegister({ search, onSearchChange, canManage }: DecisionsRegisterProps) {
  const list = useDecisionList(search);
  const groups = useWorkingGroupChoices();
  const policies = usePolicyChoices();
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState(search.q ?? '');
  const setQ = useDebouncedCallback((q: string) => onSearchChange({ ...search, q: q.trim() || undefined }), 300);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(search.status || search.policyId || search.workingGroupId || search.q);

  let body;
  if (list.isPending) body = <TableSkeleton label="Loading decisions" />;
  else if (list.isError) body = <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        icon={<IconGavel size={24} />}
        title={filtered ? 'No decision matches these filters' : 'No decisions yet'}
        description={
          filtered
            ? 'Clear a filter to see more.'
            : 'Record what was decided, by whom and why, so it can be found later.'
        }
        action={
          filtered ? (
            <Button
              variant="default"
              onClick={() => {
                setText('');
                onSearchChange({});
              }}
            >
              Clear filters
            </Button>
          ) : undefined
        }
      />
    );
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label="Decisions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Key</Table.Th>
                <Table.Th scope="col">Title</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Decided</Table.Th>
                <Table.Th scope="col">Decided by</Table.Th>
                <Table.Th scope="col">Links</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" ff="monospace">
                      {d.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink to="/decisions/$decisionId" params={{ decisionId: d.id }} fw={500}>
                      {d.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td style={{ minWidth: 150 }}>
                    <DecisionBadges status={d.status} partlySuperseded={d.partlySuperseded} revisitDue={d.revisitDue} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{d.decisionDate ? formatIsoDate(d.decisionDate) : '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{d.decidedBy.map((p) => p.name).join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <LinksCell links={d.links} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </>
    );

  return (
    <>
      <PageHeader
        title="Decisions"
        description="The decision register: context, options, what was decided, by whom and why. Accepted decisions change only by a newer one that supersedes them."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              New decision
            </Button>
          ) : undefined
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Key or title"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setQ(e.currentTarget.value);
            }}
          />
          <Select
            label="Status"
            clearable
            placeholder="Any"
            data={DECISION_STATUSES.map((s) => ({ value: s, label: DECISION_STATUS_LABELS[s] }))}
            value={search.status ?? null}
            onChange={(status) => onSearchChange({ ...search, status: (status as DecisionStatus | null) ?? undefined })}
          />
          <Select
            label="Policy"
            clearable
            searchable
            placeholder="Any"
            data={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
            value={search.policyId ?? null}
            onChange={(policyId) => onSearchChange({ ...search, policyId: policyId ?? undefined })}
          />
          <Select
            label="Working group"
            clearable
            placeholder="Any"
            data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={search.workingGroupId ?? null}
            onChange={(workingGroupId) => onSearchChange({ ...search, workingGroupId: workingGroupId ?? undefined })}
          />
        </Group>
      </Paper>
      {body}
      {creating ? <DecisionDialog opened onClose={() => setCreating(false)} /> : null}
    </>
  );
}
