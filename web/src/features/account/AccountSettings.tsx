import { Paper, Tabs } from '@mantine/core';
import { IconDevices, IconKey, IconLock, IconUser } from '@tabler/icons-react';
import { PageHeader } from '../../ui/PageHeader';
import { ApiTokensPanel } from './ApiTokensPanel';
import { NotificationEmailSettings } from './NotificationEmailSettings';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { SessionsPanel } from './SessionsPanel';

export type AccountTab = 'profile' | 'password' | 'sessions' | 'tokens';

export interface AccountSettingsProps {
  tab: AccountTab;
  onTabChange: (tab: AccountTab) => void;
}

/** Your account: profile, password, sessions and API tokens, one tab each. */
export function AccountSettings({ tab, onTabChange }: AccountSettingsProps) {
  return (
    <>
      <PageHeader title="Account" description="Your profile, password, where you are signed in, and API tokens." />
      <Tabs
        value={tab}
        onChange={(value) => onTabChange((value as AccountTab | null) ?? 'profile')}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile" leftSection={<IconUser size={16} aria-hidden />}>
            Profile
          </Tabs.Tab>
          <Tabs.Tab value="password" leftSection={<IconLock size={16} aria-hidden />}>
            Password
          </Tabs.Tab>
          <Tabs.Tab value="sessions" leftSection={<IconDevices size={16} aria-hidden />}>
            Sessions
          </Tabs.Tab>
          <Tabs.Tab value="tokens" leftSection={<IconKey size={16} aria-hidden />}>
            API tokens
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <Paper withBorder p="lg">
            <ProfileForm />
          </Paper>
          <Paper withBorder p="lg" mt="lg">
            <NotificationEmailSettings />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="password">
          <Paper withBorder p="lg">
            <PasswordForm />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="sessions">
          <SessionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <ApiTokensPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
