import type { Dependency, DependencyCreateSchema, DependencyUpdate } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import * as depsRepo from './dependencies.repository.js';
import type { DependencyRow } from './dependencies.repository.js';
import { cycleThrough, type Endpoint } from './dependency-graph.js';
import { canEditDependency, toDependency } from './dependency-views.js';
import { canEditInitiative } from './initiative-access.js';
import * as repo from './initiatives.repository.js';
import * as milestonesRepo from './milestones.repository.js';

type DependencyInput = z.output<typeof DependencyCreateSchema>;

export function dependencySnapshot(row: DependencyRow) {
  return {
    id: row.id,
    fromType: row.from_milestone_id ? ('milestone' as const) : ('initiative' as const),
    fromId: row.from_milestone_id ?? row.from_initiative_id,
    toType: row.to_milestone_id ? ('milestone' as const) : ('initiative' as const),
    toId: row.to_milestone_id ?? row.to_initiative_id,
    lagDays: row.lag_days,
    version: row.version,
  };
}

interface ResolvedEndpoint extends Endpoint {
  title: string;
  ownerId: string;
}

/**
 * Finish-to-start dependencies between initiatives and milestones. Every write takes the graph lock
 * first (one writer at a time on PostgreSQL), so the cycle check in the same transaction sees every
 * dependency that exists.
 */
export class DependenciesService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
  ) {}

  /** Throws VALIDATION_FAILED naming the field when the initiative or milestone does not exist. */
  private async endpoint(trx: DbScope, input: { type: string; id: string }, path: string): Promise<ResolvedEndpoint> {
    if (input.type === 'milestone') {
      const milestone = await milestonesRepo.findById(trx, input.id);
      const initiative = milestone && (await repo.findById(trx, milestone.initiative_id));
      if (!milestone || !initiative) throw fieldError(`${path}.id`, 'No such milestone');
      return {
        type: 'milestone',
        id: milestone.id,
        initiativeId: initiative.id,
        title: `${milestone.title} (${initiative.title})`,
        ownerId: initiative.owner_id,
      };
    }
    const initiative = await repo.findById(trx, input.id);
    if (!initiative) throw fieldError(`${path}.id`, 'No such initiative');
    return {
      type: 'initiative',
      id: initiative.id,
      initiativeId: initiative.id,
      title: initiative.title,
      ownerId: initiative.owner_id,
    };
  }

  private async view(trx: DbScope, actor: Actor, id: string): Promise<Dependency> {
    return toDependency(actor, (await depsRepo.findViewById(trx, id))!);
  }

  /**
   * Throws FORBIDDEN (may change neither end), VALIDATION_FAILED (unknown end; an end on itself; a
   * cycle, naming its members on body.to), ALREADY_EXISTS.
   */
  async create(actor: Actor, input: DependencyInput): Promise<Dependency> {
    authorize(actor, 'roadmap.edit_own');
    return inTransaction(this.db, async (trx) => {
      await depsRepo.lockGraph(trx);
      const from = await this.endpoint(trx, input.from, 'body.from');
      const to = await this.endpoint(trx, input.to, 'body.to');
      if (!canEditInitiative(actor, from.ownerId) && !canEditInitiative(actor, to.ownerId))
        throw new AppError(
          'FORBIDDEN',
          'Only the owners of either initiative, program managers and admins may link them',
        );
      if (from.type === to.type && from.id === to.id) throw fieldError('body.to', 'Something cannot depend on itself');
      const ends = {
        from_initiative_id: from.initiativeId,
        from_milestone_id: from.type === 'milestone' ? from.id : null,
        to_initiative_id: to.initiativeId,
        to_milestone_id: to.type === 'milestone' ? to.id : null,
      };
      if (await depsRepo.findDuplicate(trx, ends))
        throw new AppError('ALREADY_EXISTS', `“${to.title}” already depends on “${from.title}”`, [
          { path: 'body.to', message: 'This dependency already exists' },
        ]);
      const cycle = await cycleThrough(trx, from, to);
      if (cycle) {
        const text = cycle.join(' → ');
        throw new AppError('VALIDATION_FAILED', `This dependency would close a cycle: ${text}`, [
          { path: 'body.to', message: `Would close a cycle: ${text}` },
        ]);
      }
      const now = this.clock.now().toISOString();
      const row: DependencyRow = {
        id: uuidv7(),
        ...ends,
        lag_days: input.lagDays,
        created_by: actor.id,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await depsRepo.insert(trx, row);
      await this.audit.record(trx, actor, {
        action: 'initiative_dependency.created',
        entityType: 'initiative_dependency',
        entityId: row.id,
        after: dependencySnapshot(row),
      });
      const details = { dependencyId: row.id, predecessor: from.title, successor: to.title, lagDays: row.lag_days };
      for (const initiativeId of new Set([to.initiativeId, from.initiativeId]))
        await this.collaboration.recordActivity(trx, actor, {
          entityType: 'initiative',
          entityId: initiativeId,
          event: 'initiative_dependency.added',
          details,
        });
      return this.view(trx, actor, row.id);
    });
  }

  /** The dependency, locked for change by the actor. Throws NOT_FOUND, FORBIDDEN, VERSION_CONFLICT. */
  private async editable(trx: DbScope, actor: Actor, id: string, version: number) {
    await depsRepo.lockGraph(trx);
    const row = await depsRepo.findViewById(trx, id);
    if (!row) throw notFound('Dependency');
    if (!canEditDependency(actor, row))
      throw new AppError(
        'FORBIDDEN',
        'Only the owners of either initiative, program managers and admins may change it',
      );
    if (row.version !== version) throw versionConflict('This dependency', row.version);
    return row;
  }

  /** Changes the lag. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT. */
  async update(actor: Actor, dependencyId: string, input: DependencyUpdate): Promise<Dependency> {
    authorize(actor, 'roadmap.edit_own');
    return inTransaction(this.db, async (trx) => {
      const before = await this.editable(trx, actor, dependencyId, input.version);
      const patch = { lag_days: input.lagDays, updated_at: this.clock.now().toISOString() };
      if (!(await depsRepo.updateVersioned(trx, dependencyId, input.version, patch)))
        throw versionConflict('This dependency', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'initiative_dependency.updated',
        entityType: 'initiative_dependency',
        entityId: dependencyId,
        before: dependencySnapshot(before),
        after: dependencySnapshot({ ...before, ...patch, version: input.version + 1 }),
      });
      return this.view(trx, actor, dependencyId);
    });
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT. */
  async delete(actor: Actor, dependencyId: string, version: number): Promise<void> {
    authorize(actor, 'roadmap.edit_own');
    await inTransaction(this.db, async (trx) => {
      const before = await this.editable(trx, actor, dependencyId, version);
      if (!(await depsRepo.deleteVersioned(trx, dependencyId, version)))
        throw versionConflict('This dependency', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'initiative_dependency.deleted',
        entityType: 'initiative_dependency',
        entityId: dependencyId,
        before: dependencySnapshot(before),
      });
    });
  }
}
