import { Button, Group, Modal, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ObjectiveDetail, ObjectiveRef, OkrPeriod, RollupMethod } from '@policyops/contracts';
import { ROLLUP_METHOD_LABELS } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { useCan, useSession } from '../auth';
import { useUserSearch } from '../people';
import { useTeams } from '../teams';
import { handleOkrConflict, useCreateObjective, useUpdateObjective } from './useOkrMutations';
import { PeriodPicker } from './PeriodPicker';

interface ObjectiveFormValues {
  periodKey: string;
  title: string;
  description: string;
  ownerId: string | null;
  teamId: string | null;
  parentId: string | null;
  rollupMethod: RollupMethod;
  includeChildren: boolean;
}

export interface ObjectiveFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Open periods to create in (the period stays once created). */
  periods: readonly OkrPeriod[];
  defaultPeriodKey: string;
  /** Objectives it may align to: those of its period and of the enclosing year. */
  alignable: readonly ObjectiveRef[];
  /** Edit this objective; create one when absent. */
  objective?: ObjectiveDetail;
  onSaved?: (objective: ObjectiveDetail) => void;
}

const METHOD_OPTIONS = (Object.keys(ROLLUP_METHOD_LABELS) as RollupMethod[]).map((value) => ({
  value,
  label: ROLLUP_METHOD_LABELS[value],
}));

/** Creates an objective or edits one (sending the version read); the server names fields at fault. */
export function ObjectiveFormModal(props: ObjectiveFormModalProps) {
  const { opened, onClose, periods, defaultPeriodKey, alignable, objective, onSaved } = props;
  const session = useSession();
  const canManage = useCan('okrs.manage');
  const create = useCreateObjective();
  const update = useUpdateObjective();
  const teams = useTeams(undefined, { enabled: opened });
  const users = useUserSearch('', { limit: 200, enabled: opened && canManage, activeOnly: true });
  const form = useForm<ObjectiveFormValues>({
    initialValues: {
      periodKey: objective?.periodKey ?? defaultPeriodKey,
      title: objective?.title ?? '',
      description: objective?.description ?? '',
      ownerId: objective?.owner.id ?? session.user.id,
      teamId: objective?.team?.id ?? null,
      parentId: objective?.parent?.id ?? null,
      rollupMethod: objective?.rollupMethod ?? 'average',
      includeChildren: objective?.includeChildren ?? false,
    },
    validate: { title: (v) => (v.trim() ? null : 'Name the objective') },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const periodKey = form.getValues().periodKey;
  const yearKey = periodKey.slice(0, 6);
  const parentOptions = alignable
    .filter((o) => o.id !== objective?.id && (o.periodKey === periodKey || o.periodKey === yearKey))
    .map((o) => ({ value: o.id, label: `${o.title} (${o.periodLabel})` }));

  const submit = form.onSubmit((values) => {
    const body = {
      title: values.title,
      description: values.description,
      teamId: values.teamId,
      parentId: values.parentId,
      rollupMethod: values.rollupMethod,
      includeChildren: values.includeChildren,
      ...(canManage && values.ownerId ? { ownerId: values.ownerId } : {}),
    };
    if (!objective) {
      create.mutate(
        { ...body, periodKey: values.periodKey },
        {
          onSuccess: (created) => {
            notifySuccess('Objective created', created.title);
            close();
            onSaved?.(created);
          },
          onError: (error) => applyErrorToForm(form, error),
        },
      );
      return;
    }
    update.mutate(
      { objectiveId: objective.id, changes: { version: objective.version, ...body } },
      {
        onSuccess: (saved) => {
          notifySuccess('Objective saved', saved.title);
          onClose();
          onSaved?.(saved);
        },
        onError: (error) => {
          if (handleOkrConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });

  const people = new Map<string, string>([[session.user.id, session.user.name]]);
  for (const u of users.data?.items ?? []) people.set(u.id, u.name);
  if (objective) people.set(objective.owner.id, objective.owner.name);

  return (
    <Modal opened={opened} onClose={close} title={objective ? 'Edit objective' : 'New objective'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {objective ? null : (
            <PeriodPicker
              label="Fiscal year or quarter"
              periods={periods.filter((p) => p.state === 'open')}
              value={form.getValues().periodKey}
              onChange={(key) => {
                form.setFieldValue('periodKey', key);
                form.setFieldValue('parentId', null);
              }}
            />
          )}
          <TextInput
            label="Objective"
            description="What you want to achieve, in a sentence"
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label="Why it matters"
            description="Markdown"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('description')}
          />
          <Group grow align="flex-start">
            <Select
              label="Owner"
              data={[...people].map(([value, label]) => ({ value, label }))}
              searchable
              allowDeselect={false}
              disabled={!canManage}
              description={canManage ? undefined : 'Program managers reassign objectives'}
              {...form.getInputProps('ownerId')}
            />
            <Select
              label="Team"
              placeholder="No team"
              data={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
              searchable
              clearable
              {...form.getInputProps('teamId')}
            />
          </Group>
          <Select
            label="Aligns to"
            description="An objective of the same period, or of the fiscal year"
            placeholder={parentOptions.length ? 'Not aligned' : 'No objective to align to yet'}
            data={parentOptions}
            searchable
            clearable
            {...form.getInputProps('parentId')}
          />
          <Select
            label="Roll-up"
            description="How key results add up to this objective’s progress"
            data={METHOD_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('rollupMethod')}
          />
          <Switch
            label="Count aligned objectives in the roll-up"
            {...form.getInputProps('includeChildren', { type: 'checkbox' })}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {objective ? 'Save objective' : 'Create objective'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
