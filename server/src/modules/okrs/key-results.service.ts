import type {
  CheckInCreateSchema,
  KeyResultCreateSchema,
  KeyResultDetail,
  KeyResultSource,
  KeyResultType,
  KeyResultUpdate,
} from '@policyops/contracts';
import { periodLabel, periodSpan } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { KeyResultsTable } from '../../db/okrs-schema.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { excerpt } from '../collaboration/comment-text.js';
import type { KeyResultFeeds } from './key-result-feeds.js';
import { isBinaryValueOk, keyResultTargetProblem } from './key-result-progress.js';
import { assertMayEditObjective } from './okr-access.js';
import { sourceOf } from './okr-assembly.js';
import type { OkrReader } from './okr-reader.js';
import * as repo from './okrs.repository.js';

type KeyResultInput = z.output<typeof KeyResultCreateSchema>;
type CheckInInput = z.output<typeof CheckInCreateSchema>;

/** What the audit log keeps of a key result. */
export function auditKeyResult(row: KeyResultsTable) {
  return {
    id: row.id,
    objectiveId: row.objective_id,
    title: row.title,
    type: row.type as KeyResultType,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    weight: row.weight,
    source: sourceOf(row),
    version: row.version,
  };
}

const BINARY: readonly KeyResultType[] = ['milestone', 'yes_no'];

/** Baseline and target for the type: 0 → 1 for milestones and yes/no, required otherwise. Throws VALIDATION_FAILED. */
function resolveRange(type: KeyResultType, baseline: number | undefined, target: number | undefined) {
  const binary = BINARY.includes(type);
  const resolved = { baseline: baseline ?? (binary ? 0 : undefined), target: target ?? (binary ? 1 : undefined) };
  const missing = [
    resolved.baseline === undefined ? { path: 'body.baseline', message: 'Enter the baseline: where it starts' } : null,
    resolved.target === undefined ? { path: 'body.target', message: 'Enter the target: where it should end' } : null,
  ].filter((e) => e !== null);
  if (missing.length) throw new AppError('VALIDATION_FAILED', 'A key result needs a baseline and a target', missing);
  const problem = keyResultTargetProblem(type, resolved.baseline!, resolved.target!);
  if (problem) throw new AppError('VALIDATION_FAILED', problem.message, [problem]);
  return { baseline: resolved.baseline!, target: resolved.target! };
}

const sourceColumns = (source: KeyResultSource) => ({
  source_kind: source.kind,
  source_ref: source.kind === 'initiative' ? source.initiativeId : null,
});

/** Key results of an objective and their check-ins. */
export class KeyResultsService {
  constructor(
    private readonly db: DbScope,
    private readonly reader: OkrReader,
    private readonly feeds: KeyResultFeeds,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
  ) {}

