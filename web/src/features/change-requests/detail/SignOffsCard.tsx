import { Alert, Badge, Button, Group, Modal, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  SIGN_OFF_DECISION_LABELS,
  SIGN_OFF_ROLE_LABELS,
  type ChangeRequest,
  type CrSettings,
  type SignOff,
  type SignOffDecision,
  type SignOffRole,
} from '@policyops/contracts';
import { IconSignature } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { useSession } from '../../auth';
import { DECISION_COLORS } from '../cr-labels';
import { handleCrConflict } from './crConflict';
import { useSignOffCr } from './cr-detail-queries';

/** The order the workflow asks these roles in: parallel, or sequential in the listed order. */
function orderOf(settings: CrSettings | undefined, roles: readonly SignOffRole[]) {
  const stage = settings?.workflow.stages.find((s) => s.signOffs.roles.some((r) => roles.includes(r)));
  return stage?.signOffs.order ?? 'parallel';
}

function SignOffLine({ s }: { s: SignOff }) {
  const reset = s.resetAt !== null;
  return (
    <Stack gap={2} pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
      <Group gap={6} wrap="wrap">
        <Badge
          variant="light"
          color={reset ? 'gray' : DECISION_COLORS[s.decision]}
          style={reset ? { textDecoration: 'line-through' } : undefined}
        >
          {SIGN_OFF_DECISION_LABELS[s.decision]}
        </Badge>
        <Text size="sm" td={reset ? 'line-through' : undefined} c={reset ? 'dimmed' : undefined}>
          {s.person.name} · <time dateTime={s.at}>{formatDateTime(s.at)}</time>
        </Text>
      </Group>
      {s.comment ? (
        <Text
          size="sm"
          td={reset ? 'line-through' : undefined}
          c={reset ? 'dimmed' : undefined}
          style={{ whiteSpace: 'pre-wrap' }}
        >
          {s.comment}
        </Text>
      ) : null}
      {reset ? (
        <Text size="xs" c="red.9">
          Reset {s.resetAt ? formatDateTime(s.resetAt) : ''}: {s.resetReason ?? 'an edit after it'}
        </Text>
      ) : null}
    </Stack>
  );
}

