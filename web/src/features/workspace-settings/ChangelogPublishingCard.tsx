import { Anchor, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from './useWorkspaceSettings';

/** Whether versions go on the public changelog by themselves when they go live. */
export function ChangelogPublishingCard() {
  const settings = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const data = settings.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="changelog-publishing-title">
      <Stack gap="sm">
        <Title order={2} id="changelog-publishing-title">
          Public changelog
        </Title>
        <Text size="sm" c="dimmed">
          The{' '}
          <Anchor href="/changelog" underline="always">
            public changelog
          </Anchor>{' '}
          shows, without signing in, what changed in each non-restricted policy and when it takes effect. Normally
          someone with publishing rights adds each version and writes its public summary.
        </Text>
        {settings.isPending ? (
          <Skeleton height={44} aria-label="Loading the setting" />
        ) : settings.isError ? (
          <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <>
            <Switch
              checked={data!.autoPublishChangelog}
              disabled={!data!.abilities.update || update.isPending}
              label="Publish automatically when a version goes live"
              description="Versions made live or scheduled go on the public changelog at once, with a neutral summary such as “Updated Hate Speech policy, effective 15 January 2027”. Internal change summaries are never published. Restricted policies never appear."
              onChange={(event) => {
                const on = event.currentTarget.checked;
                update.mutate(
                  { version: data!.version, autoPublishChangelog: on },
                  {
                    onSuccess: () =>
                      notifySuccess(on ? 'Automatic publication on' : 'Automatic publication off', 'Public changelog'),
                    onError: (error) => notifyError(error),
                  },
                );
              }}
            />
            {data!.updatedAt ? (
              <Text size="xs" c="dimmed">
                Last changed <RelativeTime value={data!.updatedAt} />
                {data!.updatedBy ? ` by ${data!.updatedBy.name}` : ''}.
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
