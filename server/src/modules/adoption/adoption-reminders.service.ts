import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import { renderMail, type RenderedMail } from '../../platform/mail/mail-template.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import { SYSTEM_CAUSE, type AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { AdoptionCampaignsService } from './adoption-campaigns.service.js';
import { reminderDue } from './adoption-rules.js';
import * as repo from './adoption.repository.js';
import type { CampaignWithContext } from './adoption.repository.js';

export const ADOPTION_REMINDERS_JOB = 'adoption.reminders';
/** Every day at 08:00 UTC. */
export const ADOPTION_REMINDERS_CRON = '0 8 * * *';

export interface ReminderRun {
  reminded: number;
  ownersNotified: number;
}

/**
 * The daily reminders: each audience of a material campaign in progress that is below its target, and
 * whose cadence has come round since its last reminder (or the launch), gets an e-mail to its contact,
 * queued with the key `adoption-reminder:<audience>:<day>`, so a rerun of the day sends nothing twice;
 * the CR owner gets one inbox notice per campaign and run ("campaign below target").
 */
export class AdoptionRemindersService {
  constructor(
    private readonly db: DbScope,
    private readonly campaigns: AdoptionCampaignsService,
    private readonly outbox: MailOutbox,
    private readonly collaboration: CollaborationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  async run(): Promise<ReminderRun> {
    const today = this.clock.today();
    const run: ReminderRun = { reminded: 0, ownersNotified: 0 };
    for (const campaign of await repo.campaignsInProgress(this.db)) {
      await inTransaction(this.db, async (trx) => {
        const reminded = await this.remindCampaign(trx, campaign, today);
        run.reminded += reminded.length;
        if (reminded.length > 0 && campaign.cr_owner_id) {
          const names = reminded.map((a) => a.name);
          const shown =
            names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
          const sent = await this.collaboration.notify(trx, SYSTEM_CAUSE, {
            userIds: [campaign.cr_owner_id],
            kind: 'change',
            entityType: 'change_request',
            entityId: campaign.change_request_id,
            summary: `Adoption campaign below target: ${shown} reminded`,
          });
          if (sent.length > 0) run.ownersNotified += 1;
        }
      });
    }
    return run;
  }

  private async remindCampaign(trx: DbScope, campaign: CampaignWithContext, today: string) {
    const [state] = await this.campaigns.states(trx, [campaign]);
    const rows = await repo.audiencesOf(trx, [campaign.id]);
    const reminded: { id: string; name: string }[] = [];
    for (const audience of state!.audiences) {
      if (audience.progress.meetsTarget) continue;
      const row = rows.find((r) => r.id === audience.id)!;
      if (!reminderDue(today, row.last_reminder_at, campaign.launched_at, campaign.reminder_cadence_days)) continue;
      const mail = this.reminderMail(campaign, audience);
      const queued = await this.outbox.queue(
        trx,
        audience.contactEmail,
        mail,
        `adoption-reminder:${audience.id}:${today}`,
      );
      await repo.setLastReminder(trx, audience.id, this.clock.now().toISOString());
      reminded.push({ id: audience.id, name: audience.name });
      if (queued)
        await this.audit.record(trx, SYSTEM_CAUSE, {
          action: 'adoption_campaign.reminder_sent',
          entityType: 'adoption_campaign',
          entityId: campaign.id,
          after: {
            changeRequestNumber: campaign.cr_number,
            campaignAudienceId: audience.id,
            audienceName: audience.name,
            acknowledgedPct: audience.progress.acknowledgedPct,
            targetPct: audience.targetPct,
            day: today,
          },
        });
    }
    return reminded;
  }

  private reminderMail(
    campaign: CampaignWithContext,
    audience: {
      name: string;
      headcount: number;
      targetPct: number;
      progress: { acknowledged: number; acknowledgedPct: number };
    },
  ): RenderedMail {
    const policy = `${campaign.policy_title} (version ${campaign.version_label})`;
    return renderMail(
      {
        subject: `Reminder: ${audience.name} is below target on ${policy}`.replace(/[\r\n]+/g, ' ').slice(0, 300),
        paragraphs: [
          [`Hello ${audience.name} team,`],
          [
            `${policy} changed with CR-${campaign.cr_number} "${campaign.cr_title}"`,
            campaign.effective_date ? `, in effect from ${campaign.effective_date}` : '',
            '. Everyone in your team is asked to read and acknowledge it through their personal link.',
          ],
          [
            `So far ${audience.progress.acknowledged} of ${audience.headcount} people have acknowledged it ` +
              `(${audience.progress.acknowledgedPct}%; the target is ${audience.targetPct}%).`,
          ],
          [
            'Please remind the people who have not yet used their link. Ask the policy team for a new link if one expired.',
          ],
        ],
      },
      { publicUrl: this.publicUrl },
    );
  }
}
