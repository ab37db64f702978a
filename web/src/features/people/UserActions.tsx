import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDots, IconUserCheck, IconUserCog, IconUserOff } from '@tabler/icons-react';
import type { User } from '@policyops/contracts';
import { notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ChangeRoleModal } from './ChangeRoleModal';
import { useUpdateUser } from './useUpdateUser';

export interface UserActionsProps {
  user: User;
  /** A "⋯" menu for table rows, or buttons for the profile page. */
  variant: 'menu' | 'buttons';
}

/** Change role and deactivate/reactivate, offered as the user's `abilities` allow. */
export function UserActions({ user, variant }: UserActionsProps) {
  const [roleOpened, roleModal] = useDisclosure(false);
  const [statusOpened, statusModal] = useDisclosure(false);
  const update = useUpdateUser();
  const { update: canUpdate, deactivate: canDeactivate } = user.abilities;
  if (!canUpdate && !canDeactivate) return null;

  const deactivating = user.status === 'active';
  const statusLabel = deactivating ? 'Deactivate' : 'Reactivate';
  const StatusIcon = deactivating ? IconUserOff : IconUserCheck;

  const changeStatus = () =>
    update.mutate(
      { userId: user.id, changes: { version: user.version, status: deactivating ? 'deactivated' : 'active' } },
      {
        onSuccess: () => {
          notifySuccess(deactivating ? 'Person deactivated' : 'Person reactivated', user.name);
          statusModal.close();
        },
        onError: statusModal.close,
      },
    );

  return (
    <>
      {variant === 'menu' ? (
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {canUpdate ? (
              <Menu.Item leftSection={<IconUserCog size={16} aria-hidden />} onClick={roleModal.open}>
                Change role…
              </Menu.Item>
            ) : null}
            {canDeactivate ? (
              <Menu.Item
                color={deactivating ? 'red' : undefined}
                leftSection={<StatusIcon size={16} aria-hidden />}
                onClick={statusModal.open}
              >
                {statusLabel}…
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : (
        <Group gap="xs">
          {canUpdate ? (
            <Button variant="default" leftSection={<IconUserCog size={16} aria-hidden />} onClick={roleModal.open}>
              Change role
            </Button>
          ) : null}
          {canDeactivate ? (
            <Button
              variant={deactivating ? 'light' : 'default'}
              color={deactivating ? 'red' : undefined}
              leftSection={<StatusIcon size={16} aria-hidden />}
              onClick={statusModal.open}
            >
              {statusLabel}
            </Button>
          ) : null}
        </Group>
      )}
      {roleOpened ? <ChangeRoleModal user={user} opened={roleOpened} onClose={roleModal.close} /> : null}
      <ConfirmModal
        opened={statusOpened}
        onClose={statusModal.close}
        onConfirm={changeStatus}
        loading={update.isPending}
        danger={deactivating}
        title={`${statusLabel} ${user.name}?`}
        confirmLabel={statusLabel}
      >
        {deactivating
          ? `${user.name} will no longer be able to sign in. Their history stays, and you can reactivate them later.`
          : `${user.name} will be able to sign in again with their existing password.`}
      </ConfirmModal>
    </>
  );
}
