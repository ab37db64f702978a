import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { DecisionCreateInput, DecisionRef, LinkedRecordRef } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { useCreateDecision, usePolicyChoices, useWorkingGroupChoices } from './decision-queries';
import { PeoplePicker, PersonPicker } from './PeoplePicker';

interface OptionDraft {
  title: string;
  pros: string;
  cons: string;
}

interface SupersedeDraft {
  decision: DecisionRef;
  scope: 'whole' | 'partial';
  part: string;
}

export interface DecisionDialogProps {
  opened: boolean;
  onClose(): void;
  /** "Supersede": the decision replaced, and the links it carries over. */
  supersede?: { decision: DecisionRef; links: LinkedRecordRef[] };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** "New decision": the whole record with an options editor; opened from "Supersede" it is pre-linked. */
export function DecisionDialog({ opened, onClose, supersede }: DecisionDialogProps) {
  const navigate = useNavigate();
  const create = useCreateDecision();
  const groups = useWorkingGroupChoices();
  const policies = usePolicyChoices();
  const [title, setTitle] = useState(supersede ? supersede.decision.title : '');
  const [context, setContext] = useState('');
  const [options, setOptions] = useState<OptionDraft[]>([]);
  const [decision, setDecision] = useState('');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState<{ id: string; name: string }[]>([]);
  const [consulted, setConsulted] = useState<{ id: string; name: string }[]>([]);
  const [owner, setOwner] = useState<{ id: string; name: string } | null>(null);
  const [decisionDate, setDecisionDate] = useState('');
  const [revisitDate, setRevisitDate] = useState('');
  const carried = supersede?.links ?? [];
  const [groupId, setGroupId] = useState<string | null>(carried.find((l) => l.kind === 'working_group')?.id ?? null);
  const [policyIds, setPolicyIds] = useState<string[]>(carried.filter((l) => l.kind === 'policy').map((l) => l.id));
  const [supersedes, setSupersedes] = useState<SupersedeDraft[]>(
    supersede ? [{ decision: supersede.decision, scope: 'whole', part: '' }] : [],
  );
  const errors = isApiError(create.error) ? create.error.fieldErrors : {};
  const err = (path: string) =>
    Object.entries(errors).find(([p]) => p === `body.${path}` || p.startsWith(`body.${path}.`))?.[1];

  const submit = () => {
    const links: LinkedRecordRef[] = [
      ...carried.filter((l) => l.kind !== 'working_group' && l.kind !== 'policy'),
      ...(groupId ? [{ kind: 'working_group' as const, id: groupId }] : []),
      ...policyIds.map((id) => ({ kind: 'policy' as const, id })),
    ];
    const body: DecisionCreateInput = {
      title,
      context,
      options: options.map((o) => ({ title: o.title, pros: lines(o.pros), cons: lines(o.cons) })),
      decision,
      rationale,
      decidedByIds: decidedBy.map((p) => p.id),
      consultedIds: consulted.map((p) => p.id),
      ownerId: owner?.id ?? null,
      decisionDate: decisionDate || null,
      links,
      supersedes: supersedes.map((s) => ({
        decisionId: s.decision.id,
        scope: s.scope,
        part: s.scope === 'partial' ? s.part : null,
      })),
      revisitTrigger: revisitDate ? { kind: 'date', date: revisitDate } : null,
    };
    create.mutate(body, {
      onSuccess: (created) => {
        notifications.show({ color: 'green', message: `${created.key} recorded as proposed` });
        onClose();
        void navigate({ to: '/decisions/$decisionId', params: { decisionId: created.id } });
      },
    });
  };

  const setOption = (i: number, patch: Partial<OptionDraft>) =>
    setOptions((all) => all.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={supersede ? 'Supersede with a new decision' : 'New decision'}
      size="xl"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {create.error && Object.keys(errors).length === 0 ? (
            <Alert color="red" role="alert">
              {create.error.message}
            </Alert>
          ) : null}
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
          />
          {supersedes.map((s, i) => (
            <Paper key={s.decision.id} withBorder p="sm">
              <Stack gap="xs">
                <Text size="sm">
                  Supersedes <strong>{s.decision.key}</strong> {s.decision.title} (it changes when this one is accepted)
                </Text>
                <SegmentedControl
                  aria-label={`How much of ${s.decision.key} this replaces`}
                  value={s.scope}
                  onChange={(scope) =>
                    setSupersedes((all) =>
                      all.map((x, j) => (j === i ? { ...x, scope: scope as 'whole' | 'partial' } : x)),
                    )
                  }
                  data={[
                    { value: 'whole', label: 'Wholly' },
                    { value: 'partial', label: 'For a part' },
                  ]}
                />
                {s.scope === 'partial' ? (
                  <TextInput
                    label="Which part"
                    placeholder="e.g. the audio clause"
                    required
                    value={s.part}
                    onChange={(e) => {
                      const part = e.currentTarget.value;
                      setSupersedes((all) => all.map((x, j) => (j === i ? { ...x, part } : x)));
                    }}
                    error={err(`supersedes.${i}`)}
                  />
                ) : (
                  err(`supersedes.${i}`) && (
                    <Text size="sm" c="red">
                      {err(`supersedes.${i}`)}
                    </Text>
                  )
                )}
              </Stack>
            </Paper>
          ))}
          <Textarea
            label="Context (Markdown)"
            autosize
            minRows={3}
            value={context}
            onChange={(e) => setContext(e.currentTarget.value)}
            error={err('context')}
          />
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={500} size="sm">
                Options considered
              </Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => setOptions((all) => [...all, { title: '', pros: '', cons: '' }])}
              >
                Add option
              </Button>
            </Group>
            {options.length === 0 ? (
              <Text size="sm" c="dimmed">
                No options yet.
              </Text>
            ) : null}
            {options.map((o, i) => (
              <Paper key={i} withBorder p="sm">
                <Stack gap="xs">
                  <Group align="flex-end" wrap="nowrap">
                    <TextInput
                      style={{ flex: 1 }}
                      label={`Option ${i + 1}`}
                      required
                      value={o.title}
                      onChange={(e) => setOption(i, { title: e.currentTarget.value })}
                      error={err(`options.${i}.title`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={`Remove option ${i + 1}`}
                      onClick={() => setOptions((all) => all.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                  <Group grow align="flex-start">
                    <Textarea
                      label="Pros (one a line)"
                      autosize
                      minRows={2}
                      value={o.pros}
                      onChange={(e) => setOption(i, { pros: e.currentTarget.value })}
                    />
                    <Textarea
                      label="Cons (one a line)"
                      autosize
                      minRows={2}
                      value={o.cons}
                      onChange={(e) => setOption(i, { cons: e.currentTarget.value })}
                    />
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
          <Textarea
            label="Decision (Markdown)"
            autosize
            minRows={2}
            value={decision}
            onChange={(e) => setDecision(e.currentTarget.value)}
            error={err('decision')}
          />
          <Textarea
            label="Rationale (Markdown)"
            autosize
            minRows={2}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            error={err('rationale')}
          />
          <Group grow align="flex-start">
            <PeoplePicker
              label="Decided by"
              value={decidedBy.map((p) => p.id)}
              known={decidedBy}
              onChange={(_, people) => setDecidedBy(people)}
              error={err('decidedByIds')}
            />
            <PeoplePicker
              label="Consulted"
              value={consulted.map((p) => p.id)}
              known={consulted}
              onChange={(_, people) => setConsulted(people)}
              error={err('consultedIds')}
            />
          </Group>
          <Group grow align="flex-start">
            <PersonPicker
              label="Owner"
              description="Told when the decision is due a revisit"
              value={owner?.id ?? null}
              known={owner ? [owner] : []}
              onChange={(_, person) => setOwner(person)}
              error={err('ownerId')}
            />
            <TextInput
              label="Decision date"
              type="date"
              value={decisionDate}
              onChange={(e) => setDecisionDate(e.currentTarget.value)}
              error={err('decisionDate')}
            />
            <TextInput
              label="Revisit on"
              type="date"
              value={revisitDate}
              onChange={(e) => setRevisitDate(e.currentTarget.value)}
              error={err('revisitTrigger')}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label="Working group"
              clearable
              data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
              value={groupId}
              onChange={setGroupId}
              error={err('links')}
            />
            <MultiSelect
              label="Policies"
              searchable
              data={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
              value={policyIds}
              onChange={setPolicyIds}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Record as proposed
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
