import type {
  Permission,
  SavedView,
  SavedViewCreate,
  SavedViewEntity,
  SavedViewList,
  SavedViewQuery,
  SavedViewUpdate,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import * as repo from './saved-views.repository.js';

/** The permission needed to read the list a view filters: a view never shows more than its list. */
const READ_PERMISSION: Record<SavedViewEntity, Permission> = { change_requests: 'change_requests.read' };

/** At most this many of one's own views, and as many shared by others, in one list reply. */
const LIST_LIMIT = 200;

/**
 * Saved views of lists. Each person manages exactly their own; a shared view is readable by everyone
 * who may read its list and changeable by its owner only (403 for others, 404 for a private view of
 * someone else, which they may not know exists). Not audited, like notification settings: a view is a
 * stored filter and changes no record or what anyone may do.
 */
export class SavedViewsService {
  constructor(private readonly db: DbScope) {}

  /** Throws FORBIDDEN. */
  async list(actor: Actor, entity: SavedViewEntity): Promise<SavedViewList> {
    authorize(actor, READ_PERMISSION[entity]);
    const [own, shared] = await Promise.all([
      repo.listOwn(this.db, entity, actor.id, LIST_LIMIT + 1),
      repo.listSharedByOthers(this.db, entity, actor.id, LIST_LIMIT + 1),
    ]);
    return {
      items: [...own.slice(0, LIST_LIMIT), ...shared.slice(0, LIST_LIMIT)].map((row) => this.view(actor, row)),
      truncated: own.length > LIST_LIMIT || shared.length > LIST_LIMIT,
    };
  }

  /** Throws FORBIDDEN. */
  async create(actor: Actor, input: SavedViewCreate): Promise<SavedView> {
    const entity = input.entity;
    authorize(actor, READ_PERMISSION[entity]);
    const now = new Date().toISOString();
    const id = uuidv7();
    await repo.insert(this.db, {
      id,
      owner_id: actor.id,
      entity,
      name: input.name,
      query: JSON.stringify(input.query),
      shared: input.shared ? 1 : 0,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    return this.get(actor, id);
  }

  /** Throws NOT_FOUND, FORBIDDEN (someone else's shared view), VERSION_CONFLICT. */
  async update(actor: Actor, id: string, input: SavedViewUpdate): Promise<SavedView> {
    await inTransaction(this.db, async (trx) => {
      const row = await this.ownedRow(trx, actor, id);
      if (row.version !== input.version) throw versionConflict('The saved view', row.version);
      const patch = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.query !== undefined ? { query: JSON.stringify(input.query) } : {}),
        ...(input.shared !== undefined ? { shared: input.shared ? 1 : 0 } : {}),
        updated_at: new Date().toISOString(),
      };
      if (!(await repo.updateVersioned(trx, id, input.version, patch)))
        throw versionConflict('The saved view', input.version + 1);
    });
    return this.get(actor, id);
  }

  /** Throws NOT_FOUND, FORBIDDEN (someone else's shared view), VERSION_CONFLICT. */
  async delete(actor: Actor, id: string, version: number): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const row = await this.ownedRow(trx, actor, id);
      if (row.version !== version || !(await repo.deleteVersioned(trx, id, version)))
        throw versionConflict('The saved view', row.version);
    });
  }

  private async get(actor: Actor, id: string): Promise<SavedView> {
    const row = await repo.find(this.db, id);
    if (!row) throw notFound('The saved view');
    return this.view(actor, row);
  }

  /** The view if the caller owns it; 404 when they may not see it, 403 when it is someone else's shared view. */
  private async ownedRow(db: DbScope, actor: Actor, id: string): Promise<repo.SavedViewRow> {
    const row = await repo.find(db, id);
    const entity = row?.entity as SavedViewEntity | undefined;
    if (!row || !entity || !(entity in READ_PERMISSION)) throw notFound('The saved view');
    authorize(actor, READ_PERMISSION[entity]);
    if (row.owner_id === actor.id) return row;
    if (row.shared !== 1) throw notFound('The saved view');
    throw new AppError('FORBIDDEN', `Only ${row.owner_name}, who saved this view, may change or delete it`);
  }

  private view(actor: Actor, row: repo.SavedViewRow): SavedView {
    const mine = row.owner_id === actor.id;
    return {
      id: row.id,
      entity: row.entity as SavedViewEntity,
      name: row.name,
      query: JSON.parse(row.query) as SavedViewQuery,
      shared: row.shared === 1,
      owner: { id: row.owner_id, name: row.owner_name },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      abilities: { update: mine, delete: mine },
    };
  }
}
