import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { MetricImport, MetricImportFormat } from '@policyops/contracts';
import { IconFileTypeCsv, IconJson } from '@tabler/icons-react';
import { formatBytes, formatCount, STATE_COLORS, STATE_LABELS } from './import-labels';
import type { UploadProgress } from './upload-metric-file';

function ProgressLine({ label, value, running }: { label: string; value: number; running: boolean }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <Progress.Root size="lg" radius="sm">
      <Progress.Section value={percent} aria-label={label} striped={running} animated={running} />
    </Progress.Root>
  );
}

function FileLine({ fileName, format, bytes }: { fileName: string; format: MetricImportFormat; bytes: number }) {
  const Icon = format === 'csv' ? IconFileTypeCsv : IconJson;
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Icon size={22} aria-hidden style={{ flexShrink: 0 }} />
      <Text fw={600} truncate>
        {fileName}
      </Text>
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {format.toUpperCase()} · {formatBytes(bytes)}
      </Text>
    </Group>
  );
}

export interface UploadProgressCardProps {
  fileName: string;
  format: MetricImportFormat;
  progress: UploadProgress | null;
}

/**
 * The bytes on their way. Once all are sent the server reads the file before it answers (a small
 * file is imported within the request), which the bar shows as moving stripes.
 */
export function UploadProgressCard({ fileName, format, progress }: UploadProgressCardProps) {
  const total = progress?.total ?? 0;
  const loaded = progress?.loaded ?? 0;
  const fraction = total > 0 ? loaded / total : 0;
  const sent = total > 0 && loaded >= total;
  return (
    <Paper withBorder p="md" radius="md" data-testid="upload-progress">
      <Stack gap="xs">
        <FileLine fileName={fileName} format={format} bytes={total} />
        <ProgressLine label="Upload progress" value={sent ? 1 : fraction} running={sent} />
        <Text size="sm" c="dimmed">
          {sent
            ? 'Uploaded. Checking the rows…'
            : `Uploading: ${Math.round(fraction * 100)}% (${formatBytes(loaded)} of ${formatBytes(total)})`}
        </Text>
      </Stack>
    </Paper>
  );
}

const STEP_TEXT = {
  queued: 'Waiting for a worker to pick the file up.',
  validating: 'Checking every row before anything is written.',
  writing: 'All rows are valid. Writing them in one transaction.',
} as const;

/** An import running as a background job: its state and how far it is, from the polled record. */
export function JobProgressCard({ metricImport }: { metricImport: MetricImport }) {
  const state = metricImport.state as keyof typeof STEP_TEXT;
  const { fraction, rowsRead } = metricImport.progress;
  return (
    <Paper withBorder p="md" radius="md" data-testid="job-progress">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <FileLine
            fileName={metricImport.fileName ?? 'Ingest API file'}
            format={metricImport.format}
            bytes={metricImport.bytes}
          />
          <Badge color={STATE_COLORS[metricImport.state]} variant="light">
            {STATE_LABELS[metricImport.state]}
          </Badge>
        </Group>
        <ProgressLine label="Import progress" value={fraction} running />
        <Text size="sm">
          {Math.round(fraction * 100)}% · {formatCount(rowsRead)} rows checked
          {metricImport.rows !== null ? ` of ${formatCount(metricImport.rows)}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {STEP_TEXT[state] ?? ''} A large file runs as a background job: you may leave this page, and its result
          appears in the history below.
        </Text>
      </Stack>
    </Paper>
  );
}
