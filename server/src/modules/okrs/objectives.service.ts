import type { Confidence, ObjectiveCreateSchema, ObjectiveDetail, ObjectiveUpdate } from '@policyops/contracts';
import { OBJECTIVE_ACTIVITY_FIELDS, periodLabel } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { ObjectivesTable } from '../../db/okrs-schema.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import { assertMayEditObjective } from './okr-access.js';
import type { OkrReader } from './okr-reader.js';
import { alignmentCycle, alignmentPeriodProblem } from './okr-rules.js';
import * as repo from './okrs.repository.js';

type ObjectiveInput = z.output<typeof ObjectiveCreateSchema>;

/** What the audit log keeps of an objective. */
export function auditObjective(row: ObjectivesTable) {
  return {
    id: row.id,
    periodKey: row.period_key,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    teamId: row.team_id,
    parentId: row.parent_id,
    rollupMethod: row.rollup_method as 'average' | 'weighted',
    includeChildren: row.include_children === 1,
    statusOverride:
      row.status_override && row.status_override_reason
        ? { status: row.status_override as Confidence, reason: row.status_override_reason }
        : null,
    version: row.version,
  };
}

/** Objectives: create, edit (alignment, roll-up method, status override), delete. */
export class ObjectivesService {
  constructor(
    private readonly db: DbScope,
    private readonly reader: OkrReader,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
  ) {}

  /** Throws NOT_FOUND. */
  async get(actor: Actor, objectiveId: string): Promise<ObjectiveDetail> {
    authorize(actor, 'okrs.read');
    return this.reader.objective(this.db, actor, objectiveId);
  }

