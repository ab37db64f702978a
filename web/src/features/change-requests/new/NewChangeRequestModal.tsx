import {
  Alert,
  Button,
  Code,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  crScore,
  CR_SOURCES,
  CR_TYPES,
  MODERATION_WORKLOADS,
  RISK_LEVELS,
  SCORING_INPUTS,
  type CrCreate,
  type CrSource,
  type CrType,
  type ModerationWorkload,
  type RiskLevel,
  type ScoringInput,
} from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { applyErrorToForm, notifySuccess } from '../../../lib/problem-feedback';
import { useApplicabilityDimensions } from '../../applicability';
import { useSession } from '../../auth';
import { useUserSearch } from '../../people';
import { usePolicySearch } from '../../policies';
import {
  CR_SOURCE_LABELS,
  CR_TYPE_LABELS,
  MODERATION_WORKLOAD_LABELS,
  RISK_LEVEL_LABELS,
  SCORING_INPUT_HINTS,
  SCORING_INPUT_LABELS,
  crNumber,
} from '../cr-labels';
import { useCreateCr, useCrSettings } from '../list/cr-list-queries';

interface FormValues {
  title: string;
  type: CrType | null;
  source: CrSource | null;
  targetPolicyId: string | null;
  problemStatement: string;
  proposal: string;
  ownerId: string | null;
  dueDate: string;
  surfaceIds: string[];
  marketIds: string[];
  expectedVolumeChangePct: number | string;
  moderationWorkload: ModerationWorkload | null;
  riskLevel: RiskLevel | null;
  severity: string | null;
  reach: string | null;
  urgency: string | null;
  effort: string | null;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));
const ONE_TO_FIVE = ['1', '2', '3', '4', '5'];

/** API paths of nested fields (`body.impact.surfaceIds`, `body.scoring.effort`) onto the flat form. */
function flattenPaths(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = error.errors.map((e) => ({
    ...e,
    path: e.path.replace(/^body\.(impact|scoring)\./, 'body.').replace(/^body\.scoring$/, 'body.severity'),
  }));
  return new ApiError({ ...error, errors, detail: error.detail });
}

