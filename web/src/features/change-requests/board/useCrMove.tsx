import { Alert, List } from '@mantine/core';
import { IconHandStop } from '@tabler/icons-react';
import type { ChangeRequest, CrStage } from '@policyops/contracts';
import { useState } from 'react';
import { notifySuccess } from '../../../lib/problem-feedback';
import { CR_STAGE_LABELS, crNumber } from '../cr-labels';
import { moveNeedsReason, refusalOf } from '../list/cr-list-helpers';
import { useTransitionCr } from '../list/cr-list-queries';
import { MoveReasonModal } from './MoveReasonModal';

interface Refusal {
  cr: ChangeRequest;
  to: CrStage;
  title: string;
  lines: string[];
}

/**
 * Moving a CR between stages from the board (drag or "Move to…"): asks a reason where the move needs
 * one, shows the card in its new column while the API decides, and on a refusal puts it back and says
 * why on screen (the API's detail names what is missing).
 */
export function useCrMove() {
  const transition = useTransitionCr();
  const [asking, setAsking] = useState<{ cr: ChangeRequest; to: CrStage } | null>(null);
  const [pending, setPending] = useState<Record<string, CrStage>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const send = (cr: ChangeRequest, to: CrStage, reason?: string) => {
    setRefusal(null);
    setPending((p) => ({ ...p, [cr.id]: to }));
    transition.mutate(
      { id: cr.id, body: { to, version: cr.version, ...(reason ? { reason } : {}) } },
      {
        onSuccess: () => notifySuccess(`${crNumber(cr.number)} moved to ${CR_STAGE_LABELS[to]}`, cr.title),
        onError: (error) => setRefusal({ cr, to, ...refusalOf(error) }),
        onSettled: () =>
          setPending((p) => {
            const { [cr.id]: _done, ...rest } = p;
            return rest;
          }),
      },
    );
  };

  const requestMove = (cr: ChangeRequest, to: CrStage) => {
    if (to === cr.stage) return;
    if (moveNeedsReason(cr, to)) setAsking({ cr, to });
    else send(cr, to);
  };

  const dialog = asking ? (
    <MoveReasonModal
      cr={asking.cr}
      to={asking.to}
      onCancel={() => setAsking(null)}
      onMove={(reason) => {
        send(asking.cr, asking.to, reason);
        setAsking(null);
      }}
    />
  ) : null;

  const refusalAlert = refusal ? (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setRefusal(null)}
      icon={<IconHandStop size={18} aria-hidden />}
      title={`${crNumber(refusal.cr.number)} stays in ${CR_STAGE_LABELS[refusal.cr.stage]}: it cannot move to ${CR_STAGE_LABELS[refusal.to]}`}
      mb="sm"
    >
      {refusal.title}
      {refusal.lines.length > 0 ? (
        <List size="sm" mt={4}>
          {refusal.lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  ) : null;

  /** The stage to show a CR in: where it is moving to while the API decides. */
  const stageOf = (cr: ChangeRequest): CrStage => pending[cr.id] ?? cr.stage;

  return { requestMove, stageOf, dialog, refusalAlert, isPending: (id: string) => id in pending };
}
