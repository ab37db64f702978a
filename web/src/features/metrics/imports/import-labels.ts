import type { FieldError, MetricImport, MetricImportProblem, MetricImportState } from '@policyops/contracts';

export const STATE_LABELS: Record<MetricImportState, string> = {
  queued: 'Queued',
  validating: 'Checking rows',
  writing: 'Writing',
  completed: 'Completed',
  rejected: 'Rejected',
  failed: 'Failed',
};

export const STATE_COLORS: Record<MetricImportState, string> = {
  queued: 'gray',
  validating: 'blue',
  writing: 'blue',
  completed: 'teal',
  rejected: 'red',
  failed: 'orange',
};

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** "2.4 MB": file sizes in the history and the upload bar. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

const count = new Intl.NumberFormat('en-US');

/** "12,480": row counts. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : count.format(value);
}

/** Days from the first to the last day of the file, both included; null before the file was read. */
export function daysCovered(firstDay: string | null, lastDay: string | null): number | null {
  if (!firstDay || !lastDay) return null;
  const days = (Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) ? Math.round(days) + 1 : null;
}

/**
 * The validation report of a refusal that came back as field errors only (`body.qa_correct` at
 * line 7), in the shape of an import's own report.
 */
export function problemsOfErrors(errors: readonly FieldError[]): MetricImportProblem[] {
  return errors.map((error) => ({
    line: error.line ?? 0,
    field: error.path.startsWith('body.') ? error.path.slice('body.'.length) : null,
    message: error.message,
  }));
}

/** The sentence a screen reader hears when the import's state changes. */
export function outcomeAnnouncement(metricImport: MetricImport): string {
  const name = metricImport.fileName ?? 'The file';
  switch (metricImport.state) {
    case 'completed':
      return `${name} imported: ${formatCount(metricImport.rows)} rows.`;
    case 'rejected':
      return `${name} rejected: ${formatCount(metricImport.problemCount)} problems. Nothing was written.`;
    case 'failed':
      return `The import of ${name} failed. Nothing was written.`;
    default:
      return `${name} is being imported as a background job.`;
  }
}