  /**
   * Creates an objective, owned by the caller unless a program manager or admin names someone.
   * Throws FORBIDDEN, VALIDATION_FAILED (owner, team, parent), OKR_PERIOD_CLOSED.
   */
  async create(actor: Actor, input: ObjectiveInput): Promise<ObjectiveDetail> {
    authorize(actor, 'okrs.contribute');
    const ownerId = input.ownerId ?? actor.id;
    if (ownerId !== actor.id && !can(actor, 'okrs.manage'))
      throw new AppError('FORBIDDEN', 'Only program managers and admins create objectives for someone else');
    const id = await inTransaction(this.db, async (trx) => {
      await this.reader.assertOpen(trx, input.periodKey, 'no objective can be added');
      await this.assertOwner(trx, ownerId);
      if (input.teamId) await this.teams.assertTeamsExist(trx, [input.teamId], 'body.teamId');
      if (input.parentId) await this.assertParent(trx, null, input.periodKey, input.parentId);
      const now = this.reader.now();
      const row: ObjectivesTable = {
        id: uuidv7(),
        period_key: input.periodKey,
        title: input.title,
        description: input.description,
        owner_id: ownerId,
        team_id: input.teamId,
        parent_id: input.parentId,
        rollup_method: input.rollupMethod,
        include_children: input.includeChildren ? 1 : 0,
        status_override: null,
        status_override_reason: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertObjective(trx, row);
      await this.audit.record(trx, actor, {
        action: 'objective.created',
        entityType: 'objective',
        entityId: row.id,
        after: auditObjective(row),
      });
      await this.collaboration.recordActivity(trx, actor, {
        entityType: 'objective',
        entityId: row.id,
        event: 'objective.created',
        details: {},
      });
      await this.collaboration.watch(trx, actor, {
        userIds: [actor.id, ownerId],
        entityType: 'objective',
        entityId: row.id,
      });
      await this.collaboration.notify(trx, actor, {
        userIds: [ownerId],
        kind: 'assignment',
        entityType: 'objective',
        entityId: row.id,
        summary: `You own the ${periodLabel(row.period_key)} objective “${row.title}”`,
      });
      return row.id;
    });
    return this.reader.objective(this.db, actor, id);
  }

  /**
   * Edits an objective with the version read. The owner edits their own; reassigning is for program
   * managers and admins. Throws FORBIDDEN, NOT_FOUND, OKR_PERIOD_CLOSED, VERSION_CONFLICT,
   * VALIDATION_FAILED (owner, team, parent: another period, a loop).
   */
  async update(actor: Actor, objectiveId: string, input: ObjectiveUpdate): Promise<ObjectiveDetail> {
    authorize(actor, 'okrs.contribute');
    await inTransaction(this.db, async (trx) => {
      const before = await repo.findObjective(trx, objectiveId);
      if (!before) throw notFound('Objective');
      assertMayEditObjective(actor, before.owner_id);
      if (input.ownerId !== undefined && input.ownerId !== before.owner_id && !can(actor, 'okrs.manage'))
        throw new AppError('FORBIDDEN', 'Only program managers and admins reassign an objective');
      await this.reader.assertOpen(trx, before.period_key, 'its objectives');
      if (before.version !== input.version) throw versionConflict('This objective', before.version);
      if (input.ownerId !== undefined && input.ownerId !== before.owner_id) await this.assertOwner(trx, input.ownerId);
      if (input.teamId) await this.teams.assertTeamsExist(trx, [input.teamId], 'body.teamId');
      if (input.parentId) await this.assertParent(trx, objectiveId, before.period_key, input.parentId);
      const patch: Partial<ObjectivesTable> = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        ...(input.teamId !== undefined ? { team_id: input.teamId } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        ...(input.rollupMethod !== undefined ? { rollup_method: input.rollupMethod } : {}),
        ...(input.includeChildren !== undefined ? { include_children: input.includeChildren ? 1 : 0 } : {}),
        ...(input.statusOverride !== undefined
          ? {
              status_override: input.statusOverride?.status ?? null,
              status_override_reason: input.statusOverride?.reason ?? null,
            }
          : {}),
        updated_at: this.reader.now(),
      };
      if (!(await repo.updateObjectiveVersioned(trx, objectiveId, input.version, patch)))
        throw versionConflict('This objective', before.version + 1);
      const after = { ...before, ...patch, version: input.version + 1 };
      await this.audit.record(trx, actor, {
        action: 'objective.updated',
        entityType: 'objective',
        entityId: objectiveId,
        before: auditObjective(before),
        after: auditObjective(after),
      });
      await this.collaboration.recordActivity(trx, actor, {
        entityType: 'objective',
        entityId: objectiveId,
        event: 'objective.updated',
        details: { fields: OBJECTIVE_ACTIVITY_FIELDS.filter((field) => input[field] !== undefined) },
      });
      if (input.ownerId !== undefined && input.ownerId !== before.owner_id) {
        await this.collaboration.watch(trx, actor, {
          userIds: [input.ownerId],
          entityType: 'objective',
          entityId: objectiveId,
        });
        await this.collaboration.notify(trx, actor, {
          userIds: [input.ownerId],
          kind: 'assignment',
          entityType: 'objective',
          entityId: objectiveId,
          summary: `You now own the ${periodLabel(before.period_key)} objective “${after.title}”`,
        });
      }
    });
    return this.reader.objective(this.db, actor, objectiveId);
  }

  /**
   * Deletes an objective with its key results and check-ins. Refused while objectives align to it.
   * Throws FORBIDDEN, NOT_FOUND, OKR_PERIOD_CLOSED, INVALID_STATE, VERSION_CONFLICT.
   */
  async delete(actor: Actor, objectiveId: string, version: number): Promise<void> {
    authorize(actor, 'okrs.contribute');
    await inTransaction(this.db, async (trx) => {
      const before = await repo.findObjective(trx, objectiveId);
      if (!before) throw notFound('Objective');
      assertMayEditObjective(actor, before.owner_id);
      await this.reader.assertOpen(trx, before.period_key, 'its objectives');
      const children = await repo.countChildren(trx, objectiveId);
      if (children > 0)
        throw new AppError(
          'INVALID_STATE',
          `${children} ${children === 1 ? 'objective aligns' : 'objectives align'} to this one: align them elsewhere or delete them first`,
        );
      if (before.version !== version || !(await repo.deleteObjectiveVersioned(trx, objectiveId, version)))
        throw versionConflict('This objective', before.version);
      await this.audit.record(trx, actor, {
        action: 'objective.deleted',
        entityType: 'objective',
        entityId: objectiveId,
        before: auditObjective(before),
      });
    });
  }

  /** Throws VALIDATION_FAILED naming body.ownerId unless the person exists and is active. */
  private async assertOwner(trx: DbScope, ownerId: string): Promise<void> {
    const owner = await this.users.findById(trx, ownerId);
    if (!owner || owner.status !== 'active') throw fieldError('body.ownerId', 'Choose an active person as the owner');
  }

  /**
   * Throws VALIDATION_FAILED naming body.parentId when the parent does not exist, is in a period it
   * may not align to (same period, or the enclosing fiscal year), or would close a loop.
   */
  private async assertParent(trx: DbScope, objectiveId: string | null, periodKey: string, parentId: string) {
    const parent = await repo.findObjective(trx, parentId);
    if (!parent) throw fieldError('body.parentId', 'No such objective to align to');
    const periodProblem = alignmentPeriodProblem(periodKey, parent.period_key);
    if (periodProblem) throw fieldError('body.parentId', periodProblem);
    if (!objectiveId) return;
    const parents = new Map<string, string | null>();
    const parentOf = (id: string) => parents.get(id) ?? null;
    // Walk up from the new parent (a short chain: a quarter and its year at most, in practice).
    for (let id: string | null = parentId, hops = 0; id && !parents.has(id) && hops < 1000; hops += 1) {
      const next: string | null = await repo.parentIdOf(trx, id);
      parents.set(id, next);
      id = next;
    }
    const cycle = alignmentCycle(objectiveId, parentId, parentOf);
    if (cycle) {
      const titles = new Map((await repo.objectiveTitles(trx, cycle)).map((o) => [o.id, o.title]));
      throw fieldError(
        'body.parentId',
        `Aligning here would make a loop: ${cycle.map((id) => `“${titles.get(id) ?? id}”`).join(' → ')}`,
      );
    }
  }
}
