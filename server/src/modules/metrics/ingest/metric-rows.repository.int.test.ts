import { afterEach, describe, expect, it } from 'vitest';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { inTransaction, queryBuilder } from '../../../db/scope.js';
import { createTestApp, DIALECTS, type TestApp } from '../../../test/test-app.js';
import { upsertMetricRows } from './metric-rows.repository.js';

function row(day: string, surface: string, actioned: number): MetricDailyTable {
  return {
    policy_id: 'p1',
    day,
    market_id: 'm1',
    surface_id: surface,
    detection: 'automated',
    version_id: null,
    actioned,
    user_reports: 1,
    views: 5_000_000_000,
    violating_views: 3,
    qa_sampled: 2,
    qa_correct: 1,
    appeals: 1,
    appeals_overturned: 0,
    proactive: 1,
    median_hours_to_action: 1.5,
    p90_hours_to_action: null,
    import_id: null,
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

describe.each(DIALECTS)('upsertMetricRows on %s', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('inserts, then replaces rows with the same key and counts each, across chunks', async () => {
    t = await createTestApp(dialect);
    const days = Array.from({ length: 2500 }, (_, i) =>
      new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );
    const first = days.map((d) => row(d, 's1', 1));
    expect(await inTransaction(t.database.scope, (trx) => upsertMetricRows(trx, dialect, first))).toEqual({
      inserted: 2500,
      replaced: 0,
    });
    const second = [...days.slice(0, 1200).map((d) => row(d, 's1', 7)), row(days[0]!, 's2', 9)];
    expect(await inTransaction(t.database.scope, (trx) => upsertMetricRows(trx, dialect, second))).toEqual({
      inserted: 1,
      replaced: 1200,
    });
    const db = queryBuilder(t.database.scope);
    const stored = await db
      .selectFrom('metric_daily')
      .select(['day', 'actioned', 'views'])
      .where('surface_id', '=', 's1')
      .orderBy('day')
      .execute();
    expect(stored).toHaveLength(2500);
    expect(stored[0]!.actioned).toBe(7);
    expect(stored[1199]!.actioned).toBe(7);
    expect(stored[1200]!.actioned).toBe(1);
    expect(Number(stored[0]!.views)).toBe(5_000_000_000);
  });
});
