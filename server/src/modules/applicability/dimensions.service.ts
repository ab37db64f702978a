import type {
  ApplicabilityDimensions,
  Market,
  MarketKind,
  MarketUpdate,
  Surface,
  SurfaceUpdate,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { MarketsTable, SurfacesTable } from '../../db/schema.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import * as repo from './applicability.repository.js';
import { inheritsFrom } from './applicability-resolution.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

const surfaceOf = (r: SurfacesTable): Surface => ({ id: r.id, name: r.name, position: r.position, version: r.version });
/** A market's own fields: what the audit log keeps. */
const marketRecord = (r: MarketsTable) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind as MarketKind,
  parentId: r.parent_id,
  position: r.position,
  version: r.version,
});

/** A market as the API shows it, with where it inherits from (resolved against all markets, this one as given). */
const marketOf = (r: MarketsTable, all: readonly MarketsTable[]): Market => ({
  ...marketRecord(r),
  inheritsFrom: inheritsFrom(r.id, [...all.filter((m) => m.id !== r.id), r]),
});

/** The record to change or delete, at the version the caller saw. Throws NOT_FOUND, VERSION_CONFLICT. */
function atVersion<T extends { version: number }>(row: T | undefined, what: string, version: number): T {
  if (!row) throw notFound(what);
  if (row.version !== version) throw versionConflict(`This ${what.toLowerCase()}`, row.version);
  return row;
}

