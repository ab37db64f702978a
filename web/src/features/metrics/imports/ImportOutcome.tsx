import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MetricImport } from '@policyops/contracts';
import { IconChartLine, IconCircleCheck, IconRefresh, IconServerOff } from '@tabler/icons-react';
import { formatDate } from '../../../lib/format';
import { ButtonLink } from '../../../ui/router-links';
import { JobProgressCard } from './ImportProgress';
import { daysCovered, formatCount } from './import-labels';
import { ValidationReport } from './ValidationReport';

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Stack>
  );
}

function Completed({ metricImport }: { metricImport: MetricImport }) {
  const days = daysCovered(metricImport.firstDay, metricImport.lastDay);
  const range =
    metricImport.firstDay && metricImport.lastDay
      ? `${formatDate(metricImport.firstDay)} – ${formatDate(metricImport.lastDay)}`
      : undefined;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} aria-hidden />}
      title={`Imported ${metricImport.fileName ?? 'the file'}`}
      data-testid="import-completed"
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Figure label="Rows" value={formatCount(metricImport.rows)} />
          <Figure label="New" value={formatCount(metricImport.inserted)} />
          <Figure label="Replaced" value={formatCount(metricImport.replaced)} hint="Same day and key as before" />
          <Figure label="Days covered" value={formatCount(days)} hint={range} />
        </SimpleGrid>
        <Text size="sm">
          Each row was matched to the policy version in force that day in its market. Sending the same days again
          replaces them.
        </Text>
        <Group>
          <ButtonLink to="/metrics" variant="light" color="teal" leftSection={<IconChartLine size={16} aria-hidden />}>
            Open the metrics dashboards
          </ButtonLink>
        </Group>
      </Stack>
    </Alert>
  );
}

function Failed({ metricImport, onRetry }: { metricImport: MetricImport; onRetry?: () => void }) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconServerOff size={18} aria-hidden />}
      title={`The import of ${metricImport.fileName ?? 'the file'} failed`}
      role="alert"
      data-testid="import-failed"
    >
      <Stack gap="xs">
        <Text size="sm">
          The server stopped before the rows were written, so nothing was written and the metrics are as they were. The
          file itself was not found at fault: upload it again. If it fails again, quote the import id{' '}
          <code>{metricImport.id}</code> to your administrator.
        </Text>
        {onRetry ? (
          <Group>
            <Button size="xs" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
              Upload the file again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

export interface ImportOutcomeProps {
  metricImport: MetricImport;
  /** Sends the same file again (only when it is still at hand). */
  onRetry?: () => void;
}

/** Where an import stands: its job's progress, its counts, its validation report or its failure. */
export function ImportOutcome({ metricImport, onRetry }: ImportOutcomeProps) {
  switch (metricImport.state) {
    case 'completed':
      return <Completed metricImport={metricImport} />;
    case 'rejected':
      return (
        <ValidationReport
          fileName={metricImport.fileName}
          problems={metricImport.problems}
          problemCount={metricImport.problemCount}
        />
      );
    case 'failed':
      return <Failed metricImport={metricImport} onRetry={onRetry} />;
    default:
      return <JobProgressCard metricImport={metricImport} />;
  }
}
