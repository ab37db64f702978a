// Escalating blockers: by hand (POST /api/raid/items/:id/escalate) and by the daily job, which takes
// each open blocker whose decision-needed-by date has passed one level up its path. Every step is
// recorded (who, when, from → to, automatic or manual), audited, and told to the new level's person
// and the owner, all in the step's transaction.
import type { RaidEscalateSchema } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { SYSTEM_CAUSE, type AuditCause, type AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { automaticStep, nextLevel } from './raid-rules.js';
import { keyOf, pathOf, type StakeholderDirectory } from './raid-views.js';
import type { RaidService } from './raid.service.js';
import * as repo from './raid.repository.js';
import type { RaidRow } from './raid.repository.js';

export const RAID_ESCALATION_SWEEP_JOB = 'raid.escalation-sweep';
export const RAID_ESCALATE_ITEM_JOB = 'raid.escalate-item';

export class RaidEscalationService {
  constructor(
    private readonly db: DbScope,
    private readonly items: RaidService,
    private readonly deps: {
      audit: AuditService;
      clock: Clock;
      jobs: JobQueue;
      collaboration: CollaborationService;
      stakeholders: StakeholderDirectory;
    },
  ) {}

  /** Declares the jobs and the daily schedule (07:30 UTC). */
  defineJobs(): void {
    const { jobs } = this.deps;
    jobs.define(RAID_ESCALATION_SWEEP_JOB, { schema: z.object({}) }, async () => {
      await this.sweep();
    });
    jobs.define(
      RAID_ESCALATE_ITEM_JOB,
      { schema: z.object({ itemId: z.uuid(), date: z.iso.date() }) },
      async ({ itemId, date }) => {
        await this.escalateAutomatically(itemId, date);
      },
    );
    jobs.schedule(RAID_ESCALATION_SWEEP_JOB, '30 7 * * *');
  }

  /** Queues one job per blocker due, keyed per item per day, so a rerun or a second server adds nothing. */
  async sweep(): Promise<number> {
    const today = this.deps.clock.today();
    let queued = 0;
    for (const itemId of await repo.blockersDue(this.db, today))
      if (
        await this.deps.jobs.send(
          RAID_ESCALATE_ITEM_JOB,
          { itemId, date: today },
          { key: `raid-escalate:${itemId}:${today}` },
        )
      )
        queued += 1;
    return queued;
  }

  /**
   * The job's step for one item on one day: one level up, or "at the top" at its last level. Re-reads
   * the item in the transaction, so a step already taken (or an item resolved meanwhile) does nothing.
   * Returns what it did.
   */
  async escalateAutomatically(
    itemId: string,
    date: string,
    db: DbScope = this.db,
  ): Promise<'escalated' | 'top' | null> {
    return inTransaction(db, async (trx) => {
      const row = await repo.findById(trx, itemId);
      if (!row) return null;
      const step = automaticStep(
        {
          kind: row.kind,
          isBlocker: row.is_blocker === 1,
          status: row.status,
          path: pathOf(row),
          currentLevel: row.current_level,
          decisionNeededBy: row.decision_needed_by,
          escalatedFor: row.escalated_for,
        },
        date,
      );
      if (step === null) return null;
      if (step.kind === 'top') {
        await this.save(trx, row, { at_top: 1, escalated_for: row.decision_needed_by });
        const level = pathOf(row)[row.current_level - 1]!;
        await this.deps.audit.record(trx, SYSTEM_CAUSE, {
          action: 'raid_item.reached_top',
          entityType: 'raid_item',
          entityId: row.id,
          after: {
            key: keyOf(row),
            title: row.title,
            level: row.current_level,
            label: level.label,
            decisionNeededBy: row.decision_needed_by,
          },
        });
        return 'top';
      }
      await this.step(trx, SYSTEM_CAUSE, row, step.to, '', { escalated_for: row.decision_needed_by });
      return 'escalated';
    });
  }

  /**
   * Escalates one level by hand. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (not an
   * open issue; or at its last level already, naming `level`).
   */
  async escalate(actor: Actor, id: string, input: z.output<typeof RaidEscalateSchema>) {
    authorize(actor, 'governance.manage');
    await inTransaction(this.db, async (trx) => {
      const row = await this.items.load(trx, actor, id);
      if (row.kind !== 'issue')
        throw new AppError('INVALID_STATE', 'Only issues and blockers have an escalation path', [
          { path: 'kind', message: `This item is a ${row.kind}` },
        ]);
      if (row.status !== 'open')
        throw new AppError('INVALID_STATE', 'This issue is resolved: reopen it to escalate it', [
          { path: 'status', message: 'Resolved' },
        ]);
      if (row.version !== input.version) throw versionConflict('This RAID item', row.version);
      const path = pathOf(row);
      const to = nextLevel(path, row.current_level);
      if (to === null) {
        const message =
          path.length === 0
            ? 'It has no escalation path: add levels first'
            : `Already at the last level, ${path[path.length - 1]!.label}`;
        throw fieldError('level', message, 'INVALID_STATE');
      }
      await this.step(trx, actor, row, to, input.note ?? '', {});
    });
    return this.items.get(actor, id);
  }

  private async save(trx: DbScope, row: RaidRow, patch: Partial<RaidRow>): Promise<RaidRow> {
    const after = { ...row, ...patch, updated_at: this.deps.clock.now().toISOString() };
    if (!(await repo.updateVersioned(trx, row.id, row.version, after)))
      throw versionConflict('This RAID item', row.version + 1);
    return { ...after, version: row.version + 1 };
  }

  private async step(
    trx: DbScope,
    cause: AuditCause,
    row: RaidRow,
    to: number,
    note: string,
    patch: Partial<RaidRow>,
  ): Promise<void> {
    const path = pathOf(row);
    const level = path[to - 1]!;
    const at = this.deps.clock.now().toISOString();
    await this.save(trx, row, { ...patch, current_level: to, at_top: 0 });
    const automatic = cause.id === null;
    await repo.insertEscalation(trx, {
      id: uuidv7(),
      item_id: row.id,
      from_level: row.current_level,
      to_level: to,
      automatic: automatic ? 1 : 0,
      actor_id: cause.id,
      note,
      at,
    });
    await this.deps.audit.record(trx, cause, {
      action: 'raid_item.escalated',
      entityType: 'raid_item',
      entityId: row.id,
      after: {
        key: keyOf(row),
        title: row.title,
        fromLevel: row.current_level,
        toLevel: to,
        toLabel: level.label,
        toStakeholderId: level.stakeholderId,
        automatic,
        decisionNeededBy: row.decision_needed_by,
        note,
      },
    });
    // The new level's person and the owner hear it, when they have an account (contacts have no inbox).
    const people = await this.deps.stakeholders.summaries(trx, [
      level.stakeholderId,
      ...(row.owner_id ? [row.owner_id] : []),
    ]);
    const target = people.get(level.stakeholderId);
    const owner = row.owner_id ? people.get(row.owner_id) : undefined;
    const why = automatic ? `its decision was needed by ${row.decision_needed_by}` : 'escalated by hand';
    const ref = { entityType: 'raid_item' as const, entityId: row.id };
    if (target?.userId)
      await this.deps.collaboration.notify(trx, cause, {
        ...ref,
        userIds: [target.userId],
        kind: 'escalated',
        summary: `${keyOf(row)} ${row.title}: escalated to you as ${level.label} (level ${to}; ${why})`,
      });
    if (owner?.userId && owner.userId !== target?.userId)
      await this.deps.collaboration.notify(trx, cause, {
        ...ref,
        userIds: [owner.userId],
        kind: 'escalated',
        summary: `${keyOf(row)} ${row.title}: escalated to level ${to}, ${level.label}${target ? ` (${target.name})` : ''}`,
      });
  }
}
