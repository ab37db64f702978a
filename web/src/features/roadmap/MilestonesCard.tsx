import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock, IconTrash } from '@tabler/icons-react';
import {
  MILESTONE_KINDS,
  MILESTONE_KIND_LABELS,
  type InitiativeDetail,
  type Milestone,
  type MilestoneKind,
} from '@policyops/contracts';
import { useId, useState } from 'react';
import { applyErrorToForm, notifyError } from '../../lib/problem-feedback';
import { formatDay } from './roadmap-labels';
import {
  handleRoadmapConflict,
  useCreateMilestone,
  useDeleteMilestone,
  useUpdateMilestone,
} from './useRoadmapMutations';

const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: MILESTONE_KIND_LABELS[k] }));

function AddMilestoneForm({ initiative }: { initiative: InitiativeDetail }) {
  const create = useCreateMilestone();
  const form = useForm<{ title: string; kind: MilestoneKind; date: string }>({
    initialValues: { title: '', kind: 'internal', date: '' },
    validate: {
      title: (v) => (v.trim() ? null : 'Name the milestone'),
      date: (v) => (v ? null : 'Pick a date'),
    },
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
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label="Milestone"
          placeholder="e.g. Legal sign-off"
          style={{ flex: '1 1 200px' }}
          {...form.getInputProps('title')}
        />
        <Select label="Kind" data={kindOptions} allowDeselect={false} w={210} {...form.getInputProps('kind')} />
        <TextInput
          label="Date"
          type="date"
          min={initiative.start}
          max={initiative.end}
          w={170}
          {...form.getInputProps('date')}
        />
        <Button type="submit" mt={25} loading={create.isPending} variant="default">
          Add milestone
        </Button>
      </Group>
    </form>
  );
}

function MilestoneRow({ milestone, editable }: { milestone: Milestone; editable: boolean }) {
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
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Delete the milestone ${milestone.title}`}
            loading={remove.isPending}
            onClick={() => remove.mutate({ id: milestone.id, version: milestone.version }, { onError })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** The initiative's milestones by date, done ticked off; external dates are marked fixed. */
export function MilestonesCard({ initiative }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  const editable = initiative.abilities.update;
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
                  <Table.Th w={40}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {initiative.milestones.map((m) => (
                  <MilestoneRow key={`${m.id}:${m.version}`} milestone={m} editable={editable} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {editable ? <AddMilestoneForm initiative={initiative} /> : null}
      </Stack>
    </Paper>
  );
}
