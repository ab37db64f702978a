import { z } from 'zod';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarSources } from '../calendar/calendar-sources.js';
import type { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { LinkedRecords } from '../links/linked-records.js';
import type { EngagementSources } from '../stakeholders/engagement-sources.js';
import type { AgendaSources } from '../working-groups/agenda-sources.js';
import { actionItemCollaborationEntity } from './action-item-collaboration.js';
import { ACTION_ITEM_REMINDERS_CRON, ACTION_ITEM_REMINDERS_JOB, ActionItemReminders } from './action-item-reminders.js';
import {
  actionDueDatesCalendarSource,
  actionsOwnedEngagementSource,
  overdueActionsAgendaSource,
} from './action-item-sources.js';
import type { StakeholderDirectory } from './action-item-views.js';
import { ActionItemsService } from './action-items.service.js';

export interface ActionItemServices {
  actionItems: ActionItemsService;
  reminders: ActionItemReminders;
}

export interface ActionItemDeps {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  /** The stakeholder directory (StakeholdersService). */
  stakeholders: StakeholderDirectory;
  /** The app's shared governance links (working groups and meetings registered); a plain one otherwise. */
  links?: LinkedRecords;
  mailOutbox: MailOutbox;
  collaboration: CollaborationService;
  publicUrl: string;
}

/** The services alone, registering nothing (the sample workspace builds a set on its transaction too). */
export function buildActionItemServices(deps: ActionItemDeps): ActionItemServices {
  const links = deps.links ?? new LinkedRecords();
  return {
    actionItems: new ActionItemsService(deps.db, deps.audit, deps.clock, deps.stakeholders, links),
    reminders: new ActionItemReminders(deps.db, deps.mailOutbox, deps.collaboration, deps.clock, deps.publicUrl),
  };
}

/** The app's action-item services, wired once (app.ts), with the collaboration entity of the reminder notices. */
export function createActionItemServices(
  deps: ActionItemDeps & { entities: CollaborationEntities },
): ActionItemServices {
  const services = buildActionItemServices(deps);
  deps.entities.register(actionItemCollaborationEntity());
  return services;
}

/**
 * The daily reminders job at 08:30 UTC (app.ts, once). Defined after the mail jobs (defineMailJobs), as
 * the adoption reminders are: on PostgreSQL a queue made for the first time inside a job's transaction
 * (mail.send, by the first reminder) deadlocked with that transaction.
 */
export function scheduleActionItemReminders(jobs: JobQueue, reminders: ActionItemReminders): void {
  jobs.define(ACTION_ITEM_REMINDERS_JOB, { schema: z.object({}) }, async () => {
    await reminders.run();
  });
  jobs.schedule(ACTION_ITEM_REMINDERS_JOB, ACTION_ITEM_REMINDERS_CRON);
}

/** Registers the action items' agenda, engagement and calendar sources (app.ts, once each registry exists). */
export function registerActionItemSources(
  directory: StakeholderDirectory,
  registries: { agenda?: AgendaSources; engagement?: EngagementSources; calendar?: CalendarSources },
): void {
  registries.agenda?.register(overdueActionsAgendaSource(directory));
  registries.engagement?.register(actionsOwnedEngagementSource);
  registries.calendar?.register(actionDueDatesCalendarSource);
}