/** Opens a change request (it starts in Intake); field errors from the API show on their fields. */
export function NewChangeRequestModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const me = useSession().user;
  const create = useCreateCr();
  const settings = useCrSettings();
  const dims = useApplicabilityDimensions();
  const people = useUserSearch('', { limit: 200, activeOnly: true });
  const [policyQuery, setPolicyQuery] = useState('');
  const policies = usePolicySearch(policyQuery, { limit: 20 });
  const [policyLabels] = useState(() => new Map<string, string>());
  for (const p of policies.data ?? []) policyLabels.set(p.id, p.title);

  const form = useForm<FormValues>({
    initialValues: {
      title: '',
      type: null,
      source: null,
      targetPolicyId: null,
      problemStatement: '',
      proposal: '',
      ownerId: me.id,
      dueDate: '',
      surfaceIds: [],
      marketIds: [],
      expectedVolumeChangePct: '',
      moderationWorkload: null,
      riskLevel: null,
      severity: null,
      reach: null,
      urgency: null,
      effort: null,
    },
    validate: {
      title: (v) => (v.trim() ? null : 'Give the change request a title'),
      type: (v) => (v ? null : 'Pick the kind of change'),
      source: (v) => (v ? null : 'Pick where the need came from'),
      targetPolicyId: (v, values) =>
        values.type && values.type !== 'new_policy' && !v ? 'Choose the policy this changes' : null,
      ownerId: (v) => (v ? null : 'Pick an owner'),
      severity: (v, values) =>
        !v && SCORING_INPUTS.some((input) => values[input]) ? 'Give all four scoring inputs, or none' : null,
    },
  });
  const values = form.getValues();
  const scored = SCORING_INPUTS.every((input) => values[input]);
  const scoring = scored
    ? (Object.fromEntries(SCORING_INPUTS.map((input) => [input, Number(values[input])])) as Record<
        ScoringInput,
        number
      >)
    : null;
  const preview = scoring && settings.data ? crScore(scoring, settings.data.scoringModel) : null;

  const owners = [
    { value: me.id, label: `Me (${me.name})` },
    ...(people.data?.items ?? []).filter((u) => u.id !== me.id).map((u) => ({ value: u.id, label: u.name })),
  ];
  const policyData = [...policyLabels].map(([value, label]) => ({ value, label }));
  const surfaces = [...(dims.data?.surfaces ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ value: s.id, label: s.name }));
  const markets = [...(dims.data?.markets ?? [])]
    .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))
    .map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }));

  const submit = form.onSubmit((v) => {
    const body: CrCreate = {
      title: v.title.trim(),
      type: v.type!,
      source: v.source!,
      targetPolicyId: v.type === 'new_policy' ? null : v.targetPolicyId,
      problemStatement: v.problemStatement,
      proposal: v.proposal,
      ownerId: v.ownerId!,
      dueDate: v.dueDate || null,
      impact: {
        surfaceIds: v.surfaceIds,
        marketIds: v.marketIds,
        expectedVolumeChangePct: v.expectedVolumeChangePct === '' ? null : Number(v.expectedVolumeChangePct),
        moderationWorkload: v.moderationWorkload,
        riskLevel: v.riskLevel,
      },
      scoring,
    };
    create.mutate(body, {
      onSuccess: (cr) => {
        notifySuccess(`${crNumber(cr.number)} opened`, cr.title);
        onClose();
        void navigate({ href: `/change-requests/${encodeURIComponent(cr.id)}` });
      },
      onError: (error) => applyErrorToForm(form, flattenPaths(error)),
    });
  });

  return (
    <Modal opened onClose={onClose} title="New change request" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Title" required data-autofocus maxLength={200} {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Type"
              required
              description="Editorial (wording only, no change in meaning) takes the fast lane"
              data={options(CR_TYPES, CR_TYPE_LABELS)}
              {...form.getInputProps('type')}
            />
            <Select
              label="Source"
              required
              description="Where the need for the change came from"
              data={options(CR_SOURCES, CR_SOURCE_LABELS)}
              {...form.getInputProps('source')}
            />
          </SimpleGrid>
          {values.type !== 'new_policy' ? (
            <Select
              label="Target policy"
              required
              searchable
              placeholder="Type to find a policy"
              data={policyData}
              onSearchChange={setPolicyQuery}
              nothingFoundMessage={policies.isFetching ? 'Searching…' : 'No policy matches'}
              filter={({ options: all }) => all}
              {...form.getInputProps('targetPolicyId')}
            />
          ) : (
            <Text size="sm" c="dimmed">
              A new policy has no target yet: the policy is created when the change is drafted.
            </Text>
          )}
          <Textarea
            label="Problem statement"
            description="Markdown: what goes wrong today, with cases"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('problemStatement')}
          />
          <Textarea
            label="Proposal"
            description="Markdown: what to change and why it helps"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('proposal')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Owner" required searchable data={owners} {...form.getInputProps('ownerId')} />
            <TextInput
              label="Due date"
              type="date"
              description="When it should launch"
              {...form.getInputProps('dueDate')}
            />
          </SimpleGrid>

          <Divider />
          <Title order={3} size="h5">
            Impact
          </Title>
          {dims.isError ? (
            <Alert color="orange" variant="light">
              Surfaces and markets could not be loaded; the change request can be opened without them.
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label="Surfaces affected"
              searchable
              data={surfaces}
              placeholder={dims.isPending ? 'Loading…' : 'Pick surfaces'}
              {...form.getInputProps('surfaceIds')}
            />
            <MultiSelect
              label="Markets affected"
              description="None: every market alike (no regional sign-off)"
              searchable
              data={markets}
              placeholder={dims.isPending ? 'Loading…' : 'Every market'}
              {...form.getInputProps('marketIds')}
            />
            <NumberInput
              label="Expected volume change (%)"
              description="-20: a fifth fewer cases actioned"
              min={-100}
              max={10000}
              suffix="%"
              {...form.getInputProps('expectedVolumeChangePct')}
            />
            <Select
              label="Moderation workload"
              data={options(MODERATION_WORKLOADS, MODERATION_WORKLOAD_LABELS)}
              clearable
              placeholder="Not assessed yet"
              {...form.getInputProps('moderationWorkload')}
            />
            <Select
              label="Risk level"
              data={options(RISK_LEVELS, RISK_LEVEL_LABELS)}
              clearable
              placeholder="Not assessed yet"
              {...form.getInputProps('riskLevel')}
            />
          </SimpleGrid>

          <Divider />
          <Title order={3} size="h5">
            Score
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {SCORING_INPUTS.map((input) => (
              <Select
                key={input}
                label={SCORING_INPUT_LABELS[input]}
                description={SCORING_INPUT_HINTS[input]}
                data={ONE_TO_FIVE}
                clearable
                placeholder="1–5"
                {...form.getInputProps(input)}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            {settings.data ? (
              <>
                Workspace formula: <Code>{settings.data.formula}</Code>.{' '}
                {preview ? (
                  <>
                    Score: <strong>{preview.value}</strong> ({preview.worked})
                  </>
                ) : (
                  'Give all four inputs to see the score, or leave them empty to score it later.'
                )}
              </>
            ) : null}
          </Text>

          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Open change request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
