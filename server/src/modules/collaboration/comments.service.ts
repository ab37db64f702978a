import {
  type CollaborationEntityType,
  type Comment,
  type CommentCreate,
  type CommentListQuery,
  type CommentPage,
  type CommentUpdate,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { CommentsTable } from '../../db/schema.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ActivityService } from './activity.service.js';
import { entityKey, type CollaborationEntities } from './collaboration-entities.js';
import * as peopleRepo from './collaboration-people.repository.js';
import * as repo from './comments.repository.js';
import type { CommentRow } from './comments.repository.js';
import type { NotificationsService } from './notifications.service.js';
import { excerpt, mentionsIn } from './comment-text.js';
import { decodeCursor, visiblePage } from './visible-page.js';
import type { WatchesService } from './watches.service.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

function auditComment(
  row: Pick<CommentsTable, 'id' | 'entity_type' | 'entity_id' | 'author_id' | 'body' | 'mention_ids' | 'version'>,
) {
  return {
    id: row.id,
    entityType: row.entity_type as CollaborationEntityType,
    entityId: row.entity_id,
    authorId: row.author_id,
    body: row.body,
    mentionIds: JSON.parse(row.mention_ids) as string[],
    version: row.version,
  };
}

/**
 * Comments in Markdown with @mentions on any registered record. Commenting watches the record;
 * mentioned people get a 'mention' notification, the other watchers a 'comment' one.
 */
export class CommentsService {
  constructor(
    private readonly db: DbScope,
    private readonly entities: CollaborationEntities,
    private readonly audit: AuditService,
    private readonly watches: WatchesService,
    private readonly notifications: NotificationsService,
    private readonly activity: ActivityService,
  ) {}

  private async toComments(db: DbScope, actor: Actor, rows: CommentRow[]): Promise<Comment[]> {
    const mentionIds = rows.map((r) => JSON.parse(r.mention_ids) as string[]);
    const names = await peopleRepo.namesOf(db, [...new Set(mentionIds.flat())]);
    const write = can(actor, 'comments.write');
    return rows.map((row, i) => ({
      id: row.id,
      entityType: row.entity_type as CollaborationEntityType,
      entityId: row.entity_id,
      author: { id: row.author_id, name: row.author_name },
      body: row.body,
      mentions: mentionIds[i]!.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      editedAt: row.edited_at,
      version: row.version,
      abilities: {
        edit: write && row.author_id === actor.id,
        delete: write && (row.author_id === actor.id || actor.role === 'admin'),
      },
    }));
  }

  private async getComment(actor: Actor, commentId: string): Promise<Comment> {
    const row = await repo.find(this.db, commentId);
    if (!row) throw notFound('Comment');
    return (await this.toComments(this.db, actor, [row]))[0]!;
  }

  /** The active people a text mentions (unknown and deactivated ids are ignored). */
  private async resolveMentions(trx: DbScope, body: string): Promise<string[]> {
    const ids = mentionsIn(body).map((m) => m.id);
    const active = new Set((await peopleRepo.activeUsers(trx, ids)).map((u) => u.id));
    return ids.filter((id) => active.has(id));
  }

  /** A record's comments, oldest first. Throws NOT_FOUND when the caller may not see the record. */
  async list(actor: Actor, query: CommentListQuery): Promise<CommentPage> {
    const entity = await this.entities.require(this.db, actor, query.entityType, query.entityId);
    const page = await visiblePage(
      (after, take) => repo.listForEntity(this.db, entity.type, entity.id, after, take),
      async () => new Map([[entityKey(entity.type, entity.id), entity]]),
      query.limit,
      decodeCursor(query.cursor),
    );
    return {
      items: await this.toComments(
        this.db,
        actor,
        page.items.map((i) => i.row),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /** Throws FORBIDDEN, NOT_FOUND (the record, or not allowed to see it). */
  async create(actor: Actor, input: CommentCreate): Promise<Comment> {
    authorize(actor, 'comments.write');
    const id = await inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, input));
    return this.getComment(actor, id);
  }

  /**
   * The same inside the caller's transaction (another module's step that carries a comment, such as
   * a review decision); the caller checked the permission for its own step. Returns the comment's id.
   * Throws NOT_FOUND (the record, or not allowed to see it).
   */
  async createInTransaction(trx: DbScope, actor: Actor, input: CommentCreate): Promise<string> {
    const entity = await this.entities.require(trx, actor, input.entityType, input.entityId);
    const mentionIds = await this.resolveMentions(trx, input.body);
    const now = new Date().toISOString();
    const row: CommentsTable = {
      id: uuidv7(),
      entity_type: entity.type,
      entity_id: entity.id,
      author_id: actor.id,
      body: input.body,
      mention_ids: JSON.stringify(mentionIds),
      version: 1,
      created_at: now,
      updated_at: now,
      edited_at: null,
    };
    await repo.insert(trx, row);
    await this.audit.record(trx, actor, {
      action: 'comment.created',
      entityType: 'comment',
      entityId: row.id,
      after: auditComment(row),
    });
    await this.watches.watchInTransaction(trx, actor, entity.type, entity.id);
    const text = excerpt(input.body);
    await this.activity.record(
      trx,
      actor,
      {
        entityType: entity.type,
        entityId: entity.id,
        event: 'comment.created',
        details: { excerpt: text },
        sourceId: row.id,
      },
      { notifyWatchers: false },
    );
    const mentioned = await this.notifications.deliver(trx, actor, {
      userIds: mentionIds,
      kind: 'mention',
      entityType: entity.type,
      entityId: entity.id,
      summary: `Mentioned you: ${text}`,
      sourceId: row.id,
    });
    const notified = new Set(mentioned);
    const watchers = (await this.watches.watcherIds(trx, entity.type, entity.id)).filter((w) => !notified.has(w));
    await this.notifications.deliver(trx, actor, {
      userIds: watchers,
      kind: 'comment',
      entityType: entity.type,
      entityId: entity.id,
      summary: `Commented: ${text}`,
      sourceId: row.id,
    });
    return row.id;
  }

  /** The author's own edit; only newly mentioned people are notified. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT. */
  async update(actor: Actor, commentId: string, input: CommentUpdate): Promise<Comment> {
    authorize(actor, 'comments.write');
    await inTransaction(this.db, async (trx) => {
      const before = await this.findVisible(trx, actor, commentId);
      if (before.author_id !== actor.id) throw new AppError('FORBIDDEN', 'Only the author can edit a comment');
      if (before.version !== input.version) throw versionConflict('This comment', before.version);
      const previous = new Set(JSON.parse(before.mention_ids) as string[]);
      const mentionIds = await this.resolveMentions(trx, input.body);
      const now = new Date().toISOString();
      const patch = { body: input.body, mention_ids: JSON.stringify(mentionIds), updated_at: now, edited_at: now };
      if (!(await repo.updateVersioned(trx, commentId, input.version, patch)))
        throw versionConflict('This comment', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'comment.updated',
        entityType: 'comment',
        entityId: commentId,
        before: auditComment(before),
        after: auditComment({ ...before, ...patch, version: input.version + 1 }),
      });
      const added = mentionIds.filter((id) => !previous.has(id));
      await this.notifications.deliver(trx, actor, {
        userIds: added,
        kind: 'mention',
        entityType: before.entity_type as CollaborationEntityType,
        entityId: before.entity_id,
        summary: `Mentioned you: ${excerpt(input.body)}`,
        sourceId: commentId,
      });
    });
    return this.getComment(actor, commentId);
  }

  /**
   * Deletes a comment (its author, or an admin), with the notifications and activity it caused.
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT.
   */
  async delete(actor: Actor, commentId: string, version: number): Promise<void> {
    authorize(actor, 'comments.write');
    await inTransaction(this.db, async (trx) => {
      const before = await this.findVisible(trx, actor, commentId);
      if (before.author_id !== actor.id && actor.role !== 'admin')
        throw new AppError('FORBIDDEN', 'Only the author or an admin can delete a comment');
      if (before.version !== version || !(await repo.deleteVersioned(trx, commentId, version)))
        throw versionConflict('This comment', before.version);
      await this.notifications.removeBySource(trx, commentId);
      await this.activity.removeBySource(trx, commentId);
      await this.audit.record(trx, actor, {
        action: 'comment.deleted',
        entityType: 'comment',
        entityId: commentId,
        before: auditComment(before),
      });
    });
  }

  /** The comment, if the caller may see the record it is on. Throws NOT_FOUND. */
  private async findVisible(trx: DbScope, actor: Actor, commentId: string): Promise<CommentRow> {
    const row = await repo.find(trx, commentId);
    if (!row || !(await this.entities.canSee(trx, actor, row.entity_type, row.entity_id))) throw notFound('Comment');
    return row;
  }
}
