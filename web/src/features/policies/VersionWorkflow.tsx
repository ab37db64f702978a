import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCornerUpLeft, IconRocket, IconSend, IconTrash } from '@tabler/icons-react';
import type { PolicyVersion, PolicyVersionTransition } from '@policyops/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { reviewKeys } from '../reviews';
import { ReviewDecisionModal, SubmitForReviewModal } from './ReviewDialogs';
import { formatIsoDate, todayIso } from './policy-labels';
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
  reject: 'Changes requested',
  publish: 'Made live',
};

type Asking = 'submit' | 'approve' | 'reject' | 'publish' | 'discard' | null;

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

/** What making a version live will do, in words: in force from its date, or scheduled until then. */
function publishText(version: PolicyVersion): string {
  const date = version.effectiveDate;
  if (!date)
    return `Version ${version.label} has no effective date; the server will refuse to publish it until one is set.`;
  if (date > todayIso())
    return `Version ${version.label} will be scheduled: it takes effect on ${formatIsoDate(date)}, and the version in force stays in force until then.`;
  return `Version ${version.label} will be in force from ${formatIsoDate(date)}. The version live until then stays in the history as superseded.`;
}

/**
 * Submit (naming reviewers), approve or request changes (with a comment), make live and discard,
 * each shown as the version's abilities allow.
 */
export function VersionWorkflow({ policyRef, version, prepare, onTransitioned }: VersionWorkflowProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const transition = useTransitionVersion(policyRef, version.id);
  const discard = useDiscardVersion(policyRef, version.id);
  const [asking, setAsking] = useState<Asking>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const { abilities, state } = version;

  const run = async (action: PolicyVersionTransition['action'], extra: Partial<PolicyVersionTransition> = {}) => {
    const current = prepare ? await prepare() : version.version;
    if (current === null) return;
    setFieldErrors({});
    transition.mutate(
      { version: current, action, ...extra },
      {
        // No toast: the page reports it in place, and a toast would sit over the next button.
        onSuccess: (saved) => {
          setAsking(null);
          void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
          onTransitioned?.(saved, DONE[action]);
        },
        onError: (error) => {
          // A refused comment or date stays in its dialog, next to the field at fault.
          if (isApiError(error) && error.is('VALIDATION_FAILED') && asking !== 'publish') {
            setFieldErrors(error.fieldErrors);
            if (Object.keys(error.fieldErrors).some((path) => path !== 'body.reviewerIds')) return;
          }
          setAsking(null);
          notifyTransitionError(error);
        },
      },
    );
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

  const close = () => {
    setAsking(null);
    setFieldErrors({});
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
            onClick={() => setAsking('reject')}
            disabled={busy}
          >
            Request changes
          </Button>
          <Button
            leftSection={<IconCheck size={16} aria-hidden />}
            onClick={() => setAsking('approve')}
            disabled={busy}
          >
            Approve
          </Button>
        </>
      ) : null}
      {abilities.submit && state === 'draft' ? (
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setAsking('submit')} disabled={busy}>
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

      <SubmitForReviewModal
        opened={asking === 'submit'}
        onClose={close}
        policyRef={policyRef}
        version={version}
        loading={transition.isPending}
        onSubmit={(reviewerIds) => void run('submit', { reviewerIds })}
      />
      <ReviewDecisionModal
        decision={asking === 'approve' || asking === 'reject' ? asking : null}
        onClose={close}
        version={version}
        loading={transition.isPending}
        fieldErrors={fieldErrors}
        onDecide={(decision, input) => void run(decision, input)}
      />
      <ConfirmModal
        opened={asking === 'publish'}
        onClose={close}
        onConfirm={() => void run('publish')}
        loading={transition.isPending}
        title={`Make version ${version.label} live?`}
        confirmLabel="Make live"
      >
        {publishText(version)}
      </ConfirmModal>
      <ConfirmModal
        opened={asking === 'discard'}
        onClose={close}
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
