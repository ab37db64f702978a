import { METRIC_COLUMNS } from '@policyops/contracts';
import { addDays } from './clock.js';
import type { ApiSession } from './api-session.js';

/** What GET /api/metrics/policies/{policy}/launches says of one launch (the fields the journey reads). */
export interface MetricLaunchSummary {
  versionId: string;
  label: string;
  launchDate: string;
  coverage: { preDays: number; postDays: number; windowDays: number; covered: boolean };
}

/**
 * The latest launch of a policy with metric data on both sides of it (the one the dashboard's newest impact link
 * opens). Throws when the policy has none, e.g. a workspace whose sample was loaded without metrics.
 */
export async function latestAnalysableLaunch(session: ApiSession, policySlug: string): Promise<MetricLaunchSummary> {
  const { items } = await session.get<{ items: MetricLaunchSummary[] }>(`/api/metrics/policies/${policySlug}/launches`);
  const covered = items.filter((launch) => launch.coverage.covered);
  const latest = covered.sort((a, b) => a.launchDate.localeCompare(b.launchDate)).at(-1);
  if (!latest) throw new Error(`${policySlug} has no launch with metric data before and after it`);
  return latest;
}

export interface MetricFileInput {
  /** A sample policy's slug, e.g. adult-nudity. */
  policy: string;
  /** Market codes of the applicability grid, e.g. DE. */
  markets: readonly string[];
  /** Surface names of the grid, e.g. LIVE. */
  surfaces: readonly string[];
  /** The days the file covers, YYYY-MM-DD. */
  days: readonly string[];
}

/**
 * The days of the journey's file: before the sample's two years (730 days up to yesterday), so the file adds days of
 * its own rather than replacing sample figures that dashboards and impact analyses read.
 */
export function daysBeforeTheSample(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(today, -1000 + i));
}

/** One plausible day of figures; `index` varies them a little so rows are not all alike. */
function cellsOf(index: number): Record<string, string> {
  const actioned = 400 + 17 * index;
  const views = 900_000 + 1_000 * index;
  const qaSampled = 20 + (index % 5);
  return {
    actioned: String(actioned),
    user_reports: String(120 + index),
    views: String(views),
    violating_views: String(300 + index),
    qa_sampled: String(qaSampled),
    qa_correct: String(qaSampled - 2),
    appeals: String(30 + (index % 7)),
    appeals_overturned: String(4 + (index % 3)),
    proactive: String(Math.round(actioned * 0.6)),
    median_hours_to_action: (1.5 + index / 10).toFixed(1),
    p90_hours_to_action: (6 + index / 5).toFixed(1),
  };
}

type CsvRow = Record<string, string>;

/** A CSV file as the template has it: header, then a row per day x market x surface x detection method. */
export class MetricCsv {
  private constructor(private readonly rows: readonly CsvRow[]) {}

  static of(input: MetricFileInput): MetricCsv {
    const keys = input.days.flatMap((date) =>
      input.markets.flatMap((market) =>
        input.surfaces.flatMap((surface) =>
          (['automated', 'human'] as const).map((detection) => ({
            date,
            policy: input.policy,
            market,
            surface,
            detection,
          })),
        ),
      ),
    );
    return new MetricCsv(keys.map((key, index) => ({ ...key, ...cellsOf(index) })));
  }

  /** Rows of figures (the header not counted). */
  get rowCount(): number {
    return this.rows.length;
  }

  /**
   * The same file with one row broken: more QA-correct decisions than were QA-sampled on `line` (the header is
   * line 1, so line 3 is the second row).
   */
  withQaCorrectAboveSampled(line: number): MetricCsv {
    if (line < 2 || line > this.rows.length + 1) throw new Error(`The file has no row on line ${line}`);
    return new MetricCsv(
      this.rows.map((row, index) =>
        index === line - 2 ? { ...row, qa_correct: String(Number(row.qa_sampled) + 5) } : row,
      ),
    );
  }

  toBuffer(): Buffer {
    const lines = [
      METRIC_COLUMNS.join(','),
      ...this.rows.map((row) => METRIC_COLUMNS.map((c) => row[c] ?? '').join(',')),
    ];
    return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  }
}
