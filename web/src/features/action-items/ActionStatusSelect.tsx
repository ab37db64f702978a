import { Select } from '@mantine/core';
import { ACTION_ITEM_STATUSES, ACTION_ITEM_STATUS_LABELS, type ActionItem } from '@policyops/contracts';
import { notifyError } from '../../lib/problem-feedback';
import { useChangeActionStatus } from './action-item-queries';

const OPTIONS = ACTION_ITEM_STATUSES.map((value) => ({ value, label: ACTION_ITEM_STATUS_LABELS[value] }));

/** Inline status change; shown read-only to those who may not change it (the server decides). */
export function ActionStatusSelect({ action }: { action: ActionItem }) {
  const change = useChangeActionStatus();
  return (
    <Select
      size="xs"
      w={140}
      data={OPTIONS}
      value={action.status}
      allowDeselect={false}
      disabled={!action.abilities.changeStatus || change.isPending}
      aria-label={`Status of ${action.title}`}
      onChange={(value) => {
        if (!value || value === action.status) return;
        change.mutate(
          { id: action.id, version: action.version, status: value as ActionItem['status'] },
          { onError: (error) => notifyError(error) },
        );
      }}
    />
  );
}
