import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  INITIATIVE_PRIORITIES,
  INITIATIVE_PRIORITY_LABELS,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  UPDATE_CADENCES,
  UPDATE_CADENCE_LABELS,
  WEEKDAY_LABELS,
  roleHas,
  type InitiativeDetail,
  type InitiativePriority,
  type InitiativeStatus,
  type UpdateCadence,
} from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { useUserSearch } from '../people';
import { usePolicyAreas, usePolicySearch } from '../policies';
import { useTeams } from '../teams';
import type { SpanMode } from './roadmap-labels';
import { periodGroups } from './roadmap-periods';
import { useInitiativeOptions, usePlanningSettings } from './useRoadmap';
import { handleRoadmapConflict, useCreateInitiative, useUpdateInitiative } from './useRoadmapMutations';

interface FormValues {
  title: string;
  description: string;
  ownerId: string | null;
  parentId: string | null;
  status: InitiativeStatus;
  priority: InitiativePriority;
  effortWeeks: number | string;
  spanMode: SpanMode;
  start: string;
  end: string;
  areaIds: string[];
  teamIds: string[];
  policyIds: string[];
  cadence: UpdateCadence;
  cadenceWeekday: string;
}

export interface InitiativeFormModalProps {
  onClose: () => void;
  /** Edit this initiative; create a new one when absent. */
  initiative?: InitiativeDetail;
}

function initialValues(i: InitiativeDetail | undefined): FormValues {
  return {
    title: i?.title ?? '',
    description: i?.description ?? '',
    ownerId: i?.owner.id ?? null,
    parentId: i?.parentId ?? null,
    status: i?.status ?? 'proposed',
    priority: i?.priority ?? 'p2',
    effortWeeks: i?.effortWeeks ?? '',
    // Quarters when both ends line up with one, else exact dates.
    spanMode: i && !(i.startQuarter && i.endQuarter) ? 'date' : 'quarter',
    start: i ? ((i.endQuarter && i.startQuarter) ?? i.start) : '',
    end: i ? ((i.startQuarter && i.endQuarter) ?? i.end) : '',
    areaIds: i?.areas.map((a) => a.id) ?? [],
    teamIds: i?.teams.map((t) => t.id) ?? [],
    policyIds: i?.policies.map((p) => p.id) ?? [],
    cadence: i?.updates.cadence ?? 'weekly',
    cadenceWeekday: String(i?.updates.weekday ?? 5),
  };
}

const required = (what: string) => (value: unknown) => (value ? null : `Pick ${what}`);

