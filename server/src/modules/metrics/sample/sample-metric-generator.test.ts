import { describe, expect, it } from 'vitest';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { addDays } from '../statistics/day-of-week.js';
import { generateMarketSeries, type MarketEffect, type MarketSeriesSpec } from './sample-metric-generator.js';

const START = '2025-01-01';
const LAUNCH = addDays(START, 200);

function spec(slug: string, effects: MarketEffect[], seed = 7): MarketSeriesSpec {
  return {
    seed,
    policy: { id: `p-${slug}`, slug },
    market: { id: 'm-us', code: 'US', scale: 1 },
    surfaces: [
      { id: 's-feed', name: 'Feed videos' },
      { id: 's-live', name: 'LIVE' },
      { id: 's-comments', name: 'Comments' },
    ],
    start: START,
    days: 400,
    versionOn: (day) => (day >= LAUNCH ? 'v2' : 'v1'),
    effects,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

type Column = keyof MetricDailyTable;
/** Sum of a column over the 28 days before the launch or days 7..35 after it. */
function windowSum(rows: MetricDailyTable[], column: Column, window: 'pre' | 'post'): number {
  const [from, to] =
    window === 'pre' ? [addDays(LAUNCH, -28), addDays(LAUNCH, -1)] : [addDays(LAUNCH, 7), addDays(LAUNCH, 34)];
  return rows.filter((r) => r.day >= from && r.day <= to).reduce((sum, r) => sum + Number(r[column]), 0);
}
const ratio = (rows: MetricDailyTable[], numerator: Column, denominator: Column, window: 'pre' | 'post') =>
  windowSum(rows, numerator, window) / windowSum(rows, denominator, window);

describe('generateMarketSeries', () => {
  it('gives the same rows for the same seed and different ones for another', () => {
    const a = generateMarketSeries(spec('hate-speech', []));
    expect(generateMarketSeries(spec('hate-speech', []))).toEqual(a);
    expect(generateMarketSeries(spec('hate-speech', [], 8)).map((r) => r.actioned)).not.toEqual(
      a.map((r) => r.actioned),
    );
  });

  it('writes a row per day, surface and detection method with the version in force and consistent counts', () => {
    const rows = generateMarketSeries(spec('bullying-and-harassment', []));
    expect(rows).toHaveLength(400 * 3 * 2);
    expect(rows.find((r) => r.day === addDays(LAUNCH, -1))!.version_id).toBe('v1');
    expect(rows.find((r) => r.day === LAUNCH)!.version_id).toBe('v2');
    for (const r of rows) {
      expect(r.appeals).toBeLessThanOrEqual(r.actioned);
      expect(r.appeals_overturned).toBeLessThanOrEqual(r.appeals);
      expect(r.proactive).toBeLessThanOrEqual(r.actioned);
      expect(r.qa_correct).toBeLessThanOrEqual(r.qa_sampled);
      expect(Number(r.violating_views)).toBeLessThanOrEqual(Number(r.views));
      if (r.median_hours_to_action !== null)
        expect(r.p90_hours_to_action!).toBeGreaterThanOrEqual(r.median_hours_to_action);
    }
  });

  it('has platform-sized volumes: millions of views, QA 1–3% and appeals 3–8% of actioned', () => {
    const rows = generateMarketSeries(spec('hate-speech', []));
    const feedDay = rows.filter((r) => r.surface_id === 's-feed' && r.day === START);
    expect(feedDay.reduce((s, r) => s + Number(r.views), 0)).toBeGreaterThan(5_000_000);
    const actioned = rows.reduce((s, r) => s + r.actioned, 0);
    expect(rows.reduce((s, r) => s + r.qa_sampled, 0) / actioned).toBeGreaterThan(0.01);
    expect(rows.reduce((s, r) => s + r.qa_sampled, 0) / actioned).toBeLessThan(0.03);
    expect(rows.reduce((s, r) => s + r.appeals, 0) / actioned).toBeGreaterThan(0.03);
    expect(rows.reduce((s, r) => s + r.appeals, 0) / actioned).toBeLessThan(0.08);
  });

  it('has more views at the weekend than on weekdays', () => {
    const rows = generateMarketSeries(spec('hate-speech', []));
    const meanViews = (weekend: boolean) => {
      const picked = rows.filter((r) => [0, 6].includes(new Date(`${r.day}T00:00:00Z`).getUTCDay()) === weekend);
      return picked.reduce((s, r) => s + Number(r.views), 0) / picked.length;
    };
    expect(meanViews(true) / meanViews(false)).toBeGreaterThan(1.05);
  });

  it('shifts a planted rate from the launch on, and nothing moves without an effect', () => {
    const effect: MarketEffect = { metric: 'overturn_rate', change: -0.22, from: LAUNCH };
    const planted = generateMarketSeries(spec('bullying-and-harassment', [effect]));
    const change =
      ratio(planted, 'appeals_overturned', 'appeals', 'post') / ratio(planted, 'appeals_overturned', 'appeals', 'pre');
    expect(change).toBeGreaterThan(0.68);
    expect(change).toBeLessThan(0.88);
    const flat = generateMarketSeries(spec('regulated-goods', []));
    const none =
      ratio(flat, 'appeals_overturned', 'appeals', 'post') / ratio(flat, 'appeals_overturned', 'appeals', 'pre');
    expect(Math.abs(none - 1)).toBeLessThan(0.1);
  });

  it('raises actioned volume and cuts hours to action by the planted amounts', () => {
    const effects: MarketEffect[] = [
      { metric: 'actioned', change: 0.2, from: LAUNCH },
      { metric: 'median_hours_to_action', change: -0.15, from: LAUNCH },
    ];
    const rows = generateMarketSeries(spec('harmful-misinformation', effects));
    const actioned = windowSum(rows, 'actioned', 'post') / windowSum(rows, 'actioned', 'pre');
    expect(actioned).toBeGreaterThan(1.1);
    expect(actioned).toBeLessThan(1.3);
    const human = rows.filter((r) => r.detection === 'human');
    const hours =
      windowSum(human, 'median_hours_to_action', 'post') / windowSum(human, 'median_hours_to_action', 'pre');
    expect(hours).toBeGreaterThan(0.75);
    expect(hours).toBeLessThan(0.95);
  });
});
