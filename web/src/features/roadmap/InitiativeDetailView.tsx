import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AnchorLink } from '../../ui/router-links';
import { CommentBody, DiscussionSection } from '../collaboration';
import { DependenciesCard } from './DependenciesCard';
import { HealthCard } from './HealthCard';
import { InitiativeDetailsCard } from './InitiativeDetailsCard';
import { InitiativeFormModal } from './InitiativeFormModal';
import { InitiativeKeyResultsCard } from './InitiativeKeyResultsCard';
import { MilestonesCard } from './MilestonesCard';
import { ProgressCard } from './ProgressCard';
import { HealthBadge, InitiativeStatusBadge, PriorityBadge, UpdateDueBadge } from './RoadmapBadges';
import { spanText } from './roadmap-labels';
import { useInitiative } from './useRoadmap';
import { handleRoadmapConflict, useDeleteInitiative } from './useRoadmapMutations';

const backLink = (
  <AnchorLink to="/roadmap" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
    <IconArrowLeft size={14} aria-hidden /> Roadmap
  </AnchorLink>
);

/** An initiative's page: what and why, progress, milestones, dependencies, health and discussion. */
export function InitiativeDetailView({ initiativeId }: { initiativeId: string }) {
  const navigate = useNavigate();
  const query = useInitiative(initiativeId);
  const remove = useDeleteInitiative();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const descriptionId = useId();

  if (query.isPending) return <TableSkeleton label="Loading the initiative" rows={8} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <EmptyState
          titleOrder={1}
          icon={<IconArrowLeft size={24} />}
          title="No such initiative"
          description="It may have been deleted. The roadmap lists every initiative."
          action={backLink}
        />
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  }
  const i = query.data;
  return (
    <>
      <PageHeader
        title={i.title}
        above={backLink}
        description={
          <Group gap={6} component="span" wrap="wrap">
            <InitiativeStatusBadge status={i.status} />
            <PriorityBadge priority={i.priority} />
            <HealthBadge health={i.updates.health} />
            {i.updates.due ? <UpdateDueBadge dueOn={i.updates.nextDueOn} /> : null}
            <Text span size="sm" c="dimmed">
              {spanText(i)} · owned by {i.owner.name}
            </Text>
          </Group>
        }
        actions={
          <>
            {i.abilities.update ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
            ) : null}
            {i.abilities.delete ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDeleting(true)}
              >
                Delete
              </Button>
            ) : null}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby={descriptionId}>
              <Title order={2} size="h4" id={descriptionId} mb="xs">
                Description
              </Title>
              {i.description ? (
                <CommentBody markdown={i.description} />
              ) : (
                <Text size="sm" c="dimmed">
                  No description yet.
                </Text>
              )}
            </Paper>
            <HealthCard initiative={i} />
            <MilestonesCard initiative={i} />
            <DependenciesCard initiative={i} />
            <InitiativeKeyResultsCard initiative={i} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ProgressCard initiative={i} />
            <InitiativeDetailsCard initiative={i} />
          </Stack>
        </Grid.Col>
      </Grid>
      <DiscussionSection target={{ type: 'initiative', id: i.id }} noun="initiative" />
      {editing ? <InitiativeFormModal initiative={i} onClose={() => setEditing(false)} /> : null}
      <ConfirmModal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete ${i.title}?`}
        confirmLabel="Delete initiative"
        danger
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { id: i.id, version: i.version },
            {
              onSuccess: () => {
                notifySuccess('Initiative deleted', i.title);
                void navigate({ to: '/roadmap' });
              },
              onError: (error) => {
                setDeleting(false);
                if (!handleRoadmapConflict(error)) notifyError(error);
              },
            },
          )
        }
      >
        Its milestones, dependencies and health updates go with it. Cancelling it keeps the record instead.
      </ConfirmModal>
    </>
  );
}
