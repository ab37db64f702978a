import type { MetricSeriesPoint } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { launchMarkers, launchMarkets, periodLabel, periodStart, seriesRows } from './series-data';

const point = (period: string, value: number | null = 1): MetricSeriesPoint => ({
  period,
  value,
  lower: value === null ? null : value - 0.5,
  upper: value === null ? null : value + 0.5,
  numerator: 1,
  denominator: 10,
});
const launch = (label: string, effectiveDate: string, markets: string[]) => ({
  versionId: `v-${label}`,
  label,
  effectiveDate,
  markets,
});

describe('series periods', () => {
  it('finds the period a day falls in', () => {
    expect(periodStart('2026-03-04', 'day')).toBe('2026-03-04');
    expect(periodStart('2026-03-04', 'week')).toBe('2026-03-02');
    expect(periodStart('2026-03-08', 'week')).toBe('2026-03-02');
    expect(periodStart('2026-03-02', 'week')).toBe('2026-03-02');
    expect(periodStart('2026-03-04', 'month')).toBe('2026-03-01');
    expect(periodLabel('2026-03-02', 'week')).toBe('Mar 2');
    expect(periodLabel('2026-03-01', 'month')).toBe('Mar 2026');
  });
});

describe('launch markers', () => {
  const points = ['2026-02-23', '2026-03-02', '2026-03-16'].map((period) => point(period));

  it('puts each launch at its week, merging launches of the same week and moving gaps to the next week', () => {
    const markers = launchMarkers(
      [
        launch('2.0', '2026-03-03', ['DE', 'FR']),
        launch('2.1', '2026-03-05', ['GLOBAL']),
        launch('2.2', '2026-03-10', ['DE', 'FR', 'ES', 'IT']),
        launch('3.0', '2026-04-01', ['GLOBAL']),
      ],
      points,
      'week',
    );
    expect(markers.map(({ period, label }) => ({ period, label }))).toEqual([
      { period: '2026-03-02', label: '2.0 · DE, FR / 2.1 · Global' },
      { period: '2026-03-16', label: '2.2 · 4 markets' },
    ]);
    expect(launchMarkets([])).toBe('no market');
    expect(launchMarkets(['GLOBAL', 'EU', 'DE', 'FR'])).toBe('Global');
  });

  it('gives the chart its band only where there is an interval', () => {
    expect(seriesRows([point('2026-03-02', 4), point('2026-03-09', null)])).toEqual([
      { period: '2026-03-02', value: 4, band: [3.5, 4.5], denominator: 10 },
      { period: '2026-03-09', value: null, band: null, denominator: 10 },
    ]);
  });
});
