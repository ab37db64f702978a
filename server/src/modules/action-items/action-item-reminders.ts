import { addDays, formatDay } from '@policyops/contracts';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import { renderMail, type RenderedMail } from '../../platform/mail/mail-template.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import { SYSTEM_CAUSE } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { actionItemHref } from './action-item-collaboration.js';
import * as repo from './action-items.repository.js';
import type { ReminderCandidate } from './action-items.repository.js';

export const ACTION_ITEM_REMINDERS_JOB = 'action_item.reminders';
/** Every day at 08:30 UTC. */
export const ACTION_ITEM_REMINDERS_CRON = '30 8 * * *';

export interface ActionReminderRun {
  notified: number;
  mailed: number;
}

/**
 * The daily reminders: the owner of each open action due tomorrow or overdue hears of it once a day.
 * An account gets an inbox notice and an e-mail to its address; a contact (no account) gets the e-mail
 * only, when the directory has one. The day is claimed per action (action_item_reminders) and the mail
 * keyed `action-reminder:<action>:<day>`, so a rerun, or a second server, repeats nothing.
 */
export class ActionItemReminders {
  constructor(
    private readonly db: DbScope,
    private readonly outbox: MailOutbox,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  async run(): Promise<ActionReminderRun> {
    const today = this.clock.today();
    const tomorrow = addDays(today, 1);
    const run: ActionReminderRun = { notified: 0, mailed: 0 };
    for (const action of await repo.reminderCandidates(this.db, today, tomorrow)) {
      await inTransaction(this.db, async (trx) => {
        if (!(await repo.claimReminder(trx, action.id, today, this.clock.now().toISOString()))) return;
        const due =
          action.due_date === tomorrow ? 'due tomorrow' : `overdue since ${formatDay(action.due_date ?? today)}`;
        if (action.owner_kind === 'account' && action.owner_user_id) {
          const sent = await this.collaboration.notify(trx, SYSTEM_CAUSE, {
            userIds: [action.owner_user_id],
            kind: 'action_due',
            entityType: 'action_item',
            entityId: action.id,
            summary: `Your action is ${due}`,
            // The reminder e-mails every owner below, whatever their notification e-mail choice: once.
            mail: false,
          });
          if (sent.length === 0) return; // inactive account, or the action is hidden from them now
          run.notified += 1;
          const user = await repo.userContact(trx, action.owner_user_id);
          if (user && (await this.mail(trx, user.email, action, due, today))) run.mailed += 1;
        } else if (action.owner_active === 1 && action.owner_email) {
          if (await this.mail(trx, action.owner_email, action, due, today)) run.mailed += 1;
        }
      });
    }
    return run;
  }

  private async mail(trx: DbScope, to: string, action: ReminderCandidate, due: string, today: string) {
    const mail = this.reminderMail(action, due, action.owner_kind === 'account');
    return this.outbox.queue(trx, to, mail, `action-reminder:${action.id}:${today}`);
  }

  /** A contact has no account to open: their mail says who to answer instead of linking in. */
  private reminderMail(action: ReminderCandidate, due: string, hasAccount: boolean): RenderedMail {
    return renderMail(
      {
        subject: `Reminder: "${action.title}" is ${due}`.replace(/[\r\n]+/g, ' ').slice(0, 300),
        paragraphs: [
          [`Hello ${action.owner_name},`],
          [`The action "${action.title}" that you own is ${due}.`],
          [
            hasAccount
              ? 'Mark it done or in progress in PolicyOps, or ask whoever manages the work to move its date.'
              : 'Reply to the working group or the person who asked you once it is done, or if the date should move.',
          ],
        ],
        ...(hasAccount ? { action: { href: actionItemHref(action.id), label: 'Open my actions' } } : {}),
      },
      { publicUrl: this.publicUrl },
    );
  }
}
