import {
  METRIC_COUNT_BOUNDS,
  METRIC_COUNT_COLUMNS,
  METRIC_TIME_COLUMNS,
  MetricRowInputSchema,
  type MetricImportProblem,
  type MetricRowInput,
} from '@policyops/contracts';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import type { VersionTimeline } from '../version-timeline.js';
import type { FileRecord } from './metric-file-reader.js';
import { KeySet } from './key-set.js';

/** What a row's names resolve against: the library as the caller may see it (keys lower-cased). */
export interface IngestLookups {
  policies: Map<string, string>;
  markets: Map<string, string>;
  surfaces: Map<string, string>;
  timeline: VersionTimeline;
  today: string;
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DAY_MS = 86_400_000;

/**
 * Checks the rows of one file in order and turns valid ones into metric_daily rows: the schema, the
 * library's names, the count bounds, the times, the day, and keys repeated within the file.
 */
export class MetricRowCheck {
  private readonly keys = new KeySet();
  private readonly index = {
    policy: new Map<string, number>(),
    market: new Map<string, number>(),
    surface: new Map<string, number>(),
  };
  private readonly radix: { market: number; surface: number };

  constructor(
    private readonly lookups: IngestLookups,
    private readonly stamp: { importId: string | null; at: string },
  ) {
    // Every name resolves to one of the library's, so their counts bound the packed key.
    this.radix = { market: lookups.markets.size + 1, surface: lookups.surfaces.size + 1 };
  }

  /** The row to write, or the problems of this line. */
  check(record: FileRecord, csv: boolean): MetricDailyTable | MetricImportProblem[] {
    const { line, cells } = record;
    if ('__columns' in cells) return [{ line, field: null, message: `The line ${String(cells.__columns)}` }];
    if ('__json' in cells) return [{ line, field: null, message: `The line ${String(cells.__json)}` }];
    const input = csv ? fromCells(cells) : cells;
    const fast = surelyValid(input, csv);
    if (fast) return this.resolve(line, fast);
    const parsed = MetricRowInputSchema.safeParse(input);
    if (!parsed.success) return parsed.error.issues.map((issue) => problemOf(line, issue, cells));
    return this.resolve(line, parsed.data);
  }

  private resolve(line: number, row: MetricRowInput): MetricDailyTable | MetricImportProblem[] {
    const problems: MetricImportProblem[] = [];
    const policyId = this.lookups.policies.get(row.policy.toLowerCase());
    const marketId = this.lookups.markets.get(row.market.toLowerCase());
    const surfaceId = this.lookups.surfaces.get(row.surface.toLowerCase());
    if (!policyId) problems.push({ line, field: 'policy', message: `Unknown policy: ${row.policy}` });
    if (!marketId) problems.push({ line, field: 'market', message: `Unknown market code: ${row.market}` });
    if (!surfaceId) problems.push({ line, field: 'surface', message: `Unknown surface: ${row.surface}` });
    for (const [numerator, denominator] of METRIC_COUNT_BOUNDS) {
      if (row[numerator] > row[denominator])
        problems.push({
          line,
          field: numerator,
          message: `${numerator} (${row[numerator]}) is above ${denominator} (${row[denominator]})`,
        });
    }
    const median = row.median_hours_to_action ?? null;
    const p90 = row.p90_hours_to_action ?? null;
    if (median !== null && p90 !== null && p90 < median)
      problems.push({ line, field: 'p90_hours_to_action', message: `p90 (${p90}) is below the median (${median})` });
    if (row.date > this.lookups.today)
      problems.push({ line, field: 'date', message: `${row.date} is in the future (today is ${this.lookups.today})` });
    if (problems.length || !policyId || !marketId || !surfaceId) return problems;

    const repeated = this.keys.addOrLineOf(this.packKey(policyId, marketId, surfaceId, row), line);
    if (repeated)
      return [
        {
          line,
          field: null,
          message: `Repeats line ${repeated}: the same date, policy, market, surface and detection`,
        },
      ];
    return {
      policy_id: policyId,
      day: row.date,
      market_id: marketId,
      surface_id: surfaceId,
      detection: row.detection,
      version_id: this.lookups.timeline.versionOn(policyId, marketId, row.date),
      actioned: row.actioned,
      user_reports: row.user_reports,
      views: row.views,
      violating_views: row.violating_views,
      qa_sampled: row.qa_sampled,
      qa_correct: row.qa_correct,
      appeals: row.appeals,
      appeals_overturned: row.appeals_overturned,
      proactive: row.proactive,
      median_hours_to_action: median,
      p90_hours_to_action: p90,
      import_id: this.stamp.importId,
      updated_at: this.stamp.at,
    };
  }

