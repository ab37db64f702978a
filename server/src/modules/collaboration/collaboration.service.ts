import type { CollaborationEntityType, NotificationKind } from '@policyops/contracts';
import type { AuditCause } from '../audit/audit.service.js';
import type { ActivityInput, ActivityService } from './activity.service.js';
import type { NotificationsService } from './notifications.service.js';
import { type DbScope } from '../../db/scope.js';

/**
 * What other modules use: record activity on their records (which tells the watchers) and
 * notify people directly (assignments). Both run inside the caller's transaction.
 */
export class CollaborationService {
  constructor(
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
  ) {}

  /** An activity entry, and a 'change' notification to each watcher who may see the record (never the actor). */
  async recordActivity(trx: DbScope, actor: AuditCause, input: ActivityInput): Promise<void> {
    await this.activity.record(trx, actor, input, { notifyWatchers: true });
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
    },
  ): Promise<string[]> {
    return this.notifications.deliver(trx, actor, input);
  }
}
