import {
  METRIC_DEFINITIONS,
  METRIC_KEYS,
  type ImpactSeries,
  type MetricCountColumn,
  type MetricKey,
  type RateDefinition,
  type TimeDefinition,
} from '@policyops/contracts';
import type { DailyCounts, DailyMedian, MetricInput } from '../statistics/index.js';
import type { CellDayRow } from './impact.repository.js';

type CountField = Exclude<keyof CellDayRow, 'day' | 'marketId' | 'surfaceId'>;

// The counts a rate reads (user reports are a volume only, so the repository does not sum them).
const COUNT_FIELD: Record<Exclude<MetricCountColumn, 'user_reports'>, CountField> = {
  actioned: 'actioned',
  views: 'views',
  violating_views: 'violatingViews',
  qa_sampled: 'qaSampled',
  qa_correct: 'qaCorrect',
  appeals: 'appeals',
  appeals_overturned: 'appealsOverturned',
  proactive: 'proactive',
};

/** The figures an impact analysis reads: every rate and time of METRIC_DEFINITIONS (volumes are not). */
export const ANALYSED_METRICS = METRIC_KEYS.filter((k) => METRIC_DEFINITIONS[k].kind !== 'volume') as MetricKey[];

export type CellFilter = (row: CellDayRow) => boolean;

interface DayTotals {
  counts: Record<CountField, number>;
}

function totalsByDay(rows: readonly CellDayRow[], keep: CellFilter): Map<string, DayTotals> {
  const byDay = new Map<string, DayTotals>();
  for (const row of rows) {
    if (!keep(row)) continue;
    let t = byDay.get(row.day);
    if (!t) {
      t = {
        counts: {
          actioned: 0,
          views: 0,
          violatingViews: 0,
          qaSampled: 0,
          qaCorrect: 0,
          appeals: 0,
          appealsOverturned: 0,
          proactive: 0,
          medianWeighted: 0,
          p90Weighted: 0,
          timeWeight: 0,
        },
      };
      byDay.set(row.day, t);
    }
    for (const field of Object.keys(t.counts) as CountField[]) t.counts[field] += row[field];
  }
  return byDay;
}

function fieldOf(column: MetricCountColumn): CountField {
  if (column === 'user_reports') throw new Error('No rate is read from user reports');
  return COUNT_FIELD[column];
}

function rateDays(byDay: Map<string, DayTotals>, def: RateDefinition): DailyCounts[] {
  const numerator = fieldOf(def.numerator);
  const denominator = fieldOf(def.denominator);
  return [...byDay].map(([date, t]) => ({ date, numerator: t.counts[numerator], denominator: t.counts[denominator] }));
}

/**
 * A day's time over several rows is the actioned-weighted mean of their daily medians (exact medians
 * cannot be rebuilt from daily aggregates, see METRIC_DEFINITIONS); days without a reported time drop out.
 */
function timeDays(byDay: Map<string, DayTotals>, def: TimeDefinition): DailyMedian[] {
  const weighted = def.column === 'median_hours_to_action' ? 'medianWeighted' : 'p90Weighted';
  return [...byDay]
    .filter(([, t]) => t.counts.timeWeight > 0)
    .map(([date, t]) => ({
      date,
      median: t.counts[weighted] / t.counts.timeWeight,
      count: t.counts.timeWeight,
    }));
}

/** The statistics input of each analysed figure: the treated cells' days, and the control's when there is one. */
export function metricInputs(rows: readonly CellDayRow[], treated: CellFilter, control: CellFilter | null) {
  const treatedDays = totalsByDay(rows, treated);
  const controlDays = control ? totalsByDay(rows, control) : null;
  return ANALYSED_METRICS.map((key): MetricInput => {
    const def = METRIC_DEFINITIONS[key];
    if (def.kind === 'rate') {
      return {
        kind: 'proportion',
        key,
        label: def.label,
        unit: def.unit === 'per10k' ? 'per10k' : 'points',
        days: rateDays(treatedDays, def),
        ...(controlDays ? { control: rateDays(controlDays, def) } : {}),
      };
    }
    const time = def as TimeDefinition;
    return {
      kind: 'median',
      key,
      label: time.label,
      unit: 'hours',
      days: timeDays(treatedDays, time),
      ...(controlDays ? { control: timeDays(controlDays, time) } : {}),
    };
  });
}

function valueOf(metric: MetricInput, scale: number, row: DailyCounts | DailyMedian | undefined): number | null {
  if (!row) return null;
  if (metric.kind === 'median') return (row as DailyMedian).median;
  const r = row as DailyCounts;
  return r.denominator > 0 ? (r.numerator / r.denominator) * scale : null;
}

/** Every day from `from` to `to` with the treated and control values in display units, for a chart. */
export function seriesOf(metrics: readonly MetricInput[], dates: readonly string[]): ImpactSeries[] {
  return metrics.map((metric) => {
    const scale = metric.kind === 'median' ? 1 : metric.unit === 'per10k' ? 10_000 : 100;
    const treated = new Map<string, DailyCounts | DailyMedian>(metric.days.map((d) => [d.date, d]));
    const control = new Map<string, DailyCounts | DailyMedian>((metric.control ?? []).map((d) => [d.date, d]));
    return {
      key: metric.key as MetricKey,
      unit: metric.kind === 'median' ? metric.unit : metric.unit === 'per10k' ? 'per10k' : 'percent',
      points: dates.map((date) => ({
        date,
        treated: valueOf(metric, scale, treated.get(date)),
        control: metric.control ? valueOf(metric, scale, control.get(date)) : null,
      })),
    };
  });
}
