import type { OkrPeriod, OkrPeriodCloseSchema, OkrPeriodList, OkrPeriodReopen } from '@policyops/contracts';
import { fiscalQuarterOf, parsePeriodKey, periodKey, periodLabel, periodSpan } from '@policyops/contracts';
import type { z } from 'zod';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { assembleYear } from './okr-assembly.js';
import { fiscalYearKeyOf } from './okr-rules.js';
import { keysOfYear, type OkrReader } from './okr-reader.js';
import * as repo from './okrs.repository.js';
import type { PeriodRow } from './okrs.repository.js';

type CloseInput = z.output<typeof OkrPeriodCloseSchema>;

/** A period as the API shows it, with the caller's abilities on it. */
export function periodView(
  actor: Actor,
  key: string,
  context: { startMonth: number; today: string },
  row: PeriodRow | undefined,
  objectiveCount: number,
): OkrPeriod {
  const span = periodSpan(key, context.startMonth)!;
  const state = row?.state === 'closed' ? 'closed' : 'open';
  const person = (id: string | null | undefined, name: string | null | undefined) =>
    id ? { id, name: name ?? 'Deleted user' } : null;
  return {
    key,
    label: periodLabel(key),
    kind: parsePeriodKey(key)?.quarter ? 'quarter' : 'year',
    start: span.start,
    end: span.end,
    current: span.start <= context.today && context.today <= span.end,
    state,
    closedAt: row?.closed_at ?? null,
    closedBy: person(row?.closed_by, row?.closed_by_name),
    closeComment: row?.close_comment ?? null,
    reopenedAt: row?.reopened_at ?? null,
    reopenedBy: person(row?.reopened_by, row?.reopened_by_name),
    reopenReason: row?.reopen_reason ?? null,
    objectiveCount,
    version: row?.version ?? 0,
    abilities: {
      close: state === 'open' && can(actor, 'okrs.manage'),
      reopen: state === 'closed' && can(actor, 'okrs.reopen'),
    },
  };
}

/**
 * Which of these period keys are closed, read in the caller's scope (for the roadmap, which keeps
 * its links to a closed period's key results as they were when it was scored).
 */
export async function closedPeriodsAmong(scope: DbScope, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await repo.periodsByKeys(scope, [...new Set(keys)]);
  return new Set(rows.filter((r) => r.state === 'closed').map((r) => r.period_key));
}

/**
 * OKR periods: which exist around today, closing one (a score 0.0–1.0 and a comment per key result,
 * then everything in it is locked) and reopening one (admins only, with a reason, audited).
 */
export class OkrPeriodsService {
  constructor(
    private readonly db: DbScope,
    private readonly reader: OkrReader,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
  ) {}

  /** Last, this and next fiscal year with their quarters, plus any other year that holds objectives. */
  async list(actor: Actor): Promise<OkrPeriodList> {
    authorize(actor, 'okrs.read');
    const startMonth = await this.reader.startMonth(this.db);
    const today = this.reader.today();
    const current = fiscalQuarterOf(today, startMonth);
    const inUse = await repo.periodKeysInUse(this.db);
    const years = new Set([current.year - 1, current.year, current.year + 1]);
    for (const { period_key } of inUse) {
      const parsed = parsePeriodKey(period_key);
      if (parsed) years.add(parsed.year);
    }
    const keys = [...years].sort((a, b) => a - b).flatMap((y) => keysOfYear(`FY${y}`));
    const rows = new Map((await repo.periodsByKeys(this.db, keys)).map((r) => [r.period_key, r]));
    const counts = new Map(inUse.map((r) => [r.period_key, r.n]));
    return {
      startMonth,
      currentKey: periodKey(current),
      items: keys.map((k) => periodView(actor, k, { startMonth, today }, rows.get(k), counts.get(k) ?? 0)),
    };
  }

  /** One period. */
  async get(scope: DbScope, actor: Actor, key: string, objectiveCount: number): Promise<OkrPeriod> {
    const [row] = await repo.periodsByKeys(scope, [key]);
    const context = { startMonth: await this.reader.startMonth(scope), today: this.reader.today() };
    return periodView(actor, key, context, row, objectiveCount);
  }

  /** The value each key result of the period shows now (a fed one: its source's, read live). */
  private async currentValues(trx: DbScope, actor: Actor, key: string): Promise<Map<string, number | null>> {
    const year = assembleYear(actor, await this.reader.loadYear(trx, fiscalYearKeyOf(key)));
    return new Map(
      [...year.values()]
        .filter((objective) => objective.periodKey === key)
        .flatMap((objective) => objective.keyResults.map((kr) => [kr.id, kr.currentValue] as const)),
    );
  }

