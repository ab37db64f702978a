import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { ROLES, ROLE_LABELS } from '@policyops/contracts';
import type { Role, User } from '@policyops/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { notifySuccess } from '../../lib/problem-feedback';
import { useUpdateUser } from './useUpdateUser';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export interface ChangeRoleModalProps {
  user: User;
  opened: boolean;
  onClose: () => void;
}

/** Picks a new role for a person; sends the version it read. */
export function ChangeRoleModal({ user, opened, onClose }: ChangeRoleModalProps) {
  const [role, setRole] = useState<Role>(user.role);
  const update = useUpdateUser();

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (role === user.role) return onClose();
    update.mutate(
      { userId: user.id, changes: { version: user.version, role } },
      {
        onSuccess: () => {
          notifySuccess('Role changed', `${user.name} is now ${ROLE_LABELS[role]}.`);
          onClose();
        },
        onError: onClose,
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Access for ${user.name}`}>
      <form onSubmit={save}>
        <Stack>
          <Text size="sm">The role decides what {user.name} can see and change across the workspace.</Text>
          <Select
            label="Role"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(value) => value && setRole(value as Role)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={role === user.role}>
              Save role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