/** Creates an initiative, or edits one (sending the version it read); field errors come from the server. */
export function InitiativeFormModal({ onClose, initiative }: InitiativeFormModalProps) {
  const navigate = useNavigate();
  const create = useCreateInitiative();
  const update = useUpdateInitiative();
  const settings = usePlanningSettings();
  const areas = usePolicyAreas();
  const teams = useTeams();
  const users = useUserSearch('', { limit: 200, activeOnly: true });
  const [policyQuery, setPolicyQuery] = useState('');
  const policies = usePolicySearch(policyQuery, { limit: 20 });
  const parents = useInitiativeOptions('');
  const planById = useId();
  const form = useForm<FormValues>({
    initialValues: initialValues(initiative),
    validate: {
      title: (value) => (value.trim() ? null : 'Give the initiative a title'),
      ownerId: required('an owner'),
      start: required('a start'),
      end: required('an end'),
    },
  });
  const [policyLabels] = useState(() => new Map(initiative?.policies.map((p) => [p.id, p.title]) ?? []));
  for (const p of policies.data ?? []) policyLabels.set(p.id, p.title);

  const owners = (users.data?.items ?? [])
    .filter((u) => roleHas(u.role, 'roadmap.edit_own'))
    .map((u) => ({ value: u.id, label: u.name }));
  if (initiative && !owners.some((o) => o.value === initiative.owner.id))
    owners.push({ value: initiative.owner.id, label: initiative.owner.name });
  const quarterData = settings.data ? periodGroups(settings.data, false) : [];
  const parentData = (parents.data ?? [])
    .filter((p) => p.id !== initiative?.id)
    .map((p) => ({ value: p.id, label: p.title }));
  if (initiative?.parent && !parentData.some((p) => p.value === initiative.parent?.id))
    parentData.push({ value: initiative.parent.id, label: initiative.parent.title });

  const submit = form.onSubmit((values) => {
    const body = {
      title: values.title,
      description: values.description,
      ownerId: values.ownerId ?? '',
      parentId: values.parentId,
      status: values.status,
      priority: values.priority,
      effortWeeks: values.effortWeeks === '' ? null : Number(values.effortWeeks),
      start: values.start,
      end: values.end,
      areaIds: values.areaIds,
      teamIds: values.teamIds,
      policyIds: values.policyIds,
      cadence: values.cadence,
      cadenceWeekday: Number(values.cadenceWeekday),
    };
    if (!initiative) {
      create.mutate(body, {
        onSuccess: (created) => {
          notifySuccess('Initiative created', created.title);
          onClose();
          void navigate({ to: '/roadmap/initiatives/$initiativeId', params: { initiativeId: created.id } });
        },
        onError: (error) => applyErrorToForm(form, error),
      });
      return;
    }
    update.mutate(
      { id: initiative.id, changes: { version: initiative.version, ...body } },
      {
        onSuccess: (saved) => {
          notifySuccess('Initiative saved', saved.title);
          onClose();
        },
        onError: (error) => {
          if (handleRoadmapConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });

  const spanField = (which: 'start' | 'end') => {
    const label = which === 'start' ? 'Starts' : 'Ends';
    return form.values.spanMode === 'quarter' ? (
      <Select
        label={label}
        required
        placeholder="Pick a quarter"
        data={quarterData}
        searchable
        {...form.getInputProps(which)}
        onChange={(value) => form.setFieldValue(which, value ?? '')}
      />
    ) : (
      <TextInput label={label} type="date" required {...form.getInputProps(which)} />
    );
  };

  return (
    <Modal opened onClose={onClose} title={initiative ? `Edit ${initiative.title}` : 'New initiative'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Textarea
            label="Description"
            description="Markdown: the why, the scope, what done looks like"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Owner"
              required
              searchable
              description="An admin, program manager or policy owner"
              placeholder={users.isPending ? 'Loading people…' : 'Pick the owner'}
              data={owners}
              nothingFoundMessage="No one matches"
              {...form.getInputProps('ownerId')}
            />
            <Select
              label="Status"
              data={INITIATIVE_STATUSES.map((s) => ({ value: s, label: INITIATIVE_STATUS_LABELS[s] }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <Select
              label="Priority"
              data={INITIATIVE_PRIORITIES.map((p) => ({ value: p, label: INITIATIVE_PRIORITY_LABELS[p] }))}
              allowDeselect={false}
              {...form.getInputProps('priority')}
            />
          </SimpleGrid>
          <Group gap="sm">
            <Text size="sm" fw={600} id={planById}>
              Plan by
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={planById}
              data={[
                { value: 'quarter', label: 'Fiscal quarters' },
                { value: 'date', label: 'Exact dates' },
              ]}
              value={form.values.spanMode}
              onChange={(next) => {
                form.setValues({ spanMode: next as SpanMode, start: '', end: '' });
              }}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {spanField('start')}
            {spanField('end')}
            <NumberInput
              label="Effort (person-weeks)"
              min={0}
              max={10000}
              decimalScale={1}
              {...form.getInputProps('effortWeeks')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label="Policy areas"
              data={(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
              searchable
              clearable
              maxValues={20}
              {...form.getInputProps('areaIds')}
            />
            <MultiSelect
              label="Teams"
              data={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
              searchable
              clearable
              maxValues={20}
              {...form.getInputProps('teamIds')}
            />
          </SimpleGrid>
          <MultiSelect
            label="Policies"
            description="Library policies this initiative changes"
            data={[...policyLabels].map(([value, label]) => ({ value, label }))}
            searchable
            searchValue={policyQuery}
            onSearchChange={setPolicyQuery}
            clearable
            maxValues={50}
            nothingFoundMessage="No policy matches"
            {...form.getInputProps('policyIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Part of"
              description="A parent initiative (optional)"
              placeholder="None"
              data={parentData}
              searchable
              clearable
              {...form.getInputProps('parentId')}
            />
            <Select
              label="Updates expected"
              data={UPDATE_CADENCES.map((c) => ({ value: c, label: UPDATE_CADENCE_LABELS[c] }))}
              allowDeselect={false}
              {...form.getInputProps('cadence')}
            />
            <Select
              label="Due on"
              description={form.values.cadence === 'monthly' ? 'The first such day of the month' : undefined}
              data={Object.entries(WEEKDAY_LABELS).map(([value, label]) => ({ value, label }))}
              allowDeselect={false}
              {...form.getInputProps('cadenceWeekday')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {initiative ? 'Save initiative' : 'Create initiative'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
