import { ActionIcon, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDots, IconFlag, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { KeyResultDetail } from '@policyops/contracts';
import { ROLLUP_METHOD_LABELS } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AnchorLink } from '../../ui/router-links';
import { CommentBody, DiscussionSection } from '../collaboration';
import { CheckInModal } from './CheckInModal';
import { ConfidenceBadge } from './ConfidenceBadge';
import { KeyResultFormModal } from './KeyResultFormModal';
import { KeyResultPanel } from './KeyResultPanel';
import { ObjectiveFormModal } from './ObjectiveFormModal';
import { OkrProgress } from './OkrProgress';
import { StatusOverrideModal } from './StatusOverrideModal';
import { scoreText } from './okr-labels';
import { handleOkrConflict, useDeleteKeyResult, useDeleteObjective } from './useOkrMutations';
import { useObjective, useOkrBoard, useOkrPeriods } from './useOkrs';

/** An objective's page: its roll-up and formula, status, key results with their check-ins, and its discussion. */
export function ObjectiveDetailView({ objectiveId }: { objectiveId: string }) {
  const navigate = useNavigate();
  const objective = useObjective(objectiveId);
  const periods = useOkrPeriods();
  const yearKey = objective.data?.periodKey.slice(0, 6);
  const year = useOkrBoard({ period: yearKey });
  const [editing, setEditing] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [addingKr, setAddingKr] = useState(false);
  const [editingKr, setEditingKr] = useState<KeyResultDetail | null>(null);
  const [deletingKr, setDeletingKr] = useState<KeyResultDetail | null>(null);
  const [checking, setChecking] = useState<KeyResultDetail | null>(null);
  const deleteObjective = useDeleteObjective();
  const deleteKr = useDeleteKeyResult();

  if (objective.isPending) return <TableSkeleton label="Loading the objective" />;
  if (objective.isError) {
    if (isApiError(objective.error) && objective.error.status === 404)
      return (
        <EmptyState
          icon={<IconFlag size={24} />}
          title="This objective does not exist"
          description="It may have been deleted."
          titleOrder={1}
          action={<AnchorLink to="/okrs">Back to OKRs</AnchorLink>}
        />
      );
    return (
      <ErrorAlert error={objective.error} onRetry={() => void objective.refetch()} retrying={objective.isRefetching} />
    );
  }
  const o = objective.data;
  const today = year.data?.today ?? new Date().toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title={o.title}
        above={
          <AnchorLink to="/okrs" search={{ period: o.periodKey }} size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> OKRs · {o.periodLabel}
          </AnchorLink>
        }
        actions={
          <>
            {o.abilities.addKeyResult ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAddingKr(true)}>
                Add key result
              </Button>
            ) : null}
            {o.abilities.update ? (
              <Menu position="bottom-end" shadow="md">
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label="More actions for this objective">
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                    Edit objective…
                  </Menu.Item>
                  <Menu.Item leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setOverriding(true)}>
                    Set status…
                  </Menu.Item>
                  {o.abilities.delete ? (
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setDeleting(true)}
                    >
                      Delete objective…
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
        <Paper withBorder p="md" style={{ gridColumn: 'span 2' }}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h3">
                Progress
              </Title>
              {o.score !== null ? (
                <Badge variant="filled" color="indigo" size="lg">
                  Score {scoreText(o.score)}
                </Badge>
              ) : null}
            </Group>
            <OkrProgress value={o.progress} label={`Progress of ${o.title}`} size="lg" />
            <Text size="sm" c="dimmed" data-testid="progress-formula">
              {o.progressFormula}
            </Text>
            {o.score !== null ? (
              <Text size="sm" c="dimmed" data-testid="score-formula">
                Score: {o.scoreFormula}
              </Text>
            ) : null}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap={6}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                Status
              </Text>
              <ConfidenceBadge
                confidence={o.status.value}
                overrideReason={o.status.source === 'override' ? o.status.reason : null}
              />
            </Group>
            {o.status.source === 'override' ? (
              <Text size="xs" c="dimmed">
                Set by the owner: “{o.status.reason}”. Key results say: {o.status.derived ?? 'nothing yet'}.
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                The weakest key result’s latest confidence.
              </Text>
            )}
            <Text size="sm">
              <b>Owner</b> {o.owner.name}
            </Text>
            <Text size="sm">
              <b>Team</b> {o.team?.name ?? '—'}
            </Text>
            <Text size="sm">
              <b>Roll-up</b> {ROLLUP_METHOD_LABELS[o.rollupMethod]}
              {o.includeChildren ? ', with aligned objectives' : ''}
            </Text>
            <Text size="sm">
              <b>Aligns to</b>{' '}
              {o.parent ? (
                <AnchorLink to="/okrs/objectives/$objectiveId" params={{ objectiveId: o.parent.id }} size="sm">
                  {o.parent.title} ({o.parent.periodLabel})
                </AnchorLink>
              ) : (
                '—'
              )}
            </Text>
            {o.locked ? (
              <Badge color="gray" variant="light">
                {o.periodLabel} is closed: locked
              </Badge>
            ) : null}
          </Stack>
        </Paper>
      </SimpleGrid>
      {o.description ? (
        <Paper withBorder p="md" mb="lg" component="section" aria-label="Why it matters">
          <CommentBody markdown={o.description} />
        </Paper>
      ) : null}
      <Title order={2} size="h3" mb="sm">
        Key results
      </Title>
      <Stack gap="md">
        {o.keyResults.length ? (
          o.keyResults.map((kr) => (
            <KeyResultPanel
              key={kr.id}
              keyResult={kr}
              onCheckIn={setChecking}
              onEdit={setEditingKr}
              onDelete={setDeletingKr}
            />
          ))
        ) : (
          <EmptyState
            icon={<IconPlus size={24} />}
            title="No key results yet"
            description="Add two to five key results: what you will measure, where it starts and where it should end."
            action={
              o.abilities.addKeyResult ? <Button onClick={() => setAddingKr(true)}>Add key result</Button> : undefined
            }
          />
        )}
      </Stack>
      {o.children.length ? (
        <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="aligned-heading">
          <Title order={2} size="h3" id="aligned-heading" mb="xs">
            Aligned objectives
          </Title>
          <Stack gap={4}>
            {o.children.map((c) => (
              <Group key={c.id} justify="space-between">
                <AnchorLink to="/okrs/objectives/$objectiveId" params={{ objectiveId: c.id }} size="sm">
                  {c.title} ({c.periodLabel})
                </AnchorLink>
                <Text size="sm">{c.progress === null ? '—' : `${c.progress}%`}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}
      <DiscussionSection target={{ type: 'objective', id: o.id }} noun="objective" />

      {editing && periods.data ? (
        <ObjectiveFormModal
          opened
          objective={o}
          onClose={() => setEditing(false)}
          periods={periods.data.items}
          defaultPeriodKey={o.periodKey}
          alignable={year.data?.objectives ?? []}
        />
      ) : null}
      {overriding ? <StatusOverrideModal objective={o} onClose={() => setOverriding(false)} /> : null}
      {addingKr ? <KeyResultFormModal opened objectiveId={o.id} onClose={() => setAddingKr(false)} /> : null}
      {editingKr ? (
        <KeyResultFormModal
          opened
          key={editingKr.id}
          objectiveId={o.id}
          keyResult={editingKr}
          onClose={() => setEditingKr(null)}
        />
      ) : null}
      {checking ? (
        <CheckInModal key={checking.id} keyResult={checking} today={today} onClose={() => setChecking(null)} />
      ) : null}
      <ConfirmModal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title="Delete this objective?"
        confirmLabel="Delete objective"
        danger
        loading={deleteObjective.isPending}
        onConfirm={() =>
          deleteObjective.mutate(
            { objectiveId: o.id, version: o.version },
            {
              onSuccess: () => {
                notifySuccess('Objective deleted', o.title);
                void navigate({ to: '/okrs', search: { period: o.periodKey } });
              },
              onError: (error) => {
                setDeleting(false);
                if (!handleOkrConflict(error)) notifyError(error);
              },
            },
          )
        }
      >
        “{o.title}”, its {o.keyResults.length} key results and their check-ins go for good.
      </ConfirmModal>
      <ConfirmModal
        opened={deletingKr !== null}
        onClose={() => setDeletingKr(null)}
        title="Delete this key result?"
        confirmLabel="Delete key result"
        danger
        loading={deleteKr.isPending}
        onConfirm={() =>
          deletingKr &&
          deleteKr.mutate(
            { keyResultId: deletingKr.id, version: deletingKr.version },
            {
              onSuccess: () => {
                notifySuccess('Key result deleted', deletingKr.title);
                setDeletingKr(null);
              },
              onError: (error) => {
                setDeletingKr(null);
                if (!handleOkrConflict(error)) notifyError(error);
              },
            },
          )
        }
      >
        “{deletingKr?.title}” and its check-ins go for good.
      </ConfirmModal>
    </>
  );
}
