import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  ASSUMPTION_STATUSES,
  DEPENDENCY_STATUSES,
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
  RAID_KIND_LABELS,
  RAID_STATUS_LABELS,
  RISK_STATUSES,
  riskBand,
  RISK_BAND_LABELS,
  type RaidItem,
  type RaidKind,
} from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { humanize } from '../../lib/format';
import { notifySuccess } from '../../lib/problem-feedback';
import { useTeams } from '../teams';
import { EscalationPathEditor, type Level } from './EscalationPathEditor';
import { PersonSelect } from './PersonSelect';
import { handleRaidConflict, useCreateRaidItem, useUpdateRaidItem, useWorkingGroupOptions } from './raid-queries';

const STATUSES: Record<RaidKind, readonly string[]> = {
  risk: RISK_STATUSES,
  issue: ISSUE_STATUSES,
  assumption: ASSUMPTION_STATUSES,
  dependency: DEPENDENCY_STATUSES,
};
const options = (values: readonly string[]) =>
  values.map((v) => ({ value: v, label: RAID_STATUS_LABELS[v] ?? humanize(v) }));

/** Form state: every kind's fields, strings as the inputs hold them. */
function initial(kind: RaidKind, item?: RaidItem) {
  const any = (item ?? {}) as Record<string, unknown>;
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    ownerId: item?.owner?.id ?? null,
    ownerName: item?.owner?.name ?? null,
    status: (item?.status as string) ?? STATUSES[kind][0]!,
    probability: (any.probability as number) ?? 3,
    impact: (any.impact as number) ?? 3,
    mitigation: (any.mitigation as string) ?? '',
    trigger: (any.trigger as string) ?? '',
    isBlocker: (any.isBlocker as boolean) ?? false,
    severity: (any.severity as string) ?? 'medium',
    decisionNeededBy: (any.decisionNeededBy as string | null) ?? '',
    resolution: (any.resolution as string) ?? '',
    levels: (item?.kind === 'issue'
      ? item.escalationPath.map((l) => ({
          stakeholderId: l.stakeholder?.id ?? null,
          name: l.stakeholder?.name ?? null,
          label: l.label,
        }))
      : []) as Level[],
    validateBy: (any.validateBy as string | null) ?? '',
    validationNote: (any.validationNote as string) ?? '',
    requestingTeamId: item?.kind === 'dependency' ? item.requestingTeam.id : null,
    providingTeamId: item?.kind === 'dependency' ? item.providingTeam.id : null,
    neededBy: (any.neededBy as string | null) ?? '',
    committedDate: (any.committedDate as string | null) ?? '',
    workingGroupId: item?.links.find((l) => l.kind === 'working_group')?.id ?? null,
  };
}

export interface RaidItemDialogProps {
  kind: RaidKind;
  /** Editing this item; absent: a new one. */
  item?: RaidItem;
  /** A new item's working group, e.g. from the list's filter. */
  workingGroupId?: string;
  opened: boolean;
  onClose(): void;
  onSaved?(item: RaidItem): void;
}

