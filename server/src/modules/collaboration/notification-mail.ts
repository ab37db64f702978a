import { truncateText, type NotificationKind, type Role } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import { renderMail, type RenderedMail } from '../../platform/mail/mail-template.js';
import type { AuditCause } from '../audit/audit.service.js';
import { entityKey, type CollaborationEntities, type EntityDisplay } from './collaboration-entities.js';
import * as peopleRepo from './collaboration-people.repository.js';
import * as preferencesRepo from './notification-preferences.repository.js';

/** One notification just inserted, as the e-mail needs it. */
export interface CreatedNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  entityType: string;
  entityId: string;
  summary: string;
}

/** The subject's verb; the body reuses the notification's own sentence, as the inbox shows it. */
const SUBJECT_VERBS: Record<NotificationKind, string> = {
  mention: 'mentioned you on',
  comment: 'commented on',
  assignment: 'gave you',
  change: 'changed',
  review_requested: 'asked you to review',
  changes_wanted: 'asked for changes to',
  stage_overdue: 'flagged as overdue',
  launched: 'launched',
  escalated: 'escalated to you',
  revisit_due: 'marked due for a revisit',
  action_due: 'reminds you of',
};

const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/** The message for one notification: who did what on which record, and the link to it. */
export function notificationMail(
  notification: CreatedNotification,
  actorName: string,
  entity: EntityDisplay,
  publicUrl: string,
): RenderedMail {
  const subject = truncateText(oneLine(`${actorName} ${SUBJECT_VERBS[notification.kind]} ${entity.title}`), 200, '…');
  return renderMail(
    {
      subject,
      paragraphs: [[entity.title], [`${actorName}: ${notification.summary}`]],
      action: { href: `${publicUrl}${entity.href}`, label: `Open ${entity.title}` },
    },
    { publicUrl },
  );
}

/**
 * E-mails notifications to the people who asked for them, queued in the transaction that created
 * them (key `notification:<id>`), so a rolled-back change mails nothing. Each recipient's access is
 * asked again through the same registry check the inbox applies at read time: a record the person
 * could not open in the inbox is never described in their mail.
 */
export class NotificationMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly entities: CollaborationEntities,
    private readonly publicUrl: string,
  ) {}

  get enabled(): boolean {
    return this.outbox.enabled;
  }

  /** Queues one message per notification whose recipient opted in; nothing at all with mail off. */
  async queueFor(trx: DbScope, cause: AuditCause, notifications: CreatedNotification[]): Promise<void> {
    if (!this.outbox.enabled || notifications.length === 0) return;
    const recipients = await preferencesRepo.emailEachRecipients(trx, [...new Set(notifications.map((n) => n.userId))]);
    if (recipients.length === 0) return;
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const actorName = cause.id ? ((await peopleRepo.namesOf(trx, [cause.id])).get(cause.id) ?? 'Someone') : 'PolicyOps';
    for (const notification of notifications) {
      const recipient = byId.get(notification.userId);
      if (!recipient) continue;
      const ref = { type: notification.entityType, id: notification.entityId };
      const viewer = { id: recipient.id, role: recipient.role as Role };
      const entity = (await this.entities.visible(trx, viewer, [ref])).get(entityKey(ref.type, ref.id));
      if (!entity) continue;
      await this.outbox.queue(
        trx,
        recipient.email,
        notificationMail(notification, actorName, entity, this.publicUrl),
        `notification:${notification.id}`,
      );
    }
  }
}
