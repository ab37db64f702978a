import { Button } from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconArrowsDiff,
  IconChartLine,
  IconFilePlus,
  IconPencil,
} from '@tabler/icons-react';
import type { PolicyDetail } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ButtonLink } from '../../ui/router-links';
import { useCan } from '../auth';
import { PolicyFormModal } from './PolicyFormModal';
import { handlePolicyConflict, useUpdatePolicy } from './usePolicyMutations';
import { useCreateVersion } from './useVersionMutations';

export interface PolicyActionsProps {
  policy: PolicyDetail;
  /** Offer "Compare versions" (there are at least two). */
  canCompare: boolean;
}

/** The policy page's buttons, each shown as the caller's abilities allow. */
export function PolicyActions({ policy, canCompare }: PolicyActionsProps) {
  const navigate = useNavigate();
  const canReadMetrics = useCan('metrics.read');
  const [editing, setEditing] = useState(false);
  const [confirmingRetire, setConfirmingRetire] = useState(false);
  const createVersion = useCreateVersion(policy.slug);
  const update = useUpdatePolicy();
  const retired = policy.status === 'retired';
  // PATCH needs policies.manage; the contract also names retiring a publisher's call.
  const canRetire = policy.abilities.update && policy.abilities.publish;

  const newDraft = () =>
    createVersion.mutate(
      {},
      {
        onSuccess: (draft) =>
          void navigate({
            to: '/policies/$policyId/versions/$versionId',
            params: { policyId: policy.slug, versionId: draft.id },
          }),
        onError: (error) => notifyError(error),
      },
    );

  const toggleRetired = () =>
    update.mutate(
      { policyId: policy.id, changes: { version: policy.version, retired: !retired } },
      {
        onSuccess: (saved) => {
          notifySuccess(retired ? 'Policy restored' : 'Policy retired', saved.title);
          setConfirmingRetire(false);
        },
        onError: (error) => {
          setConfirmingRetire(false);
          if (!handlePolicyConflict(error)) notifyError(error);
        },
      },
    );

  return (
    <>
      {canReadMetrics ? (
        <ButtonLink
          to="/metrics/policies/$policyId"
          params={{ policyId: policy.slug }}
          variant="default"
          leftSection={<IconChartLine size={16} aria-hidden />}
        >
          Metrics
        </ButtonLink>
      ) : null}
      {canCompare ? (
        <Button
          variant="default"
          leftSection={<IconArrowsDiff size={16} aria-hidden />}
          onClick={() => void navigate({ to: '/policies/$policyId/diff', params: { policyId: policy.slug } })}
        >
          Compare versions
        </Button>
      ) : null}
      {policy.abilities.update ? (
        <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
          Edit details
        </Button>
      ) : null}
      {canRetire ? (
        <Button
          variant={retired ? 'default' : 'light'}
          color={retired ? undefined : 'red'}
          leftSection={retired ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
          onClick={() => setConfirmingRetire(true)}
        >
          {retired ? 'Restore' : 'Retire'}
        </Button>
      ) : null}
      {policy.abilities.draft ? (
        <Button
          leftSection={<IconFilePlus size={16} aria-hidden />}
          onClick={newDraft}
          loading={createVersion.isPending}
        >
          New draft
        </Button>
      ) : null}
      {editing ? (
        <PolicyFormModal
          opened
          policy={policy}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            if (saved.slug !== policy.slug) {
              void navigate({ to: '/policies/$policyId', params: { policyId: saved.slug }, replace: true });
            }
          }}
        />
      ) : null}
      <ConfirmModal
        opened={confirmingRetire}
        onClose={() => setConfirmingRetire(false)}
        onConfirm={toggleRetired}
        loading={update.isPending}
        danger={!retired}
        title={retired ? `Restore ${policy.title}?` : `Retire ${policy.title}?`}
        confirmLabel={retired ? 'Restore' : 'Retire'}
      >
        {retired
          ? 'The policy comes back to the library with its status taken from its versions, and drafting is possible again.'
          : 'The policy stays in the library, marked Retired, with all its versions. No new drafts can be started until it is restored.'}
      </ConfirmModal>
    </>
  );
}
