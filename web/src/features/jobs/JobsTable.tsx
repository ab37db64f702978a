import { Badge, Button, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { Job } from '@policyops/contracts';
import { formatDateTime } from '../../lib/format';

export interface JobsTableProps {
  jobs: Job[];
  onRetry(job: Job): void;
  /** The job whose retry is on its way. */
  retrying: string | null;
}

function whenOf(job: Job): string {
  if (job.state === 'pending' && job.nextRunAt) return `Runs ${formatDateTime(job.nextRunAt)}`;
  if (job.completedAt) return `${job.state === 'failed' ? 'Failed' : 'Done'} ${formatDateTime(job.completedAt)}`;
  if (job.startedAt) return `Started ${formatDateTime(job.startedAt)}`;
  return `Sent ${formatDateTime(job.createdAt)}`;
}

/** Jobs with their attempts, timing and last error; a failed one has a Retry button. */
export function JobsTable({ jobs, onRetry, retrying }: JobsTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label="Background jobs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job</Table.Th>
            <Table.Th w={110}>Attempts</Table.Th>
            <Table.Th w={220}>When</Table.Th>
            <Table.Th>Last error</Table.Th>
            <Table.Th w={120}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id} data-job-id={job.id} data-state={job.state}>
              <Table.Td>
                <Stack gap={2}>
                  <Text fw={600} size="sm">
                    {job.name}
                  </Text>
                  {job.key ? (
                    <Text size="xs" c="dimmed">
                      Key {job.key}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={job.state === 'failed' ? 'red' : 'gray'}>
                  {job.attempts} of {job.maxAttempts}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{whenOf(job)}</Text>
              </Table.Td>
              <Table.Td>
                {job.lastError ? (
                  <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 160 }}>
                    {job.lastError}
                  </Code>
                ) : (
                  <Text size="sm" c="dimmed">
                    None
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {job.abilities.retry ? (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRefresh size={14} aria-hidden />}
                    loading={retrying === job.id}
                    onClick={() => onRetry(job)}
                    aria-label={`Retry ${job.name}`}
                  >
                    Retry
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
