import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
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
import { useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_CR_SCORING_MODEL,
  crScore,
  CR_SOURCES,
  CR_SOURCE_LABELS,
  CR_TYPES,
  CR_TYPE_LABELS,
  MODERATION_WORKLOADS,
  MODERATION_WORKLOAD_LABELS,
  RISK_LEVELS,
  SCORING_INPUTS,
  type CrType,
} from '@policyops/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { api, isApiError, seg } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { useApplicabilityDimensions } from '../../applicability';
import { useUserSearch } from '../../people';
import { usePolicySearch } from '../../policies';
import { usePolicyVersions } from '../../policies/usePolicyVersions';
import { useInitiativeOptions } from '../../roadmap/useRoadmap';
import { RISK_LEVEL_LABELS, SCORING_INPUT_HINTS, SCORING_INPUT_LABELS } from '../cr-labels';
import { FIELD_NAMES, changedKeys, crFormValues, formPathOf, updateBody, type CrFormValues } from './cr-edit-values';
import { crDetailKeys, useCrSettings, useUpdateCr, type CrDetail } from './cr-detail-queries';
import { useCrOptions, useLinkedNames } from './useLinkedRecords';

interface Rebased {
  theirs: (keyof CrFormValues)[];
  clashes: (keyof CrFormValues)[];
}

const names = (keys: (keyof CrFormValues)[]) => keys.map((k) => FIELD_NAMES[k]).join(', ');

