import type { KeyResultDetail, ObjectiveDetail } from '@policyops/contracts';
import { parsePeriodKey, periodLabel, periodSpan } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { KeyResultFeeds } from './key-result-feeds.js';
import { assembleYear, sourceOf, type OkrYearData } from './okr-assembly.js';
import { fiscalYearKeyOf } from './okr-rules.js';
import * as repo from './okrs.repository.js';

/** The period keys of a fiscal year: the year, then its four quarters. */
export function keysOfYear(fiscalYearKey: string): string[] {
  return [fiscalYearKey, ...[1, 2, 3, 4].map((q) => `${fiscalYearKey}-Q${q}`)];
}

/**
 * Reads OKRs the way every reply shows them: a whole fiscal year at a time, since roll-up runs over
 * the year's alignment tree (a quarter objective aligns to one in its quarter or its year, never
 * outside). Also the one place that says whether a period is closed.
 */
export class OkrReader {
  constructor(
    private readonly feeds: KeyResultFeeds,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /** Now as an ISO-8601 timestamp, from the same clock as today (so a moved test clock moves both). */
  now(): string {
    return this.clock.now().toISOString();
  }

  /** The workspace's fiscal-year start month (the roadmap's planning settings). */
  startMonth(scope: DbScope): Promise<number> {
    return repo.fiscalStartMonth(scope);
  }

  async loadYear(scope: DbScope, fiscalYearKey: string): Promise<OkrYearData> {
    const keys = keysOfYear(fiscalYearKey);
    const [objectives, periods, startMonth] = [
      await repo.objectivesOfPeriods(scope, keys),
      await repo.periodsByKeys(scope, keys),
      await this.startMonth(scope),
    ];
    const keyResults = await repo.keyResultsOf(
      scope,
      objectives.map((o) => o.id),
    );
    const checkIns = await repo.checkInsOf(
      scope,
      keyResults.map((k) => k.id),
    );
    const readings = await this.feeds.read(
      scope,
      keyResults.map((k) => ({ keyResultId: k.id, source: sourceOf(k) })),
    );
    return {
      today: this.today(),
      objectives,
      keyResults,
      checkIns,
      closed: new Set(periods.filter((p) => p.state === 'closed').map((p) => p.period_key)),
      starts: new Map(keys.map((k) => [k, periodSpan(k, startMonth)!.start])),
      readings,
    };
  }

  /** Throws NOT_FOUND. */
  async objective(scope: DbScope, actor: Actor, objectiveId: string): Promise<ObjectiveDetail> {
    const row = await repo.findObjective(scope, objectiveId);
    if (!row) throw notFound('Objective');
    const year = assembleYear(actor, await this.loadYear(scope, fiscalYearKeyOf(row.period_key)));
    return year.get(objectiveId)!;
  }

  /** Throws NOT_FOUND. */
  async keyResult(scope: DbScope, actor: Actor, keyResultId: string): Promise<KeyResultDetail> {
    const row = await repo.findKeyResult(scope, keyResultId);
    if (!row) throw notFound('Key result');
    const objective = await this.objective(scope, actor, row.objective_id);
    return objective.keyResults.find((kr) => kr.id === keyResultId)!;
  }

  async isClosed(scope: DbScope, periodKey: string): Promise<boolean> {
    const [row] = await repo.periodsByKeys(scope, [periodKey]);
    return row?.state === 'closed';
  }

  /** Throws OKR_PERIOD_CLOSED when the period was closed (scored and locked). */
  async assertOpen(scope: DbScope, periodKey: string, what: string): Promise<void> {
    if (await this.isClosed(scope, periodKey))
      throw new AppError(
        'OKR_PERIOD_CLOSED',
        `${periodLabel(periodKey)} is closed: ${what} is locked. An admin can reopen the period, with a reason.`,
      );
  }

  /** Throws VALIDATION_FAILED naming `path` when the key is not a fiscal period. */
  static parse(periodKey: string, path: string): { year: number; quarter: 1 | 2 | 3 | 4 | null } {
    const parsed = parsePeriodKey(periodKey);
    if (!parsed)
      throw new AppError('VALIDATION_FAILED', 'Not a fiscal period', [{ path, message: 'Use FY2027 or FY2027-Q2' }]);
    return parsed;
  }
}
