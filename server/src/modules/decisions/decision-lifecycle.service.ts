import { formatDay } from '@policyops/contracts';
import {
  decisionKey,
  type Decision,
  type DecisionAccept,
  type DecisionRevisited,
  type DecisionRevoke,
  type DecisionStatus,
} from '@policyops/contracts';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, versionConflict } from '../../http/app-error.js';
import { SYSTEM_CAUSE } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { mayMove } from './decision-graph.js';
import { triggerOf, type StakeholderDirectory } from './decision-views.js';
import type { DecisionsService } from './decisions.service.js';
import * as repo from './decisions.repository.js';
import type { DecisionRow } from './decisions.repository.js';
import type { RevisitTriggers } from './revisit-triggers.js';

const DECISION = 'This decision';
const keyOf = (row: DecisionRow) => ({ key: decisionKey(row.number), title: row.title });

/**
 * A decision's life after it is recorded: accepted (which is when the decisions it supersedes change),
 * revoked with a reason, due for a revisit when its trigger fires (the daily job), and revisited.
 *
 * Supersession: accepting a decision turns each decision it supersedes wholly to `superseded`; one it
 * supersedes for a part stays accepted and is marked partly superseded. Revoking the later decision
 * afterwards reinstates nothing: the record says what was in force when.
 */
