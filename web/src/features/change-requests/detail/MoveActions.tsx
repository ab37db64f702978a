import { Button, Group, List, Menu, Modal, Popover, Stack, Text, Textarea } from '@mantine/core';
import {
  CR_FIELD_LABELS,
  CR_STAGE_LABELS,
  SIGN_OFF_ROLE_LABELS,
  type CrStage,
  type ChangeRequest,
} from '@policyops/contracts';
import { IconArrowRight, IconChevronDown, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { handleCrConflict } from './crConflict';
import { useTransitionCr } from './cr-detail-queries';

type Move = ChangeRequest['moves'][number];

/** A move that is refused only for want of a reason: asked for in a dialog. */
const needsReasonOnly = (m: Move) =>
  !m.allowed &&
  m.blockers !== null &&
  m.blockers.reasonMissing &&
  m.blockers.fields.length === 0 &&
  m.blockers.signOffs.length === 0 &&
  m.blockers.orderViolations.length === 0 &&
  m.blockers.conflicts.length === 0;

const EXITS: readonly CrStage[] = ['rejected', 'withdrawn'];
/** Launching has its own dialog (dates), not a plain move. */
const LAUNCH: CrStage = 'launched';

/** What stands in the way of a move, in words and as a list. */
export function BlockerList({ move }: { move: Move }) {
  const b = move.blockers;
  if (!b) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">{b.message}</Text>
      <List size="sm" spacing={2}>
        {b.fields.map((f) => (
          <List.Item key={`f-${f}`}>Fill in {CR_FIELD_LABELS[f]}</List.Item>
        ))}
        {b.signOffs.map((r) => (
          <List.Item key={`s-${r}`}>Approval from {SIGN_OFF_ROLE_LABELS[r]}</List.Item>
        ))}
        {b.conflicts.length > 0 ? (
          <List.Item key="conflicts">
            Acknowledge {b.conflicts.length === 1 ? 'the conflict' : `${b.conflicts.length} conflicts`} in the conflict
            check
          </List.Item>
        ) : null}
        {b.orderViolations.map((v) => (
          <List.Item key={`o-${v.role}`}>
            {SIGN_OFF_ROLE_LABELS[v.role]} approved before {SIGN_OFF_ROLE_LABELS[v.before]}, out of order
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function BlockedMove({ move }: { move: Move }) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={340} withArrow position="bottom-end" trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconLock size={14} aria-hidden />}
          onClick={() => setOpened((o) => !o)}
          aria-label={`Move to ${CR_STAGE_LABELS[move.to]}: not yet, show what is missing`}
        >
          Move to {CR_STAGE_LABELS[move.to]}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb={4}>
          Cannot move to {CR_STAGE_LABELS[move.to]} yet
        </Text>
        <BlockerList move={move} />
      </Popover.Dropdown>
    </Popover>
  );
}

/** The header's move buttons: allowed moves, blocked ones with their blockers, side exits in a menu. */
export function MoveActions({ cr }: { cr: ChangeRequest }) {
  const transition = useTransitionCr(cr.id);
  const [asking, setAsking] = useState<CrStage | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  if (!cr.abilities.transition || cr.moves.every((m) => m.to === LAUNCH)) return null;

  const send = (to: CrStage, why?: string) =>
    transition.mutate(
      { to, version: cr.version, ...(why ? { reason: why } : {}) },
      {
        onSuccess: () => {
          notifySuccess(`Moved to ${CR_STAGE_LABELS[to]}`);
          setAsking(null);
          setReason('');
        },
        onError: (error) => {
          if (handleCrConflict(error)) {
            setAsking(null);
            return;
          }
          if (isApiError(error) && error.fieldErrors['body.reason']) {
            setReasonError(error.fieldErrors['body.reason']);
            return;
          }
          setAsking(null);
          notifyError(error);
        },
      },
    );
  const start = (move: Move) => {
    if (move.allowed) send(move.to);
    else {
      setReason('');
      setReasonError(null);
      setAsking(move.to);
    }
  };

  const path = cr.moves.filter((m) => !EXITS.includes(m.to) && m.to !== LAUNCH);
  const exits = cr.moves.filter((m) => EXITS.includes(m.to));
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {path.map((m) =>
          m.allowed || needsReasonOnly(m) ? (
            <Button
              key={m.to}
              variant={m.allowed ? 'filled' : 'default'}
              rightSection={<IconArrowRight size={14} aria-hidden />}
              onClick={() => start(m)}
              loading={transition.isPending && transition.variables?.to === m.to}
            >
              {m.to === 'drafting' && !m.allowed ? 'Back to Drafting' : `Move to ${CR_STAGE_LABELS[m.to]}`}
            </Button>
          ) : (
            <BlockedMove key={m.to} move={m} />
          ),
        )}
        {exits.length > 0 ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="subtle" color="gray" rightSection={<IconChevronDown size={14} aria-hidden />}>
                Close as…
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {exits.map((m) => (
                <Menu.Item key={m.to} onClick={() => start(m)} disabled={!m.allowed && !needsReasonOnly(m)}>
                  {CR_STAGE_LABELS[m.to]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? `Move to ${CR_STAGE_LABELS[asking]}` : ''}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!asking) return;
            if (!reason.trim()) {
              setReasonError('Say why');
              return;
            }
            send(asking, reason.trim());
          }}
        >
          <Stack>
            <Text size="sm">This move needs a reason; it goes on the timeline.</Text>
            <Textarea
              label="Reason"
              required
              autosize
              minRows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(null);
              }}
              error={reasonError}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                Cancel
              </Button>
              <Button
                type="submit"
                loading={transition.isPending}
                color={asking && EXITS.includes(asking) ? 'red' : undefined}
              >
                {asking ? `Move to ${CR_STAGE_LABELS[asking]}` : 'Move'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
