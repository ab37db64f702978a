import type { MetricImport } from '@policyops/contracts';

/** An import record as the API returns it, for the tests of this folder. */
export function metricImportOf(overrides: Partial<MetricImport> = {}): MetricImport {
  return {
    id: '01JD0000000000000000000001',
    fileName: 'metrics.csv',
    format: 'csv',
    source: 'upload',
    state: 'completed',
    bytes: 2048,
    progress: { rowsRead: 120, rowsWritten: 120, fraction: 1 },
    rows: 120,
    inserted: 100,
    replaced: 20,
    firstDay: '2026-11-01',
    lastDay: '2026-11-30',
    problems: [],
    problemCount: 0,
    createdBy: { id: '01JD0000000000000000000009', name: 'Ada Admin' },
    createdAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:00:02.000Z',
    ...overrides,
  };
}