  /**
   * Adds a key result to an objective. Throws FORBIDDEN, NOT_FOUND, OKR_PERIOD_CLOSED,
   * VALIDATION_FAILED (a target equal to the baseline names body.target; an unavailable feed body.source.kind).
   */
  async create(actor: Actor, objectiveId: string, input: KeyResultInput): Promise<KeyResultDetail> {
    authorize(actor, 'okrs.contribute');
    const id = await inTransaction(this.db, async (trx) => {
      const objective = await repo.findObjective(trx, objectiveId);
      if (!objective) throw notFound('Objective');
      assertMayEditObjective(actor, objective.owner_id);
      await this.reader.assertOpen(trx, objective.period_key, 'its key results');
      const range = resolveRange(input.type, input.baseline, input.target);
      await this.feeds.validate(trx, actor, input.source, 'body.source');
      const now = this.reader.now();
      const row: KeyResultsTable = {
        id: uuidv7(),
        objective_id: objectiveId,
        title: input.title,
        type: input.type,
        unit: BINARY.includes(input.type) ? '' : input.unit,
        ...range,
        weight: input.weight,
        ...sourceColumns(input.source),
        position: await repo.nextPosition(trx, objectiveId),
        score: null,
        score_comment: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertKeyResult(trx, row);
      await this.audit.record(trx, actor, {
        action: 'key_result.created',
        entityType: 'key_result',
        entityId: row.id,
        after: auditKeyResult(row),
      });
      await this.collaboration.recordActivity(trx, actor, {
        entityType: 'objective',
        entityId: objectiveId,
        event: 'key_result.added',
        details: { keyResultId: row.id, title: row.title },
      });
      return row.id;
    });
    return this.reader.keyResult(this.db, actor, id);
  }

  /**
   * Edits a key result with the version read (its type stays). Throws FORBIDDEN, NOT_FOUND,
   * OKR_PERIOD_CLOSED, VERSION_CONFLICT, VALIDATION_FAILED.
   */
  async update(actor: Actor, keyResultId: string, input: KeyResultUpdate): Promise<KeyResultDetail> {
    authorize(actor, 'okrs.contribute');
    await inTransaction(this.db, async (trx) => {
      const before = await repo.findKeyResult(trx, keyResultId);
      if (!before) throw notFound('Key result');
      assertMayEditObjective(actor, before.owner_id);
      await this.reader.assertOpen(trx, before.period_key, 'its key results');
      if (before.version !== input.version) throw versionConflict('This key result', before.version);
      const type = before.type as KeyResultType;
      const range = resolveRange(type, input.baseline ?? before.baseline, input.target ?? before.target);
      if (input.source) await this.feeds.validate(trx, actor, input.source, 'body.source');
      const patch: Partial<KeyResultsTable> = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.unit !== undefined && !BINARY.includes(type) ? { unit: input.unit } : {}),
        ...range,
        ...(input.weight !== undefined ? { weight: input.weight } : {}),
        ...(input.source ? sourceColumns(input.source) : {}),
        updated_at: this.reader.now(),
      };
      if (!(await repo.updateKeyResultVersioned(trx, keyResultId, input.version, patch)))
        throw versionConflict('This key result', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'key_result.updated',
        entityType: 'key_result',
        entityId: keyResultId,
        before: auditKeyResult(before),
        after: auditKeyResult({ ...before, ...patch, version: input.version + 1 }),
      });
    });
    return this.reader.keyResult(this.db, actor, keyResultId);
  }

  /** Deletes a key result and its check-ins. Throws FORBIDDEN, NOT_FOUND, OKR_PERIOD_CLOSED, VERSION_CONFLICT. */
  async delete(actor: Actor, keyResultId: string, version: number): Promise<void> {
    authorize(actor, 'okrs.contribute');
    await inTransaction(this.db, async (trx) => {
      const before = await repo.findKeyResult(trx, keyResultId);
      if (!before) throw notFound('Key result');
      assertMayEditObjective(actor, before.owner_id);
      await this.reader.assertOpen(trx, before.period_key, 'its key results');
      if (before.version !== version || !(await repo.deleteKeyResultVersioned(trx, keyResultId, version)))
        throw versionConflict('This key result', before.version);
      await this.audit.record(trx, actor, {
        action: 'key_result.deleted',
        entityType: 'key_result',
        entityId: keyResultId,
        before: auditKeyResult(before),
      });
    });
  }

  /**
   * Records a check-in: it joins the history, and the latest one (by its date) gives the key result
   * its current value and confidence. Check-ins are never edited: a correction is a new check-in.
   * Throws FORBIDDEN, NOT_FOUND, OKR_PERIOD_CLOSED, VALIDATION_FAILED (value for the type, a date in
   * the future or before the period starts).
   */
  async checkIn(actor: Actor, keyResultId: string, input: CheckInInput): Promise<KeyResultDetail> {
    authorize(actor, 'okrs.contribute');
    await inTransaction(this.db, async (trx) => {
      const kr = await repo.findKeyResult(trx, keyResultId);
      if (!kr) throw notFound('Key result');
      assertMayEditObjective(actor, kr.owner_id);
      await this.reader.assertOpen(trx, kr.period_key, 'check-ins');
      if (!isBinaryValueOk(kr.type as KeyResultType, input.value))
        throw fieldError(
          'body.value',
          kr.type === 'milestone' ? 'Use 1 (reached) or 0 (not yet)' : 'Use 1 (yes) or 0 (no)',
        );
      const today = this.reader.today();
      const date = input.date ?? today;
      if (date > today) throw fieldError('body.date', 'A check-in cannot be dated in the future');
      const start = periodSpan(kr.period_key, await this.reader.startMonth(trx))!.start;
      if (date < start)
        throw fieldError('body.date', `${periodLabel(kr.period_key)} starts on ${start}: date the check-in within it`);
      const row = {
        id: uuidv7(),
        key_result_id: keyResultId,
        value: input.value,
        confidence: input.confidence,
        comment: input.comment,
        checked_in_on: date,
        author_id: actor.id,
        created_at: this.reader.now(),
      };
      await repo.insertCheckIn(trx, row);
      await this.audit.record(trx, actor, {
        action: 'key_result.checked_in',
        entityType: 'key_result',
        entityId: keyResultId,
        after: { checkInId: row.id, value: row.value, confidence: input.confidence, comment: row.comment, date },
      });
      await this.collaboration.recordActivity(trx, actor, {
        entityType: 'objective',
        entityId: kr.objective_id,
        event: 'key_result.checked_in',
        details: {
          keyResultId,
          title: kr.title,
          type: kr.type,
          value: input.value,
          unit: kr.unit,
          confidence: input.confidence,
          excerpt: excerpt(input.comment),
        },
      });
    });
    return this.reader.keyResult(this.db, actor, keyResultId);
  }
}

/** A key result's target as a roadmap baseline keeps it. */
export interface KeyResultTarget {
  id: string;
  title: string;
  type: KeyResultType;
  baseline: number;
  target: number;
}

/**
 * Read-only, for roadmap baselines: every key result of a fiscal year's objectives (those of the
 * year itself and of its four quarters) with its baseline and target, by id. Takes the caller's
 * scope so a baseline reads it in the transaction that takes the snapshot.
 */
export async function keyResultTargetsForYear(scope: DbScope, yearKey: string): Promise<KeyResultTarget[]> {
  const periods = [yearKey, `${yearKey}-Q1`, `${yearKey}-Q2`, `${yearKey}-Q3`, `${yearKey}-Q4`];
  const rows = (await Promise.all(periods.map((key) => repo.keyResultsOfPeriod(scope, key)))).flat();
  return rows
    .map((k) => ({ id: k.id, title: k.title, type: k.type as KeyResultType, baseline: k.baseline, target: k.target }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