/** "New item" and "Edit" for one kind; the server's field errors show under their inputs. */
export function RaidItemDialog({ kind, item, workingGroupId, opened, onClose, onSaved }: RaidItemDialogProps) {
  const [form, setForm] = useState(() => ({
    ...initial(kind, item),
    ...(workingGroupId && !item ? { workingGroupId } : {}),
  }));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const create = useCreateRaidItem();
  const update = useUpdateRaidItem(item?.id ?? '');
  const mutation = item ? update : create;
  const teams = useTeams();
  const groups = useWorkingGroupOptions();
  const teamOptions = (teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }));
  const error = mutation.error;
  const fieldError = (path: string) => (isApiError(error) ? error.fieldErrors[`body.${path}`] : undefined);
  const orNull = (v: string) => (v === '' ? null : v);

  const submit = () => {
    const otherLinks = item
      ? item.links.filter((l) => l.kind !== 'working_group').map((l) => ({ kind: l.kind, id: l.id }))
      : [];
    const links = [
      ...otherLinks,
      ...(form.workingGroupId ? [{ kind: 'working_group' as const, id: form.workingGroupId }] : []),
    ];
    const common = {
      title: form.title,
      description: form.description,
      ownerId: form.ownerId,
      status: form.status,
      links,
    };
    const fields =
      kind === 'risk'
        ? { probability: form.probability, impact: form.impact, mitigation: form.mitigation, trigger: form.trigger }
        : kind === 'issue'
          ? {
              isBlocker: form.isBlocker,
              severity: form.severity,
              decisionNeededBy: orNull(form.decisionNeededBy ?? ''),
              resolution: form.resolution,
              escalationPath: form.levels.map((l) => ({ stakeholderId: l.stakeholderId ?? '', label: l.label })),
            }
          : kind === 'assumption'
            ? { validateBy: orNull(form.validateBy ?? ''), validationNote: form.validationNote }
            : {
                requestingTeamId: form.requestingTeamId ?? '',
                providingTeamId: form.providingTeamId ?? '',
                neededBy: orNull(form.neededBy ?? ''),
                committedDate: orNull(form.committedDate ?? ''),
              };
    const body = { kind, ...common, ...fields } as never;
    const done = (saved: RaidItem) => {
      notifySuccess(item ? `${saved.key} saved` : `${saved.key} logged`);
      onSaved?.(saved);
      onClose();
    };
    if (item)
      update.mutate({ ...(body as object), version: item.version } as never, {
        onSuccess: done,
        onError: (e) => handleRaidConflict(e),
      });
    else create.mutate(body, { onSuccess: done });
  };

  const score = form.probability * form.impact;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`${item ? `Edit ${item.key}` : `New ${RAID_KIND_LABELS[kind].toLowerCase()}`}`}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {isApiError(error) && !error.errors.length ? <Alert color="red">{error.detail ?? error.title}</Alert> : null}
          <TextInput
            label={kind === 'assumption' ? 'Statement' : 'Title'}
            required
            value={form.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError('title')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={fieldError('description')}
          />
          <Group grow align="flex-start">
            <PersonSelect
              label="Owner"
              value={form.ownerId}
              initialName={form.ownerName}
              onChange={(id) => set('ownerId', id)}
              error={fieldError('ownerId')}
            />
            <Select
              label="Status"
              data={options(STATUSES[kind])}
              value={form.status}
              onChange={(v) => v && set('status', v)}
              allowDeselect={false}
              error={fieldError('status')}
            />
          </Group>
          {kind === 'risk' ? (
            <>
              <Group grow align="flex-start">
                <NumberInput
                  label="Probability (1–5)"
                  min={1}
                  max={5}
                  value={form.probability}
                  onChange={(v) => set('probability', Number(v) || 1)}
                  error={fieldError('probability')}
                />
                <NumberInput
                  label="Impact (1–5)"
                  min={1}
                  max={5}
                  value={form.impact}
                  onChange={(v) => set('impact', Number(v) || 1)}
                  error={fieldError('impact')}
                />
              </Group>
              <Text size="sm" aria-live="polite">
                Score {score}: {RISK_BAND_LABELS[riskBand(score)]}
              </Text>
              <Textarea
                label="Mitigation"
                autosize
                value={form.mitigation}
                onChange={(e) => set('mitigation', e.currentTarget.value)}
              />
              <Textarea
                label="Trigger"
                autosize
                value={form.trigger}
                onChange={(e) => set('trigger', e.currentTarget.value)}
              />
            </>
          ) : null}
          {kind === 'issue' ? (
            <>
              <Group grow align="flex-end">
                <Checkbox
                  label="Blocker (escalates when its decision date passes)"
                  checked={form.isBlocker}
                  onChange={(e) => set('isBlocker', e.currentTarget.checked)}
                />
                <Select
                  label="Severity"
                  data={ISSUE_SEVERITIES.map((s) => ({ value: s, label: humanize(s) }))}
                  value={form.severity}
                  onChange={(v) => v && set('severity', v)}
                  allowDeselect={false}
                />
              </Group>
              <TextInput
                type="date"
                label="Decision needed by"
                value={form.decisionNeededBy ?? ''}
                onChange={(e) => set('decisionNeededBy', e.currentTarget.value)}
                error={fieldError('decisionNeededBy')}
              />
              <EscalationPathEditor
                levels={form.levels}
                onChange={(levels) => set('levels', levels)}
                errorOf={(i, field) => fieldError(`escalationPath.${i}.${field}`)}
              />
              <Textarea
                label="Resolution"
                autosize
                value={form.resolution}
                onChange={(e) => set('resolution', e.currentTarget.value)}
              />
            </>
          ) : null}
          {kind === 'assumption' ? (
            <>
              <TextInput
                type="date"
                label="Validate by"
                value={form.validateBy ?? ''}
                onChange={(e) => set('validateBy', e.currentTarget.value)}
                error={fieldError('validateBy')}
              />
              <Textarea
                label="Validation note"
                autosize
                value={form.validationNote}
                onChange={(e) => set('validationNote', e.currentTarget.value)}
              />
            </>
          ) : null}
          {kind === 'dependency' ? (
            <>
              <Group grow align="flex-start">
                <Select
                  label="Requesting team"
                  required
                  searchable
                  data={teamOptions}
                  value={form.requestingTeamId}
                  onChange={(v) => set('requestingTeamId', v)}
                  error={fieldError('requestingTeamId')}
                />
                <Select
                  label="Providing team"
                  required
                  searchable
                  data={teamOptions}
                  value={form.providingTeamId}
                  onChange={(v) => set('providingTeamId', v)}
                  error={fieldError('providingTeamId')}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput
                  type="date"
                  label="Needed by"
                  value={form.neededBy ?? ''}
                  onChange={(e) => set('neededBy', e.currentTarget.value)}
                  error={fieldError('neededBy')}
                />
                <TextInput
                  type="date"
                  label="Committed date"
                  value={form.committedDate ?? ''}
                  onChange={(e) => set('committedDate', e.currentTarget.value)}
                  error={fieldError('committedDate')}
                />
              </Group>
            </>
          ) : null}
          <Select
            label="Working group"
            clearable
            searchable
            data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={form.workingGroupId}
            onChange={(v) => set('workingGroupId', v)}
            error={fieldError('links.0.id')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {item ? 'Save' : 'Log it'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
