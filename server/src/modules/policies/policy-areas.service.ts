import type { PolicyArea, PolicyAreaCreate, PolicyAreaUpdate } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { PolicyAreasTable } from '../../db/schema.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import { viewerOf } from './policy-access.js';
import * as repo from './policies.repository.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

const nameTaken = (name: string) =>
  new AppError('ALREADY_EXISTS', `An area named "${name}" already exists`, [
    { path: 'body.name', message: 'An area with this name already exists' },
  ]);

const unknownParent = () =>
  new AppError('VALIDATION_FAILED', 'The parent area does not exist', [
    { path: 'body.parentId', message: 'Unknown area' },
  ]);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why an area cannot be deleted, naming only what the caller can see: an area holding nothing
 * but restricted policies they may not see is "in use", never "holds a policy".
 */
export function areaInUseMessage(subAreas: number, visiblePolicies: number): string {
  const parts = [
    subAreas > 0 ? count(subAreas, 'sub-area', 'sub-areas') : '',
    visiblePolicies > 0 ? count(visiblePolicies, 'policy', 'policies') : '',
  ].filter(Boolean);
  return parts.length > 0
    ? `Move its ${parts.join(' and ')} elsewhere before deleting this area`
    : 'This area cannot be deleted while it is in use';
}

function auditArea(row: PolicyAreasTable) {
  return { id: row.id, name: row.name, parentId: row.parent_id, description: row.description, version: row.version };
}

/** The policy taxonomy: a tree of areas (Hate Speech, Minor Safety, ...). */
export class PolicyAreasService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<PolicyArea[]> {
    authorize(actor, 'policies.read');
    const [areas, counts] = await Promise.all([
      repo.listAreas(this.db),
      repo.visibleCountsByArea(this.db, viewerOf(actor)),
    ]);
    return areas.map((a) => ({
      id: a.id,
      name: a.name,
      parentId: a.parent_id,
      description: a.description,
      policyCount: counts.get(a.id) ?? 0,
      version: a.version,
    }));
  }

  /** The area and every area below it, for filtering a subtree. */
  async subtreeIds(areaId: string): Promise<string[]> {
    const areas = await repo.listAreas(this.db);
    const out = [areaId];
    for (let i = 0; i < out.length; i++) for (const a of areas) if (a.parent_id === out[i]) out.push(a.id);
    return out;
  }

  /** Throws FORBIDDEN, ALREADY_EXISTS, VALIDATION_FAILED (unknown parent). */
  async create(
    actor: Actor,
    input: Required<Pick<PolicyAreaCreate, 'name'>> & { parentId: string | null; description: string },
  ): Promise<PolicyArea> {
    authorize(actor, 'policies.manage');
    const row = await inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, input));
    return {
      id: row.id,
      name: row.name,
      parentId: row.parent_id,
      description: row.description,
      policyCount: 0,
      version: row.version,
    };
  }

  async createInTransaction(
    trx: DbScope,
    cause: AuditCause,
    input: { name: string; parentId: string | null; description: string },
  ): Promise<PolicyAreasTable> {
    if (await repo.findAreaByName(trx, input.name)) throw nameTaken(input.name);
    if (input.parentId && !(await repo.findArea(trx, input.parentId))) throw unknownParent();
    const now = new Date().toISOString();
    const row = {
      id: uuidv7(),
      name: input.name,
      parent_id: input.parentId,
      description: input.description,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insertArea(trx, row);
    await this.audit.record(trx, cause, {
      action: 'policy_area.created',
      entityType: 'policy_area',
      entityId: row.id,
      after: auditArea(row),
    });
    return row;
  }

  /**
   * Renames or moves an area; a move under itself or its own descendant is a cycle. Throws FORBIDDEN, NOT_FOUND,
   * VERSION_CONFLICT, ALREADY_EXISTS, VALIDATION_FAILED.
   */
  async update(actor: Actor, areaId: string, input: PolicyAreaUpdate): Promise<PolicyArea> {
    authorize(actor, 'policies.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.areaAt(trx, areaId, input.version);
      if (input.name && input.name !== before.name && (await repo.findAreaByName(trx, input.name)))
        throw nameTaken(input.name);
      if (input.parentId) await this.assertNoCycle(trx, areaId, input.parentId);
      const patch = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        updated_at: new Date().toISOString(),
      };
      if (!(await repo.updateAreaVersioned(trx, areaId, input.version, patch)))
        throw versionConflict('This area', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'policy_area.updated',
        entityType: 'policy_area',
        entityId: areaId,
        before: auditArea(before),
        after: auditArea({ ...before, ...patch, version: input.version + 1 }),
      });
    });
    const area = (await this.list(actor)).find((a) => a.id === areaId);
    if (!area) throw notFound('Policy area');
    return area;
  }

  private async assertNoCycle(trx: DbScope, areaId: string, newParentId: string): Promise<void> {
    const areas = new Map((await repo.listAreas(trx)).map((a) => [a.id, a]));
    if (!areas.has(newParentId)) throw unknownParent();
    for (let cursor: string | null = newParentId; cursor; cursor = areas.get(cursor)?.parent_id ?? null) {
      if (cursor === areaId) {
        throw new AppError('VALIDATION_FAILED', 'An area cannot be moved under itself or one of its own sub-areas', [
          { path: 'body.parentId', message: 'This would make a cycle in the area tree' },
        ]);
      }
    }
  }

  /**
   * Deletes an empty area. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (has sub-areas or policies).
   */
  async delete(actor: Actor, areaId: string, version: number): Promise<void> {
    authorize(actor, 'policies.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.areaAt(trx, areaId, version);
      const contents = await repo.areaContents(trx, areaId, viewerOf(actor));
      if (contents.subAreas > 0 || contents.policies > 0)
        throw new AppError('INVALID_STATE', areaInUseMessage(contents.subAreas, contents.visiblePolicies));
      if (!(await repo.deleteAreaVersioned(trx, areaId, version)))
        throw versionConflict('This area', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'policy_area.deleted',
        entityType: 'policy_area',
        entityId: areaId,
        before: auditArea(before),
      });
    });
  }

  /** The area to change, at the version the caller saw. Throws NOT_FOUND, VERSION_CONFLICT. */
  private async areaAt(trx: DbScope, areaId: string, version: number): Promise<PolicyAreasTable> {
    const area = await repo.findArea(trx, areaId);
    if (!area) throw notFound('Policy area');
    if (area.version !== version) throw versionConflict('This area', area.version);
    return area;
  }

  findByName(db: DbScope, name: string): Promise<PolicyAreasTable | undefined> {
    return repo.findAreaByName(db, name);
  }
}
