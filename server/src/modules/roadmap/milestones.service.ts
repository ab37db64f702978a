import {
  isFixedMilestoneKind,
  type Milestone,
  type MilestoneCreateSchema,
  type MilestoneKind,
  type MilestoneUpdate,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize, type Actor } from '../../http/actor.js';
import { fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import * as depsRepo from './dependencies.repository.js';
import { dependencySnapshot } from './dependencies.service.js';
import { assertCanEdit } from './initiative-access.js';
import { refreshProgress } from './initiative-derived.service.js';
import { toMilestone } from './initiative-views.js';
import * as repo from './initiatives.repository.js';
import type { InitiativeRow } from './initiatives.repository.js';
import * as milestonesRepo from './milestones.repository.js';
import type { MilestoneRow } from './milestones.repository.js';

type MilestoneInput = z.output<typeof MilestoneCreateSchema>;

/** What the audit log keeps of a milestone: its view without the day it was done. */
export function milestoneSnapshot(row: MilestoneRow) {
  const { doneOn: _doneOn, ...kept } = toMilestone(row);
  return kept;
}

/** Throws VALIDATION_FAILED (body.date) unless the date is inside the initiative's span. */
function assertInside(initiative: InitiativeRow, date: string): void {
  if (date < initiative.start_date || date > initiative.end_date)
    throw fieldError(
      'body.date',
      `Falls outside its initiative (${initiative.start_date} – ${initiative.end_date}); pick a date inside it or change the initiative's dates first`,
    );
}

/**
 * Milestones of an initiative: internal checkpoints, or external dates (fixed). Every change locks
 * the initiative first, so its span and milestones are read as they are, and refreshes its progress.
 */
export class MilestonesService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
  ) {}

  /** The initiative, locked, that the actor may change. Throws NOT_FOUND, FORBIDDEN. */
  private async editableInitiative(trx: DbScope, actor: Actor, initiativeId: string): Promise<InitiativeRow> {
    if (!(await repo.lockForChange(trx, initiativeId))) throw notFound('Initiative');
    const initiative = (await repo.findById(trx, initiativeId))!;
    assertCanEdit(actor, initiative.owner_id, initiative.title);
    return initiative;
  }

  /** Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (body.date outside the initiative). */
  async create(actor: Actor, initiativeId: string, input: MilestoneInput): Promise<Milestone> {
    authorize(actor, 'roadmap.edit_own');
    return inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, initiativeId, input));
  }

  /** create() inside the caller's transaction (the roadmap import). */
  async createInTransaction(
    trx: DbScope,
    actor: Actor,
    initiativeId: string,
    input: MilestoneInput,
  ): Promise<Milestone> {
    const initiative = await this.editableInitiative(trx, actor, initiativeId);
    assertInside(initiative, input.date);
    const now = this.clock.now().toISOString();
    const row: MilestoneRow = {
      id: uuidv7(),
      initiative_id: initiativeId,
      title: input.title,
      kind: input.kind,
      date: input.date,
      fixed: isFixedMilestoneKind(input.kind) ? 1 : 0,
      done_on: input.done ? this.clock.today() : null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await milestonesRepo.insert(trx, row);
    await refreshProgress(trx, initiativeId);
    await this.audit.record(trx, actor, {
      action: 'initiative_milestone.created',
      entityType: 'initiative_milestone',
      entityId: row.id,
      after: milestoneSnapshot(row),
    });
    await this.collaboration.recordActivity(trx, actor, {
      entityType: 'initiative',
      entityId: initiativeId,
      event: 'initiative_milestone.added',
      details: { milestoneId: row.id, title: row.title, date: row.date, fixed: row.fixed === 1 },
    });
    return toMilestone(row);
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED (body.date outside the initiative). */
  async update(actor: Actor, milestoneId: string, input: MilestoneUpdate): Promise<Milestone> {
    authorize(actor, 'roadmap.edit_own');
    return inTransaction(this.db, async (trx) => {
      const found = await milestonesRepo.findById(trx, milestoneId);
      if (!found) throw notFound('Milestone');
      const initiative = await this.editableInitiative(trx, actor, found.initiative_id);
      const before = (await milestonesRepo.findById(trx, milestoneId))!;
      if (before.version !== input.version) throw versionConflict('This milestone', before.version);
      if (input.date !== undefined) assertInside(initiative, input.date);
      const kind = input.kind ?? (before.kind as MilestoneKind);
      const patch: Partial<MilestoneRow> = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.date !== undefined ? { date: input.date } : {}),
        kind,
        fixed: isFixedMilestoneKind(kind) ? 1 : 0,
        ...(input.done !== undefined ? { done_on: input.done ? (before.done_on ?? this.clock.today()) : null } : {}),
        updated_at: this.clock.now().toISOString(),
      };
      if (!(await milestonesRepo.updateVersioned(trx, milestoneId, input.version, patch)))
        throw versionConflict('This milestone', before.version + 1);
      const after = { ...before, ...patch, version: input.version + 1 };
      await refreshProgress(trx, before.initiative_id);
      await this.audit.record(trx, actor, {
        action: 'initiative_milestone.updated',
        entityType: 'initiative_milestone',
        entityId: milestoneId,
        before: milestoneSnapshot(before),
        after: milestoneSnapshot(after),
      });
      const ref = { entityType: 'initiative' as const, entityId: before.initiative_id };
      const facts = { milestoneId, title: after.title };
      if (after.date !== before.date)
        await this.collaboration.recordActivity(trx, actor, {
          ...ref,
          event: 'initiative_milestone.moved',
          details: { ...facts, from: before.date, to: after.date },
        });
      if (after.done_on !== null && before.done_on === null)
        await this.collaboration.recordActivity(trx, actor, {
          ...ref,
          event: 'initiative_milestone.completed',
          details: facts,
        });
      return toMilestone(after);
    });
  }

  /** Removes the milestone and the dependencies on it. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT. */
  async delete(actor: Actor, milestoneId: string, version: number): Promise<void> {
    authorize(actor, 'roadmap.edit_own');
    await inTransaction(this.db, async (trx) => {
      const found = await milestonesRepo.findById(trx, milestoneId);
      if (!found) throw notFound('Milestone');
      await this.editableInitiative(trx, actor, found.initiative_id);
      const before = (await milestonesRepo.findById(trx, milestoneId))!;
      if (before.version !== version) throw versionConflict('This milestone', before.version);
      await depsRepo.lockGraph(trx);
      for (const dependency of await depsRepo.ofMilestone(trx, milestoneId)) {
        await depsRepo.deleteById(trx, dependency.id);
        await this.audit.record(trx, actor, {
          action: 'initiative_dependency.deleted',
          entityType: 'initiative_dependency',
          entityId: dependency.id,
          before: dependencySnapshot(dependency),
        });
      }
      if (!(await milestonesRepo.deleteVersioned(trx, milestoneId, version)))
        throw versionConflict('This milestone', before.version + 1);
      await refreshProgress(trx, before.initiative_id);
      await this.audit.record(trx, actor, {
        action: 'initiative_milestone.deleted',
        entityType: 'initiative_milestone',
        entityId: milestoneId,
        before: milestoneSnapshot(before),
      });
    });
  }
}