  /** policy x market x surface x detection x day as one integer (exact while below 2^53). */
  private packKey(policyId: string, marketId: string, surfaceId: string, row: MetricRowInput): number {
    const p = indexOf(this.index.policy, policyId);
    const m = indexOf(this.index.market, marketId);
    const s = indexOf(this.index.surface, surfaceId);
    const day = Math.round(Date.parse(row.date) / DAY_MS) + 720_000;
    return (
      (((p * this.radix.market + m) * this.radix.surface + s) * 2 + (row.detection === 'human' ? 1 : 0)) * 3_700_000 +
      day
    );
  }
}

const KNOWN = new Set<string>(Object.keys(MetricRowInputSchema.shape));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown, min: number, max: number): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length >= min && trimmed.length <= max ? trimmed : null;
};

/**
 * The row as MetricRowInputSchema would return it, when it certainly passes; null sends it to the
 * schema, which then names what is wrong. The schema costs ~17 us a row, over a third of the write
 * budget; this check accepts only what the schema accepts (metric-row-check.test.ts compares them).
 */
export function surelyValid(input: Record<string, unknown>, knownKeys: boolean): MetricRowInput | null {
  if (!knownKeys) for (const key in input) if (!KNOWN.has(key)) return null;
  const date = input.date;
  if (typeof date !== 'string' || !ISO_DAY.test(date)) return null;
  const parsed = Date.parse(date);
  if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date) return null;
  const policy = text(input.policy, 1, 120);
  const market = text(input.market, 2, 12);
  const surface = text(input.surface, 1, 80);
  const detection = input.detection;
  if (!policy || !market || !surface || (detection !== 'automated' && detection !== 'human')) return null;
  for (const column of METRIC_COUNT_COLUMNS) {
    const value = input[column];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return null;
  }
  for (const column of METRIC_TIME_COLUMNS) {
    const value = input[column];
    if (value !== undefined && value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0))
      return null;
  }
  return { ...(input as MetricRowInput), policy, market, surface };
}

function indexOf(index: Map<string, number>, id: string): number {
  let i = index.get(id);
  if (i === undefined) {
    i = index.size;
    index.set(id, i);
  }
  return i;
}

/** CSV cells are text: numbers where they read as such, empty time cells null, the rest left for the schema to name. */
function fromCells(cells: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...cells };
  for (const column of METRIC_COUNT_COLUMNS) {
    const cell = (cells[column] as string | undefined)?.trim();
    if (cell !== undefined && INTEGER.test(cell)) out[column] = Number(cell);
  }
  for (const column of METRIC_TIME_COLUMNS) {
    const cell = (cells[column] as string | undefined)?.trim();
    if (cell === undefined) continue;
    if (cell === '') out[column] = null;
    else if (DECIMAL.test(cell)) out[column] = Number(cell);
  }
  return out;
}

const COUNTS = new Set<string>(METRIC_COUNT_COLUMNS);
const TIMES = new Set<string>(METRIC_TIME_COLUMNS);

function problemOf(
  line: number,
  issue: { code: string; path: PropertyKey[]; message: string; keys?: string[] },
  cells: Record<string, unknown>,
): MetricImportProblem {
  if (issue.code === 'unrecognized_keys')
    return { line, field: issue.keys?.[0] ?? null, message: `Unknown fields: ${(issue.keys ?? []).join(', ')}` };
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
  if (!field) return { line, field: null, message: issue.message };
  const value = cells[field];
  const shown = value === undefined ? 'nothing' : JSON.stringify(value);
  if (COUNTS.has(field)) {
    if (issue.code === 'too_small') return { line, field, message: `${field} must not be negative (got ${shown})` };
    return { line, field, message: `${field} must be a whole number (got ${shown})` };
  }
  if (TIMES.has(field))
    return { line, field, message: `${field} must be a number of hours, at least 0, or empty (got ${shown})` };
  if (field === 'date') return { line, field, message: `date must be a date as YYYY-MM-DD (got ${shown})` };
  if (value === undefined) return { line, field, message: `${field} is missing` };
  return { line, field, message: `${field}: ${issue.message} (got ${shown})` };
}
