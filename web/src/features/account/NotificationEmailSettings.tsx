import { Alert, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { useNotificationSettings, useUpdateNotificationSettings } from './useNotificationSettings';

/** Whether your inbox notifications also reach you by e-mail: off unless you switch it on. */
export function NotificationEmailSettings() {
  const settings = useNotificationSettings();
  const update = useUpdateNotificationSettings();

  if (settings.isPending) return <Loader size="sm" aria-label="Loading notification settings" />;
  if (settings.isError) {
    return (
      <Alert color="red" title="Could not load your notification settings">
        Reload the page to try again.
      </Alert>
    );
  }
  const { email, mailEnabled, version } = settings.data;

  const toggle = (on: boolean) =>
    update.mutate(
      { email: on ? 'each' : 'off', version },
      {
        onSuccess: () => notifySuccess(on ? 'Notifications will be e-mailed to you' : 'Notification e-mails off'),
        onError: (error) => {
          if (isApiError(error) && error.is('VERSION_CONFLICT')) {
            notifications.show({
              color: 'orange',
              title: 'Your notification settings changed elsewhere; reloaded',
              message: 'Check the switch and change it again if needed.',
            });
            return;
          }
          notifyError(error, 'Could not save your notification settings');
        },
      },
    );

  return (
    <Stack gap="xs" maw={480}>
      <Title order={2} size="h4">
        Notifications
      </Title>
      <Switch
        label="E-mail me my notifications"
        description="One e-mail for each notification in your inbox, with a link to the record."
        checked={email === 'each'}
        disabled={update.isPending}
        onChange={(event) => toggle(event.currentTarget.checked)}
      />
      {!mailEnabled && (
        <Text size="sm" c="dimmed" role="status">
          Mail is off on this server: nothing is e-mailed until an admin sets it up. Your choice is kept.
        </Text>
      )}
    </Stack>
  );
}
