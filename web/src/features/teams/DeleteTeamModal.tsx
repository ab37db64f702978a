import type { Team } from '@policyops/contracts';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { handleTeamConflict, useDeleteTeam } from './useTeamMutations';

export interface DeleteTeamModalProps {
  team: Team | null;
  onClose: () => void;
  onDeleted?: () => void;
}

/** Confirms and deletes a team (DELETE ?version=). */
export function DeleteTeamModal({ team, onClose, onDeleted }: DeleteTeamModalProps) {
  const remove = useDeleteTeam();
  const confirm = () => {
    if (!team) return;
    remove.mutate(
      { teamId: team.id, version: team.version },
      {
        onSuccess: () => {
          notifySuccess('Team deleted', team.name);
          onClose();
          onDeleted?.();
        },
        onError: (error) => {
          if (!handleTeamConflict(error)) notifyError(error);
          onClose();
        },
      },
    );
  };
  return (
    <ConfirmModal
      opened={team !== null}
      onClose={onClose}
      onConfirm={confirm}
      loading={remove.isPending}
      danger
      title={`Delete ${team?.name ?? 'team'}?`}
      confirmLabel="Delete team"
    >
      The team and its memberships are removed. People stay in the workspace. The audit log keeps a record.
    </ConfirmModal>
  );
}
