import type { CollaborationEntityType, WatchState } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { CollaborationEntities } from './collaboration-entities.js';
import * as repo from './watches.repository.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

/** Watching a record: its watchers hear about comments and changes. */
export class WatchesService {
  constructor(
    private readonly db: DbScope,
    private readonly entities: CollaborationEntities,
    private readonly audit: AuditService,
  ) {}

  private async state(db: DbScope, actor: Actor, entityType: string, entityId: string): Promise<WatchState> {
    const watching = await repo.isWatching(db, entityType, entityId, actor.id);
    return { watching, watcherCount: await repo.count(db, entityType, entityId) };
  }

  /** Throws NOT_FOUND when the caller may not see the record. */
  async get(actor: Actor, entityType: CollaborationEntityType, entityId: string): Promise<WatchState> {
    await this.entities.require(this.db, actor, entityType, entityId);
    return this.state(this.db, actor, entityType, entityId);
  }

  /** Starts watching (already watching: no change). Throws FORBIDDEN, NOT_FOUND. */
  async watch(actor: Actor, entityType: CollaborationEntityType, entityId: string): Promise<WatchState> {
    authorize(actor, 'comments.write');
    return inTransaction(this.db, async (trx) => {
      await this.entities.require(trx, actor, entityType, entityId);
      await this.watchInTransaction(trx, actor, entityType, entityId);
      return this.state(trx, actor, entityType, entityId);
    });
  }

  /** Stops watching (not watching: no change). Throws FORBIDDEN, NOT_FOUND. */
  async unwatch(actor: Actor, entityType: CollaborationEntityType, entityId: string): Promise<WatchState> {
    authorize(actor, 'comments.write');
    return inTransaction(this.db, async (trx) => {
      await this.entities.require(trx, actor, entityType, entityId);
      if (await repo.remove(trx, entityType, entityId, actor.id)) {
        await this.audit.record(trx, actor, {
          action: 'watch.stopped',
          entityType,
          entityId,
          before: { userId: actor.id },
        });
      }
      return this.state(trx, actor, entityType, entityId);
    });
  }

  /** Adds a watch inside the caller's transaction (the caller checked visibility); audits it when new. */
  async watchInTransaction(
    trx: DbScope,
    actor: Actor,
    entityType: CollaborationEntityType,
    entityId: string,
  ): Promise<void> {
    await this.watchForInTransaction(trx, actor, actor.id, entityType, entityId);
  }

  /**
   * Makes someone watch a record because of another person's act (asked to review it), inside the
   * caller's transaction; the caller checked they may see it. Audited as caused by `cause` when new.
   */
  async watchForInTransaction(
    trx: DbScope,
    cause: AuditCause,
    userId: string,
    entityType: CollaborationEntityType,
    entityId: string,
  ): Promise<void> {
    if (
      await repo.insertIfAbsent(trx, {
        entity_type: entityType,
        entity_id: entityId,
        user_id: userId,
        created_at: new Date().toISOString(),
      })
    ) {
      await this.audit.record(trx, cause, {
        action: 'watch.started',
        entityType,
        entityId,
        after: { userId },
      });
    }
  }

  watcherIds(trx: DbScope, entityType: string, entityId: string): Promise<string[]> {
    return repo.watcherIds(trx, entityType, entityId);
  }
}
