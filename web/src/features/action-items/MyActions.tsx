import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { MY_ACTION_GROUPS, MY_ACTION_GROUP_LABELS, type MyActionGroup } from '@policyops/contracts';
import { useState } from 'react';
import { useCan } from '../auth';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { ActionItemsTable } from './ActionItemsTable';
import { AddActionDialog } from './AddActionDialog';
import { useMyActions } from './action-item-queries';

const EMPTY_GROUP: Record<MyActionGroup, string> = {
  overdue: 'Nothing overdue.',
  dueThisWeek: 'Nothing due in the next seven days.',
  later: 'Nothing due later.',
  noDate: 'No undated actions.',
  recentlyDone: 'Nothing closed in the last two weeks.',
};

/** "My actions": everything I own across the workspace, grouped by when it is due. */
export function MyActions({ focusId }: { focusId?: string }) {
  const mine = useMyActions();
  const canAdd = useCan('governance.manage');
  const [adding, setAdding] = useState(false);
  const data = mine.data;
  const openCount = data ? data.overdue.length + data.dueThisWeek.length + data.later.length + data.noDate.length : 0;

  const addButton = canAdd ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
      Add action
    </Button>
  ) : null;

  let body;
  if (mine.isPending) body = <TableSkeleton rows={5} label="Loading my actions" />;
  else if (mine.isError)
    body = <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} retrying={mine.isRefetching} />;
  else if (openCount === 0 && data!.recentlyDone.length === 0)
    body = (
      <Paper withBorder p="lg">
        <EmptyState
          icon={<IconListCheck size={24} />}
          title="No actions for you"
          description="Actions you own, from meetings, reviews and change requests, appear here with their due dates."
          action={addButton}
        />
      </Paper>
    );
  else
    body = (
      <Stack gap="lg">
        {MY_ACTION_GROUPS.map((group) => {
          const items = data![group];
          return (
            <Paper withBorder p="md" key={group} component="section" aria-labelledby={`group-${group}`}>
              <Title
                order={2}
                size="h4"
                id={`group-${group}`}
                mb="xs"
                c={group === 'overdue' && items.length > 0 ? 'red' : undefined}
              >
                {MY_ACTION_GROUP_LABELS[group]} ({items.length})
              </Title>
              {items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {EMPTY_GROUP[group]}
                </Text>
              ) : (
                <ActionItemsTable actions={items} hideOwner focusId={focusId} />
              )}
            </Paper>
          );
        })}
        {data!.truncated ? (
          <Text size="sm" c="dimmed">
            Only your first 500 open actions are listed.
          </Text>
        ) : null}
      </Stack>
    );

  return (
    <>
      <PageHeader
        title="My actions"
        description="Everything you own, across working groups, reviews and change requests."
        actions={openCount > 0 || (data?.recentlyDone.length ?? 0) > 0 ? addButton : null}
      />
      {body}
      {/* Mounted once my entry is known, so the owner field starts with me. */}
      {canAdd && data ? (
        <AddActionDialog
          opened={adding}
          onClose={() => setAdding(false)}
          defaultOwner={{ id: data.owner.id, name: data.owner.name }}
        />
      ) : null}
    </>
  );
}