/** What the reload took from the other person and what it kept of this one. */
function rebasedMessage({ theirs, clashes }: Rebased): string {
  if (theirs.length === 0) return 'Nothing you see here changed; save again.';
  const taken = theirs.filter((k) => !clashes.includes(k));
  return [
    taken.length > 0 ? `They changed ${names(taken)}; the dialog now shows their values there.` : '',
    clashes.length > 0
      ? `You both changed ${names(clashes)}: your text is kept, check it before saving.`
      : 'Everything you typed is kept. Save again.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Edits every field of the CR; a stale save reloads it and keeps what the person typed. */
export function CrEditModal({ cr, onClose }: { cr: CrDetail; onClose: () => void }) {
  const queryClient = useQueryClient();
  const update = useUpdateCr(cr.id);
  const settings = useCrSettings();
  const dimensions = useApplicabilityDimensions();
  const users = useUserSearch('', { limit: 200, activeOnly: true });
  const [policyQuery, setPolicyQuery] = useState('');
  const policies = usePolicySearch(policyQuery, { limit: 20 });
  const [initiativeQuery, setInitiativeQuery] = useState('');
  const initiatives = useInitiativeOptions(initiativeQuery);
  const [crQuery, setCrQuery] = useState('');
  const crOptions = useCrOptions(crQuery);
  const [base, setBase] = useState(() => ({ values: crFormValues(cr), version: cr.version }));
  const [rebased, setRebased] = useState<Rebased | null>(null);
  const form = useForm<CrFormValues>({
    initialValues: base.values,
    validate: {
      title: (v) => (v.trim() ? null : 'Give the change request a title'),
      targetPolicyId: (v, values) =>
        values.type !== 'new_policy' && !v
          ? 'Choose the policy this changes'
          : values.type === 'new_policy' && v
            ? 'A new policy has no target yet'
            : null,
      ownerId: (v) => (v ? null : 'Pick an owner'),
    },
  });
  const values = form.getValues();
  const targetVersions = usePolicyVersions(values.targetPolicyId ?? '', { enabled: Boolean(values.targetPolicyId) });
  const names = useLinkedNames(base.values.initiativeIds, base.values.changeRequestIds);

  const [policyLabels] = useState(() => new Map(cr.targetPolicy ? [[cr.targetPolicy.id, cr.targetPolicy.title]] : []));
  for (const p of policies.data ?? []) policyLabels.set(p.id, p.title);
  const policyData = [...policyLabels].map(([value, label]) => ({ value, label }));
  const owners = (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (!owners.some((o) => o.value === cr.owner.id)) owners.push({ value: cr.owner.id, label: cr.owner.name });
  const surfaces = (dimensions.data?.surfaces ?? []).map((s) => ({ value: s.id, label: s.name }));
  const markets = (dimensions.data?.markets ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }));
  const initiativeData = new Map<string, string>();
  for (const id of base.values.initiativeIds) initiativeData.set(id, names.get(id) ?? 'Loading…');
  for (const i of initiatives.data ?? []) initiativeData.set(i.id, i.title);
  const crData = new Map<string, string>();
  for (const id of base.values.changeRequestIds) crData.set(id, names.get(id) ?? 'Loading…');
  for (const c of crOptions.data ?? []) if (c.id !== cr.id) crData.set(c.id, `CR-${c.number} ${c.title}`);
  const drafts = (targetVersions.data ?? [])
    .filter((v) => v.state === 'draft')
    .map((v) => ({ value: v.id, label: `Draft ${v.label}` }));
  if (values.draftVersionId && !drafts.some((d) => d.value === values.draftVersionId))
    drafts.push({ value: values.draftVersionId, label: 'The current draft' });

  const model = settings.data?.scoringModel ?? DEFAULT_CR_SCORING_MODEL;
  const score = crScore(
    values.scored
      ? { severity: values.severity, reach: values.reach, urgency: values.urgency, effort: values.effort }
      : null,
    model,
  );

  /** Someone saved first: take their values where this person changed nothing, keep what they typed. */
  async function rebase() {
    const fresh = await queryClient.fetchQuery({
      queryKey: crDetailKeys.detail(cr.id),
      queryFn: () => api.get<CrDetail>(`/api/change-requests/${seg(cr.id)}`),
      staleTime: 0,
    });
    const theirsValues = crFormValues(fresh);
    const mine = form.getValues();
    const touched = new Set(changedKeys(base.values, mine));
    const theirs = changedKeys(base.values, theirsValues);
    const next = { ...mine };
    for (const key of theirs) if (!touched.has(key)) (next as Record<string, unknown>)[key] = theirsValues[key];
    setBase({ values: theirsValues, version: fresh.version });
    form.setValues(next);
    setRebased({ theirs, clashes: theirs.filter((k) => touched.has(k)) });
  }

  const submit = form.onSubmit((current) => {
    const body = updateBody(base.values, current, base.version);
    if (Object.keys(body).length === 1) return onClose();
    update.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess('Change request saved', saved.signOffsReset?.message);
        onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.is('VERSION_CONFLICT')) {
          void rebase().catch(notifyError);
          return;
        }
        if (isApiError(error) && error.errors.length > 0) {
          const unplaced: string[] = [];
          for (const e of error.errors) {
            const path = formPathOf(e.path);
            if (path && path.split('.')[0]! in current) form.setFieldError(path, e.message);
            else unplaced.push(e.message);
          }
          if (unplaced.length > 0) notifyError(error);
          return;
        }
        notifyError(error);
      },
    });
  });

  const decisions = values.decisions;
  return (
    <Modal opened onClose={onClose} title={`Edit CR-${cr.number}`} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          {rebased ? (
            <Alert color="orange" title="Someone else saved this change request while you were editing">
              {rebasedMessage(rebased)}
            </Alert>
          ) : null}
          <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} data-autofocus />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Type"
              description={values.type === 'editorial' ? 'Fast lane: the policy owner approves alone' : 'Full workflow'}
              data={CR_TYPES.map((t) => ({ value: t, label: CR_TYPE_LABELS[t] }))}
              allowDeselect={false}
              {...form.getInputProps('type')}
              onChange={(v) => {
                if (!v) return;
                form.setFieldValue('type', v as CrType);
                if (v === 'new_policy') form.setFieldValue('targetPolicyId', null);
              }}
            />
            <Select
              label="Source"
              data={CR_SOURCES.map((s) => ({ value: s, label: CR_SOURCE_LABELS[s] }))}
              allowDeselect={false}
              {...form.getInputProps('source')}
            />
            <Select
              label="Target policy"
              description={values.type === 'new_policy' ? 'A new policy has no target yet' : undefined}
              disabled={values.type === 'new_policy'}
              data={policyData}
              searchable
              clearable
              onSearchChange={setPolicyQuery}
              searchValue={policyQuery}
              nothingFoundMessage="No policy matches"
              {...form.getInputProps('targetPolicyId')}
            />
            <Select
              label="Owner"
              required
              data={owners}
              searchable
              allowDeselect={false}
              {...form.getInputProps('ownerId')}
            />
            <TextInput
              label="Due date"
              type="date"
              description="When it should be launched"
              {...form.getInputProps('dueDate')}
            />
            <TextInput
              label="Effective date"
              type="date"
              description="When the new text takes effect"
              {...form.getInputProps('effectiveDate')}
            />
          </SimpleGrid>
          <Textarea
            label="Problem statement"
            description="Markdown: what goes wrong today, with cases"
            autosize
            minRows={3}
            maxRows={12}
            maxLength={20000}
            {...form.getInputProps('problemStatement')}
          />
          <Textarea
            label="Proposal"
            description="Markdown: what to change and why it helps. A change here resets earlier approvals."
            autosize
            minRows={3}
            maxRows={12}
            maxLength={20000}
            disabled={!cr.abilities.editText}
            {...form.getInputProps('proposal')}
          />
          {values.targetPolicyId && cr.abilities.editText ? (
            <Select
              label="Draft version holding the proposed text"
              description="A change resets earlier approvals"
              data={drafts}
              clearable
              {...form.getInputProps('draftVersionId')}
            />
          ) : null}

          <Divider />
          <Title order={3} size="h5">
            Impact
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label="Surfaces affected"
              data={surfaces}
              searchable
              clearable
              nothingFoundMessage={dimensions.isPending ? 'Loading…' : 'No such surface'}
              {...form.getInputProps('surfaceIds')}
            />
            <MultiSelect
              label="Markets affected"
              description="Empty: every market alike. Adding markets asks Regional to sign off (again)."
              data={markets}
              searchable
              clearable
              nothingFoundMessage={dimensions.isPending ? 'Loading…' : 'No such market'}
              {...form.getInputProps('marketIds')}
            />
            <NumberInput
              label="Expected volume change (%)"
              description="-20: a fifth fewer cases actioned; empty: not assessed"
              min={-100}
              max={10000}
              {...form.getInputProps('expectedVolumeChangePct')}
            />
            <Select
              label="Moderation workload"
              data={MODERATION_WORKLOADS.map((w) => ({ value: w, label: MODERATION_WORKLOAD_LABELS[w] }))}
              clearable
              placeholder="Not assessed"
              {...form.getInputProps('moderationWorkload')}
            />
            <Select
              label="Risk level"
              data={RISK_LEVELS.map((r) => ({ value: r, label: RISK_LEVEL_LABELS[r] }))}
              clearable
              placeholder="Not assessed"
              {...form.getInputProps('riskLevel')}
            />
          </SimpleGrid>

          <Divider />
          <Group justify="space-between" align="flex-end">
            <Title order={3} size="h5">
              Score
            </Title>
            <Checkbox label="Scored" {...form.getInputProps('scored', { type: 'checkbox' })} />
          </Group>
          {values.scored ? (
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {SCORING_INPUTS.map((input) => (
                <NumberInput
                  key={input}
                  label={SCORING_INPUT_LABELS[input]}
                  description={SCORING_INPUT_HINTS[input]}
                  min={1}
                  max={5}
                  step={1}
                  allowDecimal={false}
                  clampBehavior="strict"
                  {...form.getInputProps(input)}
                />
              ))}
            </SimpleGrid>
          ) : null}
          <Text size="sm" aria-live="polite">
            <strong>{score.value ?? '—'}</strong> · {score.formula} · {score.worked}
          </Text>

          <Divider />
          <Title order={3} size="h5">
            Links
          </Title>
          <MultiSelect
            label="Initiatives this serves"
            data={[...initiativeData].map(([value, label]) => ({ value, label }))}
            searchable
            clearable
            searchValue={initiativeQuery}
            onSearchChange={setInitiativeQuery}
            maxValues={20}
            {...form.getInputProps('initiativeIds')}
          />
          <MultiSelect
            label="Related change requests"
            data={[...crData].map(([value, label]) => ({ value, label }))}
            searchable
            clearable
            searchValue={crQuery}
            onSearchChange={setCrQuery}
            maxValues={20}
            {...form.getInputProps('changeRequestIds')}
          />
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Decisions behind the change
            </Text>
            {decisions.length === 0 ? (
              <Text size="sm" c="dimmed">
                None linked.
              </Text>
            ) : null}
            {decisions.map((_, index) => (
              <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  label={`Decision ${index + 1}`}
                  placeholder="What was decided"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`decisions.${index}.title`)}
                />
                <TextInput
                  label={`Decision ${index + 1} link`}
                  placeholder="https://…"
                  type="url"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`decisions.${index}.url`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={`Remove decision ${index + 1}`}
                  onClick={() => form.removeListItem('decisions', index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem('decisions', { title: '', url: '' })}
                disabled={decisions.length >= 20}
              >
                Add a decision
              </Button>
            </div>
          </Stack>

          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
