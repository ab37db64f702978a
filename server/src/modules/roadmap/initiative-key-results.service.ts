import { periodLabel } from '@policyops/contracts';
import type {
  InitiativeKeyResults,
  InitiativeKeyResultsPut,
  InitiativeStatus,
  KeyResultInitiatives,
  ObjectiveDetail,
} from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { KeyResultFeed } from '../okrs/key-result-feeds.js';
import { closedPeriodsAmong } from '../okrs/okr-periods.service.js';
import { assertCanEdit } from './initiative-access.js';
import * as linksRepo from './initiative-key-results.repository.js';
import * as repo from './initiatives.repository.js';
import { shownProgress } from './progress.js';

/** What the roadmap asks of the OKR module: an objective with its key results' figures. */
export interface ObjectiveReader {
  get(actor: Actor, objectiveId: string): Promise<ObjectiveDetail>;
}

/**
 * The OKR feed `initiative`: a key result fed by an initiative stands at that initiative's shown
 * progress (0–100 %). Progress is rewritten in the transaction that changes it (milestones,
 * children, overrides), and the feed reads it through the caller's scope, so a key result never
 * shows a value its initiative does not have.
 */
export const initiativeFeed: KeyResultFeed<'initiative'> = {
  kind: 'initiative',
  async validate(db, _actor, source, path) {
    if (!(await repo.findById(db, source.initiativeId)))
      throw new AppError('VALIDATION_FAILED', 'No such initiative', [
        { path: `${path}.initiativeId`, message: 'Pick an initiative on the roadmap' },
      ]);
  },
  async read(db, keyResults) {
    const rows = await linksRepo.progressOf(db, [...new Set(keyResults.map((k) => k.source.initiativeId))]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const out = new Map<string, { value: number; asOf: string }>();
    for (const kr of keyResults) {
      const row = byId.get(kr.source.initiativeId);
      if (row)
        out.set(kr.keyResultId, {
          value: shownProgress(row.derived_progress, row.progress_override),
          asOf: row.updated_at,
        });
    }
    return out;
  },
};

/**
 * A closed period was scored with the initiatives linked to its key results then; a link added or
 * dropped afterwards would rewrite that record. Throws OKR_PERIOD_CLOSED naming the field.
 */
async function assertClosedLinksKept(trx: DbScope, before: string[], requested: string[]): Promise<void> {
  const linked = new Set(before);
  const wanted = new Set(requested);
  const changed = [...requested.filter((id) => !linked.has(id)), ...before.filter((id) => !wanted.has(id))];
  const refs = new Map((await linksRepo.findKeyResultRefs(trx, changed)).map((r) => [r.id, r]));
  const closed = await closedPeriodsAmong(
    trx,
    [...refs.values()].map((r) => r.period_key),
  );
  if (closed.size === 0) return;
  const reopenHint = 'an admin can reopen the period, with a reason';
  const added = requested.findIndex((id) => !linked.has(id) && closed.has(refs.get(id)!.period_key));
  if (added >= 0) {
    const ref = refs.get(requested[added]!)!;
    throw fieldError(
      `body.keyResultIds.${added}`,
      `“${ref.title}” is in ${periodLabel(ref.period_key)}, which is closed: it takes no new links (${reopenHint})`,
      'OKR_PERIOD_CLOSED',
    );
  }
  const dropped = before.find((id) => !wanted.has(id) && refs.has(id) && closed.has(refs.get(id)!.period_key));
  if (dropped) {
    const ref = refs.get(dropped)!;
    throw fieldError(
      'body.keyResultIds',
      `“${ref.title}” is in ${periodLabel(ref.period_key)}, which is closed: keep it in the list (${reopenHint})`,
      'OKR_PERIOD_CLOSED',
    );
  }
}

/** Links between initiatives and the key results they serve, read from both sides. */
export class InitiativeKeyResultsService {
  constructor(
    private readonly db: DbScope,
    private readonly objectives: ObjectiveReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Throws FORBIDDEN, NOT_FOUND. */
  async list(actor: Actor, initiativeId: string): Promise<InitiativeKeyResults> {
    authorize(actor, 'roadmap.read');
    authorize(actor, 'okrs.read');
    const row = await repo.findById(this.db, initiativeId);
    if (!row) throw notFound('Initiative');
    return this.read(actor, initiativeId, row.version);
  }

  private async read(actor: Actor, initiativeId: string, version: number): Promise<InitiativeKeyResults> {
    const refs = await linksRepo.keyResultsOf(this.db, initiativeId);
    const objectives = new Map<string, ObjectiveDetail>();
    for (const objectiveId of new Set(refs.map((r) => r.objective_id)))
      objectives.set(objectiveId, await this.objectives.get(actor, objectiveId));
    return {
      version,
      items: refs.map((r) => {
        const kr = objectives.get(r.objective_id)?.keyResults.find((k) => k.id === r.id);
        return {
          id: r.id,
          title: r.title,
          objective: { id: r.objective_id, title: r.objective_title },
          periodKey: r.period_key,
          progress: kr?.progress ?? 0,
          fedByThis: r.fed,
        };
      }),
    };
  }

  /**
   * Replaces the key results an initiative serves. Every role reads every objective (okrs.read), so
   * a key result the caller cannot see is one that does not exist. Throws FORBIDDEN (not its editor),
   * NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED (body.keyResultIds.N: no such key result),
   * OKR_PERIOD_CLOSED (body.keyResultIds.N: a new link into a closed period; body.keyResultIds: the
   * list leaves out a closed period's link, which stays as it was when the period was scored).
   */
  async put(actor: Actor, initiativeId: string, input: InitiativeKeyResultsPut): Promise<InitiativeKeyResults> {
    authorize(actor, 'roadmap.edit_own');
    authorize(actor, 'okrs.read');
    const version = await inTransaction(this.db, async (trx) => {
      if (!(await repo.lockForChange(trx, initiativeId))) throw notFound('Initiative');
      const row = (await repo.findById(trx, initiativeId))!;
      assertCanEdit(actor, row.owner_id, row.title);
      if (row.version !== input.version) throw versionConflict('Initiative', row.version);
      const found = new Set((await linksRepo.findKeyResultRefs(trx, input.keyResultIds)).map((r) => r.id));
      const missing = input.keyResultIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw fieldError(`body.keyResultIds.${missing}`, 'No such key result');
      const before = await linksRepo.linkedIds(trx, initiativeId);
      await assertClosedLinksKept(trx, before, input.keyResultIds);
      const after = [...input.keyResultIds].sort();
      const now = this.clock.now().toISOString();
      await linksRepo.replaceLinks(trx, initiativeId, after, now);
      if (!(await repo.updateVersioned(trx, initiativeId, row.version, { updated_at: now })))
        throw versionConflict('Initiative', row.version);
      await this.audit.record(trx, actor, {
        action: 'initiative.key_results_linked',
        entityType: 'initiative',
        entityId: initiativeId,
        before: { initiativeId, keyResultIds: before, version: row.version },
        after: { initiativeId, keyResultIds: after, version: row.version + 1 },
      });
      return row.version + 1;
    });
    return this.read(actor, initiativeId, version);
  }

  /** The initiatives that serve a key result (linked, or feeding it). Throws FORBIDDEN, NOT_FOUND. */
  async forKeyResult(actor: Actor, keyResultId: string): Promise<KeyResultInitiatives> {
    authorize(actor, 'okrs.read');
    authorize(actor, 'roadmap.read');
    const kr = await linksRepo.keyResultSource(this.db, keyResultId);
    if (!kr) throw notFound('Key result');
    const fedBy = kr.source_kind === 'initiative' ? kr.source_ref : null;
    const rows = await linksRepo.initiativesOf(this.db, keyResultId, fedBy);
    return {
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status as InitiativeStatus,
        progress: shownProgress(r.derived_progress, r.progress_override),
        feeds: r.id === fedBy,
      })),
    };
  }
}
