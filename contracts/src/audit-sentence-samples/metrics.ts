import type { AuditAction } from '../audit-actions.js';
import { id, POLICY, type Sample } from './fixtures.js';

const imported = {
  fileName: 'enforcement-2026-11.csv',
  format: 'csv',
  source: 'upload',
  rows: 12000,
  inserted: 11000,
  replaced: 1000,
  firstDay: '2026-11-01',
  lastDay: '2026-11-30',
  policies: 4,
} as const;
const analysis = {
  policyId: POLICY,
  versionId: id(95),
  versionLabel: '2.0',
  launchDate: '2026-10-01',
  design: 'difference_in_differences',
  significant: 2,
  metrics: 7,
} as const;

/** One sample event per audit action of policy metrics. */
export const METRICS_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'metric_import.completed': [
    {
      payload: { entityType: 'metric_import', after: imported },
      says: 'Priya Raman imported "enforcement-2026-11.csv": 12,000 rows for 2026-11-01 to 2026-11-30 (11,000 new rows, 1,000 replaced rows)',
    },
    {
      payload: {
        entityType: 'metric_import',
        after: { ...imported, fileName: null, source: 'api', format: 'ndjson', rows: 1, inserted: 1, replaced: 0 },
      },
      says: 'Priya Raman imported metric rows from the ingest API: 1 row for 2026-11-01 to 2026-11-30 (1 new row, 0 replaced rows)',
    },
  ],
  'impact_analysis.created': [
    {
      payload: { entityType: 'impact_analysis', after: analysis },
      says: 'Priya Raman ran the impact analysis of version 2.0 (launched 2026-10-01): 2 significant changes among 7 metrics',
    },
  ],
  'impact_analysis.deleted': [
    {
      payload: { entityType: 'impact_analysis', before: analysis },
      says: 'Priya Raman deleted the impact analysis of version 2.0 (launched 2026-10-01)',
    },
  ],
};
