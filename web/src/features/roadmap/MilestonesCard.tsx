import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { MILESTONE_KIND_LABELS, type InitiativeDetail, type Milestone } from '@policyops/contracts';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { applyErrorToForm, notifyError } from '../../lib/problem-feedback';
import { MilestoneEditor } from './MilestoneEditor';
import { MilestoneFields, milestoneFieldRules, type MilestoneFieldValues } from './MilestoneFields';
import { formatDay } from './roadmap-labels';
import {
  handleRoadmapConflict,
  useCreateMilestone,
  useDeleteMilestone,
  useUpdateMilestone,
} from './useRoadmapMutations';

function AddMilestoneForm({ initiative }: { initiative: InitiativeDetail }) {
  const create = useCreateMilestone();
  const form = useForm<MilestoneFieldValues>({
    initialValues: { title: '', kind: 'internal', date: '' },
    validate: milestoneFieldRules,
  });
  return (
    <form
      noValidate
      aria-label="Add a milestone"
      onSubmit={form.onSubmit((values) =>
        create.mutate(
          { initiativeId: initiative.id, body: values },
          { onSuccess: () => form.reset(), onError: (error) => applyErrorToForm(form, error) },
        ),
      )}
    >
      <MilestoneFields
        form={form}
        span={initiative}
        inline
        after={
          <Button type="submit" mt={25} loading={create.isPending} variant="default">
            Add milestone
          </Button>
        }
      />
    </form>
  );
}

function MilestoneRow({
  milestone,
  editable,
  onEdit,
  focusEdit,
  onRefocused,
}: {
  milestone: Milestone;
  editable: boolean;
  onEdit: () => void;
  /** The row of the version just saved: it replaces the row the editor was opened from, taking the focus with it. */
  focusEdit: boolean;
  onRefocused: () => void;
}) {
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusEdit) return;
    editButton.current?.focus();
    onRefocused();
  }, [focusEdit, onRefocused]);
  const update = useUpdateMilestone();
  const remove = useDeleteMilestone();
  const onError = (error: unknown) => handleRoadmapConflict(error, 'this milestone') || notifyError(error);
  // Ticked at once, until the saved milestone arrives (its new version remounts the row) or the save fails.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const done = ticked ?? milestone.done;
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          checked={done}
          disabled={!editable}
          aria-label={`${milestone.title}: done`}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setTicked(checked);
            update.mutate(
              { id: milestone.id, changes: { version: milestone.version, done: checked } },
              {
                onError: (error) => {
                  setTicked(null);
                  onError(error);
                },
              },
            );
          }}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" td={done ? 'line-through' : undefined}>
          {milestone.title}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{MILESTONE_KIND_LABELS[milestone.kind]}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{formatDay(milestone.date)}</Text>
          {milestone.fixed ? (
            <Tooltip label="An external date: it does not move">
              <Badge
                size="sm"
                variant="light"
                color="grape"
                leftSection={<IconLock size={10} aria-hidden />}
                styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
                tabIndex={0}
              >
                Fixed
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              ref={editButton}
              variant="subtle"
              aria-label={`Edit the milestone ${milestone.title}`}
              onClick={onEdit}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete the milestone ${milestone.title}`}
              loading={remove.isPending}
              onClick={() => remove.mutate({ id: milestone.id, version: milestone.version }, { onError })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** The initiative's milestones by date, done ticked off; external dates are marked fixed. */
export function MilestonesCard({ initiative }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  const editable = initiative.abilities.update;
  // The milestone as the editor opened it (its version is what Save sends), kept here rather than in its row:
  // a reload remounts the rows, and the editor must survive one to say that its save was refused.
  const [editing, setEditing] = useState<Milestone | null>(null);
  const [refocus, setRefocus] = useState<{ id: string; version: number } | null>(null);
  const refocused = useCallback(() => setRefocus(null), []);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            Milestones
          </Title>
          <Text size="sm" c="dimmed">
            {initiative.milestonesDone} of {initiative.milestoneCount} done
          </Text>
        </Group>
        {initiative.milestones.length === 0 ? (
          <Text size="sm" c="dimmed">
            No milestones yet.{' '}
            {editable
              ? 'Add the checkpoints and the external dates (a regulatory deadline, a launch) it must meet; progress follows the ones done.'
              : ''}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>Done</Table.Th>
                  <Table.Th>Milestone</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Date</Table.Th>
                  <Table.Th w={76}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {initiative.milestones.map((m) => (
                  <MilestoneRow
                    key={`${m.id}:${m.version}`}
                    milestone={m}
                    editable={editable}
                    onEdit={() => setEditing(m)}
                    focusEdit={refocus?.id === m.id && refocus.version === m.version}
                    onRefocused={refocused}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {editable ? <AddMilestoneForm initiative={initiative} /> : null}
        {editing ? (
          <MilestoneEditor
            initiative={initiative}
            milestone={editing}
            onClose={(saved) => {
              setRefocus(saved ? { id: saved.id, version: saved.version } : null);
              setEditing(null);
            }}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
