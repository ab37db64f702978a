import { Button, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMail, IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { InvitationCreated } from '@policyops/contracts';
import { useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';
import { SecretModal } from '../../ui/SecretModal';
import { useCan } from '../auth';
import { DirectoryPanel } from './DirectoryPanel';
import { InvitationsPanel } from './InvitationsPanel';
import { InviteModal } from './InviteModal';

export type PeopleTab = 'directory' | 'invitations';

export interface PeopleWorkspaceProps {
  tab: PeopleTab;
  onTabChange: (tab: PeopleTab) => void;
}

/** The People page: directory for everyone; invitations and the invite flow for user managers. */
export function PeopleWorkspace({ tab, onTabChange }: PeopleWorkspaceProps) {
  const canManage = useCan('users.manage');
  const [inviteOpened, invite] = useDisclosure(false);
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const activeTab = canManage ? tab : 'directory';

  const header = (
    <PageHeader
      title="People"
      description="Everyone in the workspace: their role, their teams and when they last signed in."
      actions={
        canManage ? (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={invite.open}>
            Invite person
          </Button>
        ) : undefined
      }
    />
  );

  return (
    <>
      {header}
      {canManage ? (
        <Tabs
          value={activeTab}
          onChange={(value) => onTabChange((value as PeopleTab) ?? 'directory')}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="directory" leftSection={<IconUsers size={16} aria-hidden />}>
              Directory
            </Tabs.Tab>
            <Tabs.Tab value="invitations" leftSection={<IconMail size={16} aria-hidden />}>
              Invitations
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="directory">
            <DirectoryPanel onInvite={invite.open} />
          </Tabs.Panel>
          <Tabs.Panel value="invitations">
            <InvitationsPanel onInvite={invite.open} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <DirectoryPanel />
      )}
      {canManage ? (
        <InviteModal
          opened={inviteOpened}
          onClose={invite.close}
          onCreated={(result) => {
            invite.close();
            setCreated(result);
          }}
        />
      ) : null}
      {created ? (
        <SecretModal
          opened
          onClose={() => setCreated(null)}
          title="Invitation created"
          label="Invitation link"
          value={created.link}
          copyLabel="Copy link"
        >
          {created.emailQueued ? (
            <>
              We e-mailed the invitation to <strong>{created.invitation.email}</strong>. You can also copy the link and
              send it yourself.
            </>
          ) : (
            <>
              Mail is off: copy the link and send it yourself to <strong>{created.invitation.email}</strong>.
            </>
          )}{' '}
          It lets them join as the role you chose and stays valid until it expires or is used.
        </SecretModal>
      ) : null}
    </>
  );
}