/** The workspace's lists of product surfaces and markets: the axes of every applicability grid. */
export class ApplicabilityDimensionsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<ApplicabilityDimensions> {
    authorize(actor, 'policies.read');
    return this.listInTransaction(this.db);
  }

  /** The same inside a caller's transaction or system task (imports, other modules' rules). */
  async listInTransaction(db: DbScope): Promise<ApplicabilityDimensions> {
    const [surfaces, markets] = await Promise.all([repo.listSurfaces(db), repo.listMarkets(db)]);
    return { surfaces: surfaces.map(surfaceOf), markets: markets.map((m) => marketOf(m, markets)) };
  }

  /**
   * A market by id or code (any case) with where it inherits from: the lineage that the per-market
   * rules of other modules (effective dates) follow. Null when there is no such market.
   */
  async lineageOf(db: DbScope, idOrCode: string): Promise<string[] | null> {
    const { markets } = await this.listInTransaction(db);
    const market = markets.find((m) => m.id === idOrCode || m.code === idOrCode.toUpperCase());
    return market ? [market.id, ...market.inheritsFrom] : null;
  }

  /** Throws FORBIDDEN, ALREADY_EXISTS. */
  async createSurface(actor: Actor, input: { name: string; position?: number | undefined }): Promise<Surface> {
    authorize(actor, 'workspace.manage');
    return inTransaction(this.db, (trx) => this.createSurfaceInTransaction(trx, actor, input));
  }

  async createSurfaceInTransaction(
    trx: DbScope,
    cause: AuditCause,
    input: { name: string; position?: number | undefined },
  ): Promise<Surface> {
    if (await repo.findSurfaceByName(trx, input.name))
      throw fieldError('body.name', `A surface named "${input.name}" already exists`, 'ALREADY_EXISTS');
    const now = new Date().toISOString();
    const row: SurfacesTable = {
      id: uuidv7(),
      name: input.name,
      position: input.position ?? (await repo.listSurfaces(trx)).length,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insertSurface(trx, row);
    await this.audit.record(trx, cause, {
      action: 'surface.created',
      entityType: 'surface',
      entityId: row.id,
      after: surfaceOf(row),
    });
    return surfaceOf(row);
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, ALREADY_EXISTS. */
  async updateSurface(actor: Actor, id: string, input: SurfaceUpdate): Promise<Surface> {
    authorize(actor, 'workspace.manage');
    return inTransaction(this.db, async (trx) => {
      const before = atVersion(await repo.findSurface(trx, id), 'Surface', input.version);
      if (input.name && input.name !== before.name && (await repo.findSurfaceByName(trx, input.name)))
        throw fieldError('body.name', `A surface named "${input.name}" already exists`, 'ALREADY_EXISTS');
      const patch = {
        ...(input.name ? { name: input.name } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        updated_at: new Date().toISOString(),
      };
      if (!(await repo.updateVersioned(trx, 'surfaces', id, input.version, patch)))
        throw versionConflict('This surface', before.version + 1);
      const after = { ...before, ...patch, version: before.version + 1 };
      await this.audit.record(trx, actor, {
        action: 'surface.updated',
        entityType: 'surface',
        entityId: id,
        before: surfaceOf(before),
        after: surfaceOf(after),
      });
      return surfaceOf(after);
    });
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (still used by a policy). */
  async deleteSurface(actor: Actor, id: string, version: number): Promise<void> {
    authorize(actor, 'workspace.manage');
    await inTransaction(this.db, async (trx) => {
      const before = atVersion(await repo.findSurface(trx, id), 'Surface', version);
      const used = await repo.policiesUsing(trx, 'surface_id', id);
      if (used > 0)
        throw new AppError(
          'INVALID_STATE',
          `${used} ${used === 1 ? 'policy says' : 'policies say'} where they apply on ${before.name}; clear those cells first`,
        );
      if (!(await repo.deleteVersioned(trx, 'surfaces', id, version)))
        throw versionConflict('This surface', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'surface.deleted',
        entityType: 'surface',
        entityId: id,
        before: surfaceOf(before),
      });
    });
  }

  /** Throws FORBIDDEN, ALREADY_EXISTS, VALIDATION_FAILED (parent). */
  async createMarket(
    actor: Actor,
    input: { code: string; name: string; kind: MarketKind; parentId: string | null; position?: number | undefined },
  ): Promise<Market> {
    authorize(actor, 'workspace.manage');
    return inTransaction(this.db, (trx) => this.createMarketInTransaction(trx, actor, input));
  }

  async createMarketInTransaction(
    trx: DbScope,
    cause: AuditCause,
    input: { code: string; name: string; kind: MarketKind; parentId: string | null; position?: number | undefined },
  ): Promise<Market> {
    if (await repo.findMarketByCode(trx, input.code))
      throw fieldError('body.code', `A market with code ${input.code} already exists`, 'ALREADY_EXISTS');
    await this.assertParent(trx, input.kind, input.parentId, null);
    const now = new Date().toISOString();
    const row: MarketsTable = {
      id: uuidv7(),
      code: input.code,
      name: input.name,
      kind: input.kind,
      parent_id: input.parentId,
      position: input.position ?? (await repo.listMarkets(trx)).length,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insertMarket(trx, row);
    await this.audit.record(trx, cause, {
      action: 'market.created',
      entityType: 'market',
      entityId: row.id,
      after: marketRecord(row),
    });
    return marketOf(row, await repo.listMarkets(trx));
  }

  /** Global has no parent; a region sits at the top; a country may sit in a region. No cycles. */
  private async assertParent(
    trx: DbScope,
    kind: string,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    if (!parentId) return;
    if (kind !== 'country') throw fieldError('body.parentId', 'Only a country can belong to a region');
    const parent = await repo.findMarket(trx, parentId);
    if (!parent) throw fieldError('body.parentId', 'Unknown market');
    if (parent.kind !== 'region') throw fieldError('body.parentId', `${parent.name} is not a region`);
    if (selfId && [parentId, ...inheritsFrom(parentId, await repo.listMarkets(trx))].includes(selfId))
      throw fieldError('body.parentId', 'A market cannot sit inside itself');
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED (parent). */
  async updateMarket(actor: Actor, id: string, input: MarketUpdate): Promise<Market> {
    authorize(actor, 'workspace.manage');
    return inTransaction(this.db, async (trx) => {
      const before = atVersion(await repo.findMarket(trx, id), 'Market', input.version);
      if (input.parentId !== undefined) await this.assertParent(trx, before.kind, input.parentId, id);
      const patch = {
        ...(input.name ? { name: input.name } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        updated_at: new Date().toISOString(),
      };
      if (!(await repo.updateVersioned(trx, 'markets', id, input.version, patch)))
        throw versionConflict('This market', before.version + 1);
      const after = { ...before, ...patch, version: before.version + 1 };
      await this.audit.record(trx, actor, {
        action: 'market.updated',
        entityType: 'market',
        entityId: id,
        before: marketRecord(before),
        after: marketRecord(after),
      });
      return marketOf(after, await repo.listMarkets(trx));
    });
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (in use or has countries). */
  async deleteMarket(actor: Actor, id: string, version: number): Promise<void> {
    authorize(actor, 'workspace.manage');
    await inTransaction(this.db, async (trx) => {
      const before = atVersion(await repo.findMarket(trx, id), 'Market', version);
      const [policies, dates, children] = await Promise.all([
        repo.policiesUsing(trx, 'market_id', id),
        repo.marketDatesUsing(trx, id),
        repo.childMarkets(trx, id),
      ]);
      if (children > 0)
        throw new AppError(
          'INVALID_STATE',
          `${before.name} still has ${children} ${children === 1 ? 'country' : 'countries'}; move or delete them first`,
        );
      if (policies > 0 || dates > 0)
        throw new AppError(
          'INVALID_STATE',
          `${before.name} is used by ${policies} applicability ${policies === 1 ? 'grid' : 'grids'} and ${dates} market effective ${dates === 1 ? 'date' : 'dates'}; clear those first`,
        );
      if (!(await repo.deleteVersioned(trx, 'markets', id, version)))
        throw versionConflict('This market', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'market.deleted',
        entityType: 'market',
        entityId: id,
        before: marketRecord(before),
      });
    });
  }
}
