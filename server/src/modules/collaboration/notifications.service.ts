import { truncateText } from '@policyops/contracts';
import type {
  CollaborationEntityType,
  EntityRef,
  MarkedRead,
  Notification,
  NotificationKind,
  NotificationListQuery,
  NotificationPage,
  Role,
  UnreadCount,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../http/actor.js';
import { notFound } from '../../http/app-error.js';
import type { AuditCause } from '../audit/audit.service.js';
import { entityKey, type CollaborationEntities } from './collaboration-entities.js';
import type { NotificationMail } from './notification-mail.js';
import * as peopleRepo from './collaboration-people.repository.js';
import * as repo from './notifications.repository.js';
import type { NotificationRow } from './notifications.repository.js';
import { decodeCursor, visiblePage } from './visible-page.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

export interface NotificationInput {
  userIds: string[];
  kind: NotificationKind;
  entityType: CollaborationEntityType;
  entityId: string;
  summary: string;
  /** The record that caused it (a comment): its notifications go when it goes. */
  sourceId?: string | null;
  /** False when the caller e-mails the person itself (a reminder that always mails): no second e-mail. */
  mail?: boolean;
}

function toNotification(row: NotificationRow, entity: EntityRef): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    entity,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? 'Deleted user' } : null,
    summary: row.summary,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/**
 * Each person's inbox. Notifications are only created for people who can see the entity, and
 * are filtered again at read time, so losing access to a restricted record hides them too.
 */
export class NotificationsService {
  constructor(
    private readonly db: DbScope,
    private readonly entities: CollaborationEntities,
    /** E-mail for those who opted in; absent, notifications stay in the inbox. */
    private readonly mail?: NotificationMail,
  ) {}

  /**
   * Notifies, inside the caller's transaction, those of `userIds` who are active, are not the
   * one causing it, and may see the entity, and queues the e-mails of those who opted in (same
   * transaction). Returns who was notified.
   */
  async deliver(trx: DbScope, cause: AuditCause, input: NotificationInput): Promise<string[]> {
    const candidates = [...new Set(input.userIds)].filter((id) => id !== cause.id);
    const users = await peopleRepo.activeUsers(trx, candidates);
    const allowed = await this.entities.viewersOf(
      trx,
      input.entityType,
      input.entityId,
      users.map((u) => ({ id: u.id, role: u.role as Role })),
    );
    const recipients = users.map((u) => u.id).filter((id) => allowed.has(id));
    const now = new Date().toISOString();
    const rows = recipients.map((userId) => ({
      id: uuidv7(),
      user_id: userId,
      kind: input.kind,
      entity_type: input.entityType,
      entity_id: input.entityId,
      actor_id: cause.id,
      source_id: input.sourceId ?? null,
      summary: truncateText(input.summary, 500, ''),
      created_at: now,
      read_at: null,
    }));
    await repo.insertMany(trx, rows);
    if (input.mail === false) return recipients;
    await this.mail?.queueFor(
      trx,
      cause,
      rows.map((r) => ({ ...input, id: r.id, userId: r.user_id, summary: r.summary })),
    );
    return recipients;
  }

  /** The caller's notifications, newest first. Throws VALIDATION_FAILED for a bad cursor. */
  async list(actor: Actor, query: NotificationListQuery): Promise<NotificationPage> {
    const page = await visiblePage(
      (after, take) => repo.listForUser(this.db, actor.id, query.unread === true, after, take),
      (rows) =>
        this.entities.visible(
          this.db,
          actor,
          rows.map((r) => ({ type: r.entity_type, id: r.entity_id })),
        ),
      query.limit,
      decodeCursor(query.cursor),
    );
    return { items: page.items.map(({ row, entity }) => toNotification(row, entity)), nextCursor: page.nextCursor };
  }

  /** Unread notifications about records the caller can still see. */
  async unreadCount(actor: Actor): Promise<UnreadCount> {
    const groups = await this.visibleUnread(this.db, actor);
    return { count: groups.reduce((sum, g) => sum + g.n, 0) };
  }

  /** The caller's unread notifications grouped by record, keeping the records they may still see. */
  private async visibleUnread(db: DbScope, actor: Actor) {
    const groups = await repo.unreadByEntity(db, actor.id);
    if (groups.length === 0) return [];
    const visible = await this.entities.visible(
      db,
      actor,
      groups.map((g) => ({ type: g.entity_type, id: g.entity_id })),
    );
    return groups.filter((g) => visible.has(entityKey(g.entity_type, g.entity_id)));
  }

  /** Marks one of the caller's notifications read (again: no change), in one transaction. Throws NOT_FOUND. */
  async markRead(actor: Actor, notificationId: string): Promise<Notification> {
    return inTransaction(this.db, async (trx) => {
      const row = await repo.findForUser(trx, notificationId, actor.id);
      const entity =
        row &&
        (await this.entities.visible(trx, actor, [{ type: row.entity_type, id: row.entity_id }])).get(
          entityKey(row.entity_type, row.entity_id),
        );
      if (!row || !entity) throw notFound('Notification');
      if (row.read_at === null) {
        const now = new Date().toISOString();
        await repo.markRead(trx, row.id, now);
        row.read_at = now;
      }
      return toNotification(row, entity);
    });
  }

  /**
   * Marks read, in one transaction, the unread notifications the inbox shows: those about records
   * the caller may still see. Notifications about records hidden from them stay as they are and are
   * not counted, so the reply matches the unread count and says nothing of hidden records.
   */
  async markAllRead(actor: Actor): Promise<MarkedRead> {
    return inTransaction(this.db, async (trx) => {
      const groups = await this.visibleUnread(trx, actor);
      const entities = groups.map((g) => ({ type: g.entity_type, id: g.entity_id }));
      return { marked: await repo.markReadAbout(trx, actor.id, entities, new Date().toISOString()) };
    });
  }

  /** Removes the notifications a deleted record (a comment) caused. */
  async removeBySource(trx: DbScope, sourceId: string): Promise<void> {
    await repo.deleteBySource(trx, sourceId);
  }
}
