import type { ImpactMetricResult, ImpactReport, ImpactSeries, MetricKey } from '@policyops/contracts';
import { METRIC_DEFINITIONS } from '@policyops/contracts';

const MINUS = '\u2212';

/** A number with a proper minus sign and fixed decimals; an en dash when there is none. */
export function formatNumber(value: number | null, decimals = 2, signed = false): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  if (value < 0) return `${MINUS}${text}`;
  return signed ? `+${text}` : text;
}

/** p-values as reviewers read them: three decimals, "< 0.001" below that. */
export function formatP(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return value < 0.001 ? '< 0.001' : value.toFixed(3);
}

/** The unit after a level (before/after) and after a change (estimate). */
export function unitLabels(unit: string): { level: string; change: string } {
  if (unit === 'points' || unit === 'percent') return { level: '%', change: ' pts' };
  if (unit === 'per10k') return { level: ' per 10k', change: ' per 10k' };
  return { level: ` ${unit}`, change: ` ${unit}` };
}

export type NewsTone = 'good' | 'bad' | 'neutral' | 'unknown';

/**
 * Whether a result is good or bad news, from the figure's definition (a fall in overturns is good,
 * a fall in accuracy bad). Shown as words and an icon as well as colour.
 */
export function newsOf(metric: Pick<ImpactMetricResult, 'key' | 'verdict'>): { tone: NewsTone; label: string } {
  if (metric.verdict === 'insufficient_data') return { tone: 'unknown', label: 'Insufficient data' };
  if (metric.verdict === 'no_significant_change') return { tone: 'neutral', label: 'No significant change' };
  const higherIsBetter = METRIC_DEFINITIONS[metric.key].higherIsBetter;
  const rose = metric.verdict === 'increase';
  const direction = rose ? 'Rose' : 'Fell';
  if (higherIsBetter === null) return { tone: 'neutral', label: direction };
  const good = rose === higherIsBetter;
  return { tone: good ? 'good' : 'bad', label: `${direction} — ${good ? 'good news' : 'bad news'}` };
}

/** The design badge: "Difference-in-differences vs DE" or "Interrupted time series — observational". */
export function designBadge(report: Pick<ImpactReport, 'design' | 'control'>): string {
  if (report.design === 'difference_in_differences') {
    const codes = report.control?.rule === 'markets_not_in_force' ? report.control.markets.map((m) => m.code) : null;
    return `Difference-in-differences vs ${codes ? codes.join(', ') : 'grid cells where the policy does not apply'}`;
  }
  if (report.design === 'interrupted_time_series') return 'Interrupted time series — observational';
  return 'Before/after — observational';
}

export function definitionOf(key: MetricKey): string {
  return METRIC_DEFINITIONS[key].definition;
}

export type ImpactPhase = 'pre' | 'ramp-up' | 'post';

export interface ImpactChartRow {
  date: string;
  phase: ImpactPhase;
  treated: number | null;
  control: number | null;
}

/** Each day of the chart with the window it falls in, as the CSV and the table alternative give it. */
export function chartRowsOf(series: ImpactSeries, windows: ImpactReport['windows']): ImpactChartRow[] {
  const phase = (date: string): ImpactPhase =>
    date >= windows.pre.start && date <= windows.pre.end
      ? 'pre'
      : date >= windows.post.start && date <= windows.post.end
        ? 'post'
        : 'ramp-up';
  return series.points.map((p) => ({ date: p.date, phase: phase(p.date), treated: p.treated, control: p.control }));
}
