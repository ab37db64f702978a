import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCornerUpLeft, IconRocket, IconSend, IconTrash } from '@tabler/icons-react';
import type { PolicyVersion, PolicyVersionTransition } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { formatIsoDate } from './policy-labels';
import { useDiscardVersion, useTransitionVersion } from './useVersionMutations';

export interface VersionWorkflowProps {
  policyRef: string;
  version: PolicyVersion;
  /**
   * Runs before a transition or discard (the editor saves unsaved changes) and returns the
   * record version to send, or null to stop.
   */
  prepare?: () => Promise<number | null>;
  /** Called with the version as it now stands and what happened ("Submitted for review"). */
  onTransitioned?: (version: PolicyVersion, done: string) => void;
}

const DONE: Record<PolicyVersionTransition['action'], string> = {
  submit: 'Submitted for review',
  approve: 'Approved',
  reject: 'Sent back to draft',
  publish: 'Made live',
};

function notifyTransitionError(error: unknown): void {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this version; reloaded',
      message: 'Check it and try again.',
    });
    return;
  }
  notifyError(error);
}

/** Submit, approve, send back, make live and discard, each shown as the version's abilities allow. */
export function VersionWorkflow({ policyRef, version, prepare, onTransitioned }: VersionWorkflowProps) {
  const navigate = useNavigate();
  const transition = useTransitionVersion(policyRef, version.id);
  const discard = useDiscardVersion(policyRef, version.id);
  const [asking, setAsking] = useState<'approve' | 'publish' | 'discard' | null>(null);
  const [effectiveDate, setEffectiveDate] = useState('');
  const { abilities, state } = version;

  const run = async (action: PolicyVersionTransition['action'], date?: string) => {
    const current = prepare ? await prepare() : version.version;
    if (current === null) return;
    transition.mutate(
      { version: current, action, ...(date ? { effectiveDate: date } : {}) },
      {
        // No toast: the page reports it in place, and a toast would sit over the next button.
        onSuccess: (saved) => {
          setAsking(null);
          onTransitioned?.(saved, DONE[action]);
        },
        onError: (error) => {
          setAsking(null);
          notifyTransitionError(error);
        },
      },
    );
  };

  const approve = () => {
    if (version.effectiveDate) return void run('approve');
    setEffectiveDate('');
    setAsking('approve');
  };

  const confirmDiscard = () =>
    discard.mutate(version.version, {
      onSuccess: () => {
        setAsking(null);
        notifySuccess('Draft discarded', `Version ${version.label}`);
        void navigate({ to: '/policies/$policyId', params: { policyId: policyRef } });
      },
      onError: (error) => {
        setAsking(null);
        notifyTransitionError(error);
      },
    });

  const submitApproval = (event: FormEvent) => {
    event.preventDefault();
    if (effectiveDate) void run('approve', effectiveDate);
  };

  const busy = transition.isPending || discard.isPending;
  return (
    <>
      {abilities.discard && state === 'draft' ? (
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setAsking('discard')}
          disabled={busy}
        >
          Discard draft
        </Button>
      ) : null}
      {abilities.approve && state === 'in_review' ? (
        <>
          <Button
            variant="default"
            leftSection={<IconCornerUpLeft size={16} aria-hidden />}
            onClick={() => void run('reject')}
            loading={transition.isPending && transition.variables?.action === 'reject'}
            disabled={busy}
          >
            Send back
          </Button>
          <Button
            leftSection={<IconCheck size={16} aria-hidden />}
            onClick={approve}
            loading={transition.isPending && transition.variables?.action === 'approve'}
            disabled={busy}
          >
            Approve
          </Button>
        </>
      ) : null}
      {abilities.submit && state === 'draft' ? (
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={() => void run('submit')}
          loading={transition.isPending}
          disabled={busy}
        >
          Submit for review
        </Button>
      ) : null}
      {abilities.publish && state === 'approved' ? (
        <Button
          color="green"
          leftSection={<IconRocket size={16} aria-hidden />}
          onClick={() => setAsking('publish')}
          disabled={busy}
        >
          Make live
        </Button>
      ) : null}

      <Modal opened={asking === 'approve'} onClose={() => setAsking(null)} title={`Approve version ${version.label}`}>
        <form onSubmit={submitApproval} noValidate>
          <Stack>
            <Text size="sm">This version has no effective date yet. Set the date it takes effect once made live.</Text>
            <TextInput
              type="date"
              label="Effective date"
              required
              data-autofocus
              value={effectiveDate}
              onChange={(event) => setEffectiveDate(event.currentTarget.value)}
              w={200}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setAsking(null)} disabled={transition.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={transition.isPending} disabled={!effectiveDate}>
                Approve
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmModal
        opened={asking === 'publish'}
        onClose={() => setAsking(null)}
        onConfirm={() => void run('publish')}
        loading={transition.isPending}
        title={`Make version ${version.label} live?`}
        confirmLabel="Make live"
      >
        {version.effectiveDate
          ? `Version ${version.label} will be in force from ${formatIsoDate(version.effectiveDate)}. The version live until then stays in the history as superseded.`
          : `Version ${version.label} has no effective date; the server will refuse to publish it until one is set.`}
      </ConfirmModal>
      <ConfirmModal
        opened={asking === 'discard'}
        onClose={() => setAsking(null)}
        onConfirm={confirmDiscard}
        loading={discard.isPending}
        danger
        title={`Discard draft ${version.label}?`}
        confirmLabel="Discard draft"
      >
        The draft and its text are deleted. Published versions are not affected. The audit log keeps a record.
      </ConfirmModal>
    </>
  );
}