function SignOffDialog({ cr, onClose }: { cr: ChangeRequest; onClose: () => void }) {
  const signOff = useSignOffCr(cr.id);
  const [role, setRole] = useState<SignOffRole>(cr.abilities.signOffAs[0]!);
  const [decision, setDecision] = useState<SignOffDecision>('approve');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<string | null>(null);
  const needsComment = decision !== 'approve';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (needsComment && !comment.trim()) {
      setErrors({ comment: decision === 'request_changes' ? 'Say what should change' : 'Say what the conditions are' });
      return;
    }
    signOff.mutate(
      { version: cr.version, role, decision, comment: comment.trim() },
      {
        onSuccess: () => {
          notifySuccess(
            `${SIGN_OFF_DECISION_LABELS[decision]} as ${SIGN_OFF_ROLE_LABELS[role]}`,
            decision === 'request_changes' ? 'The change request went back to Drafting.' : undefined,
          );
          onClose();
        },
        onError: (error) => {
          if (handleCrConflict(error)) return onClose();
          if (isApiError(error) && error.status === 403) {
            setRefused(error.detail ?? error.title);
            return;
          }
          if (isApiError(error) && error.errors.length > 0) {
            setErrors({
              role: error.fieldErrors['body.role'] ?? '',
              comment: error.fieldErrors['body.comment'] ?? '',
            });
            if (error.fieldErrors['body.role'] || error.fieldErrors['body.comment']) return;
          }
          notifyError(error);
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={`Sign off CR-${cr.number}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {refused ? (
            <Alert color="red" title="You cannot sign this off">
              {refused}
            </Alert>
          ) : null}
          {cr.abilities.signOffAs.length > 1 ? (
            <Select
              label="Signing off as"
              data={cr.abilities.signOffAs.map((r) => ({ value: r, label: SIGN_OFF_ROLE_LABELS[r] }))}
              value={role}
              onChange={(v) => v && setRole(v as SignOffRole)}
              allowDeselect={false}
              error={errors.role || undefined}
            />
          ) : (
            <Text size="sm">
              Signing off as <strong>{SIGN_OFF_ROLE_LABELS[role]}</strong>
              {errors.role ? (
                <Text span c="red" size="sm">
                  {' '}
                  · {errors.role}
                </Text>
              ) : null}
            </Text>
          )}
          <Radio.Group
            label="Decision"
            value={decision}
            onChange={(v) => {
              setDecision(v as SignOffDecision);
              setErrors({});
            }}
          >
            <Stack gap="xs" mt={6}>
              <Radio value="approve" label="Approve" />
              <Radio value="approve_with_conditions" label="Approve with conditions" />
              <Radio
                value="request_changes"
                label="Request changes"
                description="Sends the change request back to Drafting"
              />
            </Stack>
          </Radio.Group>
          <Textarea
            label={
              decision === 'request_changes' ? 'What should change' : decision === 'approve' ? 'Comment' : 'Conditions'
            }
            description={needsComment ? 'Required' : 'Optional'}
            required={needsComment}
            autosize
            minRows={3}
            maxLength={4000}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.comment || undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={signOff.isPending}
              color={decision === 'request_changes' ? 'red' : undefined}
            >
              {decision === 'request_changes' ? 'Request changes' : 'Sign off'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Required roles with their sign-off history; reset ones struck through with why. */
export function SignOffsCard({ cr, settings }: { cr: ChangeRequest; settings: CrSettings | undefined }) {
  const titleId = useId();
  const me = useSession();
  const [open, setOpen] = useState(false);
  const order = orderOf(settings, cr.requiredSignOffs);
  const roles = [...cr.requiredSignOffs];
  for (const s of cr.signOffs) if (!roles.includes(s.role)) roles.push(s.role);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <div>
          <Title order={2} size="h4" id={titleId}>
            Sign-offs
          </Title>
          <Text size="xs" c="dimmed">
            {cr.lane === 'fast'
              ? 'Fast lane: the policy owner approves alone.'
              : order === 'sequential'
                ? 'In order: each role signs after the one above it.'
                : 'In parallel: any order.'}
          </Text>
        </div>
        {cr.abilities.signOffAs.length > 0 ? (
          <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={() => setOpen(true)}>
            Sign off
          </Button>
        ) : null}
      </Group>
      {cr.lastTextEditor ? (
        <Text size="xs" c="dimmed" mb="sm">
          {cr.lastTextEditor.id === me.user.id
            ? 'You edited the proposed text last, so you may not approve it.'
            : `${cr.lastTextEditor.name} edited the proposed text last and may not approve it.`}
        </Text>
      ) : null}
      {roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          No sign-offs are needed in this lane.
        </Text>
      ) : (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {roles.map((role, index) => {
            const history = cr.signOffs.filter((s) => s.role === role);
            const latest = history.filter((s) => s.resetAt === null).at(-1);
            const required = cr.requiredSignOffs.includes(role);
            return (
              <li key={role}>
                <Group gap={6} mb={4}>
                  <Text fw={600} size="sm">
                    {order === 'sequential' && required ? `${index + 1}. ` : ''}
                    {SIGN_OFF_ROLE_LABELS[role]}
                  </Text>
                  {!required ? (
                    <Badge size="xs" variant="outline" color="gray">
                      no longer required
                    </Badge>
                  ) : latest ? (
                    <Badge size="xs" variant="light" color={DECISION_COLORS[latest.decision]}>
                      {SIGN_OFF_DECISION_LABELS[latest.decision]}
                    </Badge>
                  ) : (
                    <Badge size="xs" variant="outline" color="gray">
                      Waiting
                    </Badge>
                  )}
                </Group>
                <Stack gap="xs">
                  {[...history].reverse().map((s) => (
                    <SignOffLine key={s.id} s={s} />
                  ))}
                </Stack>
              </li>
            );
          })}
        </Stack>
      )}
      {open ? <SignOffDialog cr={cr} onClose={() => setOpen(false)} /> : null}
    </Paper>
  );
}