export class DecisionLifecycle {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly triggers: RevisitTriggers,
    private readonly notify: { collaboration: CollaborationService; people: StakeholderDirectory },
  ) {}

  private get db() {
    return this.decisions.db;
  }

  private get deps() {
    return this.decisions.deps;
  }

  private async moveChecked(trx: DbScope, actor: Actor, id: string, version: number, to: DecisionStatus) {
    const row = await this.decisions.load(trx, actor, id);
    if (row.version !== version) throw versionConflict(DECISION, row.version);
    if (!mayMove(row.status as DecisionStatus, to))
      throw new AppError('INVALID_STATE', `A ${row.status} decision cannot be ${to}`);
    return row;
  }

  /**
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (not proposed; or a decision it
   * supersedes is no longer accepted, naming `body.supersedes.<i>.decisionId`).
   */
  async accept(actor: Actor, id: string, input: DecisionAccept): Promise<Decision> {
    authorize(actor, 'decisions.accept');
    const row = await inTransaction(this.db, (trx) => this.acceptInTransaction(trx, actor, id, input));
    return this.decisions.detail(this.db, actor, row);
  }

  async acceptInTransaction(trx: DbScope, actor: Actor, id: string, input: DecisionAccept): Promise<DecisionRow> {
    authorize(actor, 'decisions.accept');
    const row = await this.moveChecked(trx, actor, id, input.version, 'accepted');
    const supersedes = (await repo.supersessionsTouching(trx, [id])).filter((s) => s.decision_id === id);
    // The graph may have moved since the proposal (another decision superseded a target first).
    await this.decisions.checkSupersedes(
      trx,
      actor,
      id,
      supersedes.map((s) => ({ decisionId: s.superseded_id })),
    );
    const now = this.deps.clock.now().toISOString();
    const decisionDate = input.decisionDate ?? row.decision_date ?? this.deps.clock.today();
    if (
      !(await repo.updateVersioned(trx, id, row.version, {
        status: 'accepted',
        accepted_at: now,
        decision_date: decisionDate,
        updated_at: now,
      }))
    )
      throw versionConflict(DECISION, row.version + 1);
    await this.decisions.event(trx, id, actor, 'accepted', `Accepted (decided ${formatDay(decisionDate)})`);
    await this.deps.audit.record(trx, actor, {
      action: 'decision.accepted',
      entityType: 'decision',
      entityId: id,
      before: { ...keyOf(row), status: 'proposed' },
      after: { ...keyOf(row), status: 'accepted', decisionDate },
    });
    for (const s of supersedes) {
      const old = (await repo.findById(trx, s.superseded_id))!;
      const whole = s.scope === 'whole';
      const patch = whole ? { status: 'superseded' } : { partly_superseded: 1 };
      if (!(await repo.updateVersioned(trx, old.id, old.version, { ...patch, updated_at: now })))
        throw versionConflict('A superseded decision', old.version + 1);
      const by = decisionKey(row.number);
      await this.decisions.event(
        trx,
        old.id,
        actor,
        whole ? 'superseded' : 'partly_superseded',
        whole ? `Superseded by ${by}` : `Superseded in part (${s.part ?? ''}) by ${by}`,
      );
      await this.deps.audit.record(trx, actor, {
        action: 'decision.superseded',
        entityType: 'decision',
        entityId: old.id,
        before: { ...keyOf(old), status: old.status as DecisionStatus },
        after: {
          ...keyOf(old),
          status: whole ? 'superseded' : (old.status as DecisionStatus),
          partlySuperseded: !whole,
          byId: row.id,
          byKey: by,
          scope: s.scope as 'whole' | 'partial',
          part: s.part,
        },
      });
    }
    return (await repo.findById(trx, id))!;
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (superseded or already revoked). */
  async revoke(actor: Actor, id: string, input: DecisionRevoke): Promise<Decision> {
    authorize(actor, 'decisions.accept');
    const row = await inTransaction(this.db, async (trx) => {
      const current = await this.moveChecked(trx, actor, id, input.version, 'revoked');
      const now = this.deps.clock.now().toISOString();
      if (
        !(await repo.updateVersioned(trx, id, current.version, {
          status: 'revoked',
          revoked_reason: input.reason,
          revisit_due_since: null,
          updated_at: now,
        }))
      )
        throw versionConflict(DECISION, current.version + 1);
      await this.decisions.event(trx, id, actor, 'revoked', `Revoked: ${input.reason}`);
      await this.deps.audit.record(trx, actor, {
        action: 'decision.revoked',
        entityType: 'decision',
        entityId: id,
        before: { ...keyOf(current), status: current.status as DecisionStatus },
        after: { ...keyOf(current), status: 'revoked', reason: input.reason },
      });
      return (await repo.findById(trx, id))!;
    });
    return this.decisions.detail(this.db, actor, row);
  }

  /**
   * Clears "revisit due" with what the revisit concluded and sets the next trigger.
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (not due).
   */
  async markRevisited(actor: Actor, id: string, input: DecisionRevisited): Promise<Decision> {
    authorize(actor, 'governance.manage');
    const row = await inTransaction(this.db, async (trx) => {
      const current = await this.decisions.load(trx, actor, id);
      if (current.version !== input.version) throw versionConflict(DECISION, current.version);
      if (current.revisit_due_since === null) throw new AppError('INVALID_STATE', 'This decision is not due a revisit');
      const now = this.deps.clock.now().toISOString();
      const patch = {
        revisit_due_since: null,
        last_revisited_at: now,
        last_revisit_note: input.note,
        revisit_trigger: input.revisitTrigger ? JSON.stringify(input.revisitTrigger) : null,
        updated_at: now,
      };
      if (!(await repo.updateVersioned(trx, id, current.version, patch)))
        throw versionConflict(DECISION, current.version + 1);
      await this.decisions.event(trx, id, actor, 'revisited', `Revisited: ${input.note}`);
      await this.deps.audit.record(trx, actor, {
        action: 'decision.revisited',
        entityType: 'decision',
        entityId: id,
        after: { ...keyOf(current), note: input.note, nextTrigger: input.revisitTrigger },
      });
      return (await repo.findById(trx, id))!;
    });
    return this.decisions.detail(this.db, actor, row);
  }

  /**
   * The daily job (decision.revisit-sweep): each accepted decision whose trigger fired is marked due,
   * in its own transaction, claimed by `revisit_due_since IS NULL` at its version, so a rerun or a
   * second server marks and notifies once. Returns the ids marked.
   */
  async sweepRevisits(): Promise<string[]> {
    const today = this.deps.clock.today();
    const marked: string[] = [];
    for (const row of await repo.awaitingRevisit(this.db)) {
      const trigger = triggerOf(row);
      if (!trigger || !(await this.triggers.fires(trigger, { db: this.db, today, decisionId: row.id }))) continue;
      if (await inTransaction(this.db, (trx) => this.markDue(trx, row))) marked.push(row.id);
    }
    return marked;
  }

  private async markDue(trx: DbScope, row: DecisionRow): Promise<boolean> {
    const now = this.deps.clock.now().toISOString();
    if (!(await repo.updateVersioned(trx, row.id, row.version, { revisit_due_since: now, updated_at: now })))
      return false;
    const trigger = triggerOf(row)!;
    await this.decisions.event(
      trx,
      row.id,
      SYSTEM_CAUSE,
      'revisit_due',
      `Due for a revisit (${trigger.kind === 'date' ? `date ${trigger.date}` : trigger.kind})`,
    );
    await this.deps.audit.record(trx, SYSTEM_CAUSE, {
      action: 'decision.revisit_due',
      entityType: 'decision',
      entityId: row.id,
      after: { ...keyOf(row), trigger, dueSince: now },
    });
    // The owner hears it in the inbox (and by e-mail per their preference); a contact has no inbox.
    const owner = row.owner_id
      ? (await this.notify.people.summaries(trx, [row.owner_id])).get(row.owner_id)
      : undefined;
    if (owner?.userId)
      await this.notify.collaboration.notify(trx, SYSTEM_CAUSE, {
        userIds: [owner.userId],
        kind: 'revisit_due',
        entityType: 'decision',
        entityId: row.id,
        summary: `${decisionKey(row.number)} is due for a revisit`,
      });
    return true;
  }
}
