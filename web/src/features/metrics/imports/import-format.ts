import type { MetricImportFormat } from '@policyops/contracts';

/** What the file picker offers: the extensions the server reads, with their usual media types. */
export const METRIC_FILE_ACCEPT = '.csv,.ndjson,.jsonl,text/csv,application/x-ndjson';

const CONTENT_TYPES: Record<MetricImportFormat, string> = {
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
};

/**
 * The format of a metric file from its name. The extension decides rather than the browser's media
 * type, which is empty or "application/octet-stream" for .ndjson and .jsonl on most systems.
 */
export function inferMetricFormat(fileName: string): MetricImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  return null;
}

/** The Content-Type the upload sends, which tells the server how to read the body. */
export function contentTypeOf(format: MetricImportFormat): string {
  return CONTENT_TYPES[format];
}

/** Why a chosen file can't be uploaded, in words, or null when it can. */
export function fileProblemOf(file: { name: string; size: number }): string | null {
  if (!inferMetricFormat(file.name)) {
    return `${file.name} is not a .csv, .ndjson or .jsonl file. Save the metrics as CSV (like the template) or as one JSON object per line.`;
  }
  if (file.size === 0) return `${file.name} is empty. Add the header line and at least one row.`;
  return null;
}
