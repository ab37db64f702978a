import { afterEach, describe, expect, it } from 'vitest';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { inTransaction, queryBuilder } from '../../../db/scope.js';
import { createTestApp, DIALECTS, type TestApp } from '../../../test/test-app.js';
import { upsertMetricRows } from '../ingest/metric-rows.repository.js';
import { refreshRollups } from './metric-rollups.js';

function row(day: string, actioned: number, median: number | null, version: string | null = null): MetricDailyTable {
  return {
    policy_id: 'p1',
    day,
    market_id: 'm1',
    surface_id: 's1',
    detection: 'human',
    version_id: version,
    actioned,
    user_reports: 1,
    views: 1000,
    violating_views: 2,
    qa_sampled: 10,
    qa_correct: 9,
    appeals: 3,
    appeals_overturned: 1,
    proactive: 1,
    median_hours_to_action: median,
    p90_hours_to_action: null,
    import_id: null,
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

describe.each(DIALECTS)('refreshRollups on %s', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function write(rows: MetricDailyTable[], from: string, to: string) {
    await inTransaction(t.database.scope, async (trx) => {
      await upsertMetricRows(trx, dialect, rows);
      await refreshRollups(trx, dialect, { policyIds: ['p1'], from, to });
    });
  }

  async function rollups() {
    const rows = await queryBuilder(t.database.scope)
      .selectFrom('metric_rollups')
      .select(['grain', 'period', 'version_id', 'actioned', 'median_weight', 'median_weighted', 'p90_weight'])
      .orderBy('grain')
      .orderBy('period')
      .orderBy('version_id')
      .execute();
    return rows.map((r) => ({
      ...r,
      actioned: Number(r.actioned),
      median_weight: Number(r.median_weight),
      median_weighted: Number(r.median_weighted),
      p90_weight: Number(r.p90_weight),
    }));
  }

  it('sums ISO weeks (Monday first) and months, and a second write replaces the affected periods', async () => {
    t = await createTestApp(dialect);
    // 2026-03-01 is a Sunday (ISO week of Monday 2026-02-23); 2026-03-02 a Monday.
    await write(
      [
        row('2026-02-28', 2, 1),
        row('2026-03-01', 4, null),
        row('2026-03-02', 6, 3, 'v1'),
        row('2026-03-08', 1, 5, 'v1'),
      ],
      '2026-02-28',
      '2026-03-08',
    );
    const dayRows = [
      ['2026-02-28', 2, 2, 2],
      ['2026-03-01', 4, 0, 0],
      ['2026-03-02', 6, 6, 18],
      ['2026-03-08', 1, 1, 5],
    ].map(([period, actioned, weight, weighted]) => ({
      grain: 'day',
      period,
      version_id: '',
      actioned,
      median_weight: weight,
      median_weighted: weighted,
      p90_weight: 0,
    }));
    expect(await rollups()).toEqual([
      ...dayRows,
      {
        grain: 'month',
        period: '2026-02-01',
        version_id: '',
        actioned: 2,
        median_weight: 2,
        median_weighted: 2,
        p90_weight: 0,
      },
      {
        grain: 'month',
        period: '2026-03-01',
        version_id: '',
        actioned: 4,
        median_weight: 0,
        median_weighted: 0,
        p90_weight: 0,
      },
      {
        grain: 'month',
        period: '2026-03-01',
        version_id: 'v1',
        actioned: 7,
        median_weight: 7,
        median_weighted: 23,
        p90_weight: 0,
      },
      {
        grain: 'week',
        period: '2026-02-23',
        version_id: '',
        actioned: 6,
        median_weight: 2,
        median_weighted: 2,
        p90_weight: 0,
      },
      {
        grain: 'week',
        period: '2026-03-02',
        version_id: 'v1',
        actioned: 7,
        median_weight: 7,
        median_weighted: 23,
        p90_weight: 0,
      },
    ]);

    // Re-ingesting one day replaces its row; only the periods around it are rebuilt, from every stored day.
    await write([row('2026-03-08', 10, 2, 'v1')], '2026-03-08', '2026-03-08');
    const after = await rollups();
    expect(after.find((r) => r.grain === 'week' && r.period === '2026-03-02')).toMatchObject({
      actioned: 16,
      median_weight: 16,
      median_weighted: 38,
    });
    expect(after.find((r) => r.grain === 'month' && r.version_id === 'v1')).toMatchObject({ actioned: 16 });
    expect(after.find((r) => r.grain === 'week' && r.period === '2026-02-23')).toMatchObject({ actioned: 6 });
    expect(after.find((r) => r.grain === 'day' && r.period === '2026-03-08')).toMatchObject({ actioned: 10 });
    expect(after).toHaveLength(9);
  });
});
