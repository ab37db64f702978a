import type { CollaborationEntityType, CommentCreate, NotificationKind } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { AuditCause } from '../audit/audit.service.js';
import type { ActivityInput, ActivityService } from './activity.service.js';
import type { CommentsService } from './comments.service.js';
import type { NotificationsService } from './notifications.service.js';
import type { WatchesService } from './watches.service.js';
import { type DbScope } from '../../db/scope.js';
import * as watchesRepo from './watches.repository.js';

/**
 * What other modules use: record activity on their records (which tells the watchers), notify
 * people directly (assignments, review requests), post a comment that belongs to one of their own
 * steps, and make people watch a record. All run inside the caller's transaction.
 */
export class CollaborationService {
  constructor(
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly comments: CommentsService,
    private readonly watches: WatchesService,
  ) {}

  /**
   * A comment by the actor on the record's discussion, notifying and watching as any comment does
   * (a review decision's comment). Returns its id. Throws NOT_FOUND when the actor may not see it.
   */
  async comment(trx: DbScope, actor: Actor, input: CommentCreate): Promise<string> {
    return this.comments.createInTransaction(trx, actor, input);
  }

  /** These people start watching the record (the caller checked they may see it), caused by `cause`. */
  async watch(
    trx: DbScope,
    cause: AuditCause,
    input: { userIds: string[]; entityType: CollaborationEntityType; entityId: string },
  ): Promise<void> {
    for (const userId of new Set(input.userIds))
      await this.watches.watchForInTransaction(trx, cause, userId, input.entityType, input.entityId);
  }

  /** Who watches the record (to notify them of a step that is not an activity entry, e.g. a launch). */
  async watcherIds(trx: DbScope, entityType: CollaborationEntityType, entityId: string): Promise<string[]> {
    return watchesRepo.watcherIds(trx, entityType, entityId);
  }

  /**
   * An activity entry, and a 'change' notification to each watcher who may see the record (never the
   * actor), except those `alreadyNotified` of this step (mentioned people are told once, as a comment does).
   */
  async recordActivity(
    trx: DbScope,
    actor: AuditCause,
    input: ActivityInput,
    options: { alreadyNotified?: readonly string[] } = {},
  ): Promise<void> {
    await this.activity.record(trx, actor, input, { notifyWatchers: true, ...options });
  }

  /** Notifies these people (active, able to see the record, not the actor). Returns who was notified. */
  async notify(
    trx: DbScope,
    actor: AuditCause,
    input: {
      userIds: string[];
      kind: NotificationKind;
      entityType: CollaborationEntityType;
      entityId: string;
      summary: string;
      /** False when the caller e-mails the person itself. */
      mail?: boolean;
    },
  ): Promise<string[]> {
    return this.notifications.deliver(trx, actor, input);
  }
}
