import { Paper, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPlay } from '@tabler/icons-react';
import type { Job, JobState } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { JobsTable } from './JobsTable';
import { useJobs, useRetryJob } from './useJobs';

const TABS: { state: JobState; label: string; empty: string }[] = [
  {
    state: 'failed',
    label: 'Failed',
    empty: 'No failed jobs. A job that runs out of attempts shows here with its error.',
  },
  { state: 'pending', label: 'Pending', empty: 'Nothing is waiting: every job has run.' },
  { state: 'completed', label: 'Completed', empty: 'No job has completed in the last week.' },
];

function JobsInState({ state, empty }: { state: JobState; empty: string }) {
  const jobs = useJobs(state);
  const retry = useRetryJob();
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  const onRetry = (job: Job) =>
    retry.mutate(job.id, {
      onSuccess: () =>
        notifications.show({ color: 'teal', title: 'Queued again', message: `${job.name} runs again shortly.` }),
      onError: (error) =>
        notifications.show({
          color: 'orange',
          title: 'Not retried',
          message: isApiError(error) ? (error.detail ?? error.title) : 'The job could not be retried.',
        }),
    });

  if (jobs.isPending) return <TableSkeleton label="Loading jobs" />;
  if (jobs.isError)
    return <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} retrying={jobs.isRefetching} />;
  if (items.length === 0)
    return <EmptyState icon={<IconClockPlay size={24} />} title={`No ${state} jobs`} description={empty} />;
  return (
    <>
      <JobsTable jobs={items} onRetry={onRetry} retrying={retry.isPending ? (retry.variables ?? null) : null} />
      <LoadMore
        hasMore={Boolean(jobs.hasNextPage)}
        loading={jobs.isFetchingNextPage}
        onLoadMore={() => void jobs.fetchNextPage()}
      />
    </>
  );
}

/** The admin jobs page: failed, pending and completed background jobs, with the last error and Retry. */
export function JobsList() {
  const [tab, setTab] = useState<JobState>('failed');
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Scheduled and retried work such as e-mail and the hourly clean-ups. A job that fails is retried with a growing delay; when it runs out of attempts it stays here with its last error."
      />
      <Paper withBorder p="md">
        <Tabs value={tab} onChange={(value) => value && setTab(value as JobState)} keepMounted={false}>
          <Tabs.List mb="md">
            {TABS.map(({ state, label }) => (
              <Tabs.Tab key={state} value={state}>
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TABS.map(({ state, empty }) => (
            <Tabs.Panel key={state} value={state}>
              <JobsInState state={state} empty={empty} />
            </Tabs.Panel>
          ))}
        </Tabs>
        <Text size="xs" c="dimmed" mt="sm">
          Completed jobs are kept for a week, failed ones for a month. Payloads are not shown: they may hold addresses
          or links.
        </Text>
      </Paper>
    </>
  );
}
