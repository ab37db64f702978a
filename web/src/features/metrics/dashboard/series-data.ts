import type { MetricGrain, MetricLaunch, MetricSeriesPoint } from '@policyops/contracts';

/** The first day of the period a day falls in: itself, its ISO week's Monday or its month's 1st. */
export function periodStart(day: string, grain: MetricGrain): string {
  if (grain === 'day') return day;
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An axis tick: "Mar 2" for a day or week, "Mar 2026" for a month. */
export function periodLabel(period: string, grain: MetricGrain): string {
  const month = MONTHS[Number(period.slice(5, 7)) - 1] ?? period;
  return grain === 'month' ? `${month} ${period.slice(0, 4)}` : `${month} ${Number(period.slice(8, 10))}`;
}

/** "DE, FR" or "Global" or "14 markets": who a launch reached, short enough for a chart label. */
export function launchMarkets(markets: readonly string[]): string {
  if (markets.length === 0) return 'no market';
  // Global's date is the version's own: every market without a date of its own (regions and countries) came with it.
  if (markets.includes('GLOBAL')) return 'Global';
  if (markets.length <= 3) return markets.join(', ');
  return `${markets.length} markets`;
}

export interface LaunchMarker {
  /** The period on the x axis the marker stands at (the one the launch day falls in). */
  period: string;
  label: string;
  launches: MetricLaunch[];
}

/**
 * Where the launch markers go: at the period each launch day falls in, launches in the same period
 * sharing one line ("2.0 · DE, FR / 2.1 · Global"). A period without a point is not on the axis, so
 * its marker moves to the next period with data; a launch after the last point has none.
 */
export function launchMarkers(
  launches: readonly MetricLaunch[],
  points: readonly MetricSeriesPoint[],
  grain: MetricGrain,
): LaunchMarker[] {
  const periods = points.map((point) => point.period);
  const markers = new Map<string, LaunchMarker>();
  for (const launch of launches) {
    const start = periodStart(launch.effectiveDate, grain);
    const period = periods.find((candidate) => candidate >= start);
    if (!period) continue;
    const marker = markers.get(period) ?? { period, label: '', launches: [] };
    marker.launches.push(launch);
    marker.label = marker.launches.map((item) => `${item.label} · ${launchMarkets(item.markets)}`).join(' / ');
    markers.set(period, marker);
  }
  return [...markers.values()];
}

export interface SeriesChartRow {
  period: string;
  value: number | null;
  /** The 95% interval as recharts draws a band: [lower, upper]. */
  band: [number, number] | null;
  denominator: number | null;
}

export function seriesRows(points: readonly MetricSeriesPoint[]): SeriesChartRow[] {
  return points.map((point) => ({
    period: point.period,
    value: point.value,
    band: point.lower !== null && point.upper !== null ? [point.lower, point.upper] : null,
    denominator: point.denominator,
  }));
}
