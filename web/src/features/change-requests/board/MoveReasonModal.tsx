import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { ChangeRequest, CrStage } from '@policyops/contracts';
import { useState } from 'react';
import { CR_STAGE_LABELS, crNumber } from '../cr-labels';

export interface MoveReasonModalProps {
  cr: ChangeRequest;
  to: CrStage;
  onCancel: () => void;
  onMove: (reason: string) => void;
}

const VERB: Partial<Record<CrStage, string>> = { rejected: 'Reject', withdrawn: 'Withdraw' };

/** Asks why before a move that needs a reason (reject, withdraw, back to Drafting). */
export function MoveReasonModal({ cr, to, onCancel, onMove }: MoveReasonModalProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const verb = VERB[to] ?? `Move to ${CR_STAGE_LABELS[to]}`;
  return (
    <Modal opened onClose={onCancel} title={`${verb}: ${crNumber(cr.number)}`} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) return setError('Say why, for the CR’s timeline');
          onMove(reason.trim());
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">
            {cr.title} goes from {CR_STAGE_LABELS[cr.stage]} to {CR_STAGE_LABELS[to]}. The reason is kept on its
            timeline.
          </Text>
          <Textarea
            label="Reason"
            required
            data-autofocus
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" color={to === 'rejected' || to === 'withdrawn' ? 'red' : undefined}>
              {verb}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
