import { z } from 'zod';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { AdoptionAudiencesService } from './adoption-audiences.service.js';
import { AdoptionCampaignsService } from './adoption-campaigns.service.js';
import { AdoptionLinkSigner } from './adoption-link-token.js';
import { AdoptionPublicService } from './adoption-public.service.js';
import {
  ADOPTION_REMINDERS_CRON,
  ADOPTION_REMINDERS_JOB,
  AdoptionRemindersService,
} from './adoption-reminders.service.js';

export type { CampaignLaunchEvent } from './adoption-campaigns.service.js';

export interface AdoptionServices {
  audiences: AdoptionAudiencesService;
  campaigns: AdoptionCampaignsService;
  acknowledgements: AdoptionPublicService;
  reminders: AdoptionRemindersService;
}

/** Adoption campaigns (issue 10, item 8). The link key is derived from the server secret (SESSION_SECRET). */
export function createAdoptionServices(deps: {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  serverSecret: string;
  publicUrl: string;
  mailOutbox: MailOutbox;
  collaboration: CollaborationService;
}): AdoptionServices {
  const signer = new AdoptionLinkSigner(deps.serverSecret);
  const campaigns = new AdoptionCampaignsService(deps.db, deps.audit, deps.clock, signer, deps.publicUrl);
  return {
    audiences: new AdoptionAudiencesService(deps.db, deps.audit),
    campaigns,
    acknowledgements: new AdoptionPublicService(deps.db, campaigns, deps.audit, deps.clock, signer),
    reminders: new AdoptionRemindersService(
      deps.db,
      campaigns,
      deps.mailOutbox,
      deps.collaboration,
      deps.audit,
      deps.clock,
      deps.publicUrl,
    ),
  };
}

/** The daily reminders job (app.ts, once). */
export function scheduleAdoptionReminders(jobs: JobQueue, reminders: AdoptionRemindersService): void {
  jobs.define(ADOPTION_REMINDERS_JOB, { schema: z.object({}) }, async () => {
    await reminders.run();
  });
  jobs.schedule(ADOPTION_REMINDERS_JOB, ADOPTION_REMINDERS_CRON);
}