  /**
   * Scores every key result of the period's objectives, stores the value each stands at (so a fed
   * key result stops following its source: the quarter was scored on that value), and locks the
   * period. Throws FORBIDDEN, OKR_PERIOD_CLOSED (already closed), VALIDATION_FAILED (a score for a
   * key result not in the period, twice, or one missing: named under body.scores), VERSION_CONFLICT
   * (a key result changed).
   */
  async close(actor: Actor, key: string, input: CloseInput): Promise<OkrPeriod> {
    authorize(actor, 'okrs.manage');
    await inTransaction(this.db, async (trx) => {
      const [before] = await repo.periodsByKeys(trx, [key]);
      if (before?.state === 'closed') throw new AppError('OKR_PERIOD_CLOSED', `${periodLabel(key)} is already closed`);
      const keyResults = new Map((await repo.keyResultsOfPeriod(trx, key)).map((kr) => [kr.id, kr]));
      const seen = new Set<string>();
      input.scores.forEach((s, i) => {
        if (!keyResults.has(s.keyResultId))
          throw fieldError(`body.scores.${i}.keyResultId`, `Not a key result of a ${periodLabel(key)} objective`);
        if (seen.has(s.keyResultId)) throw fieldError(`body.scores.${i}.keyResultId`, 'Scored twice');
        seen.add(s.keyResultId);
      });
      const missing = [...keyResults.values()].filter((kr) => !seen.has(kr.id));
      if (missing.length)
        throw fieldError(
          'body.scores',
          `Score every key result of ${periodLabel(key)}: ${missing.length} missing (${missing
            .slice(0, 3)
            .map((kr) => `“${kr.title}”`)
            .join(', ')}${missing.length > 3 ? ', …' : ''})`,
        );
      const valuesAtClose = await this.currentValues(trx, actor, key);
      const now = this.reader.now();
      for (const s of input.scores) {
        const kr = keyResults.get(s.keyResultId)!;
        const patch = {
          score: Math.round(s.score * 100) / 100,
          score_comment: s.comment,
          final_value: valuesAtClose.get(kr.id) ?? null,
          updated_at: now,
        };
        if (kr.version !== s.version || !(await repo.updateKeyResultVersioned(trx, kr.id, s.version, patch)))
          throw versionConflict(`The key result “${kr.title}”`, kr.version);
      }
      const closed = { state: 'closed', closed_at: now, closed_by: actor.id, close_comment: input.comment };
      let version = 1;
      if (!before) {
        await repo.insertPeriod(trx, {
          period_key: key,
          ...closed,
          reopened_at: null,
          reopened_by: null,
          reopen_reason: null,
          version,
        });
      } else {
        version = before.version + 1;
        if (!(await repo.updatePeriodVersioned(trx, key, before.version, closed)))
          throw versionConflict(periodLabel(key), before.version);
      }
      await this.audit.record(trx, actor, {
        action: 'okr_period.closed',
        entityType: 'okr_period',
        entityId: key,
        before: before ? { periodKey: key, state: 'open', version: before.version } : null,
        after: {
          periodKey: key,
          comment: input.comment,
          scores: input.scores.map((s) => ({ keyResultId: s.keyResultId, score: s.score, comment: s.comment })),
          version,
        },
      });
      // Each objective of the period tells its watchers its rolled-up score.
      const year = assembleYear(actor, await this.reader.loadYear(trx, fiscalYearKeyOf(key)));
      for (const objective of year.values()) {
        if (objective.periodKey !== key) continue;
        await this.collaboration.recordActivity(trx, actor, {
          entityType: 'objective',
          entityId: objective.id,
          event: 'okr_period.scored',
          details: { periodKey: key, score: objective.score },
        });
      }
    });
    return this.get(this.db, actor, key, (await repo.objectivesOfPeriods(this.db, [key])).length);
  }

  /**
   * Reopens a closed period (admins only, with a reason): edits and check-ins work again, fed key
   * results follow their sources again, and the scores and values at close stay (unread while open)
   * until the next close replaces them. Throws FORBIDDEN, INVALID_STATE (not closed),
   * VERSION_CONFLICT.
   */
  async reopen(actor: Actor, key: string, input: OkrPeriodReopen): Promise<OkrPeriod> {
    authorize(actor, 'okrs.reopen');
    await inTransaction(this.db, async (trx) => {
      const [before] = await repo.periodsByKeys(trx, [key]);
      if (before?.state !== 'closed') throw new AppError('INVALID_STATE', `${periodLabel(key)} is not closed`);
      if (before.version !== input.version) throw versionConflict(periodLabel(key), before.version);
      const patch = {
        state: 'open',
        reopened_at: this.reader.now(),
        reopened_by: actor.id,
        reopen_reason: input.reason,
      };
      if (!(await repo.updatePeriodVersioned(trx, key, input.version, patch)))
        throw versionConflict(periodLabel(key), before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'okr_period.reopened',
        entityType: 'okr_period',
        entityId: key,
        before: { periodKey: key, state: 'closed', version: before.version },
        after: { periodKey: key, reason: input.reason, version: input.version + 1 },
      });
    });
    return this.get(this.db, actor, key, (await repo.objectivesOfPeriods(this.db, [key])).length);
  }
}
