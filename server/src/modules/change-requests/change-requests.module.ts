import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { z } from 'zod';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { PoliciesService } from '../policies/policies.service.js';
import type { PolicyChangelogService } from '../policies/policy-changelog.service.js';
import type { PolicyVersionsService } from '../policies/policy-versions.service.js';
import type { ChangeRequestServices as CrRouteServices } from './change-requests.routes.js';
import { changeRequestCollaborationEntity } from './cr-collaboration.js';
import { CrLaunchEvents } from './cr-launch-events.js';
import type { CrLaunchServices } from './cr-launch.routes.js';
import { CR_LAUNCH_JOB, CR_OVERDUE_JOB, CrLaunchService } from './cr-launch.service.js';
import { CrNotifier } from './cr-notifications.js';
import { ChangeRequestReadsService } from './change-requests-reads.service.js';
import { ChangeRequestsService } from './change-requests.service.js';
import { CrSettingsService } from './cr-settings.service.js';
import { CrTimelineService } from './cr-timeline.service.js';

export type ChangeRequestServices = CrRouteServices & CrLaunchServices;

export interface ChangeRequestDeps {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  collaboration: CollaborationService;
  entities: CollaborationEntities;
  jobs: JobQueue;
  policies: PoliciesService;
  policyVersions: PolicyVersionsService;
  changelog: PolicyChangelogService;
}

/** The app's change-request services, wired once: the collaboration entity, the library hooks, the jobs. */
export function createChangeRequestServices(deps: ChangeRequestDeps): ChangeRequestServices {
  const services = buildChangeRequestServices(deps);
  const { launch, notifier } = services;
  deps.entities.register(changeRequestCollaborationEntity());
  // The library's editor edits the proposed text: the CR holding the draft hears it in the same transaction.
  deps.policyVersions.onDraftEdited((trx, actor, edit) => launch.draftEdited(trx, actor, edit));
  deps.policyVersions.resolveChangeRequestsWith((db, actor, versionId) =>
    launch.changeRequestOfVersion(db, actor, versionId),
  );
  deps.jobs.define(
    CR_LAUNCH_JOB,
    { schema: z.object({ changeRequestId: z.uuid(), date: z.iso.date() }) },
    async ({ changeRequestId, date }) => launch.runScheduledLaunch(changeRequestId, date),
  );
  deps.jobs.define(CR_OVERDUE_JOB, { schema: z.object({}) }, async () => {
    await notifier.sweepOverdue();
  });
  // Daily at 07:00 UTC; each CR's owner is told once per stage entry (cr-notifications.ts).
  deps.jobs.schedule(CR_OVERDUE_JOB, '0 7 * * *');
  return services;
}

/**
 * The services alone, registering nothing: the sample workspace builds a second set on its transaction
 * and a clock it moves through the weeks.
 */
export function buildChangeRequestServices(deps: ChangeRequestDeps): ChangeRequestServices {
  const settings = new CrSettingsService(deps.db, deps.audit);
  const notifier = new CrNotifier(deps.db, settings, deps.collaboration, deps.clock);
  const changeRequests = new ChangeRequestsService(deps.db, settings, deps.audit, deps.clock, {
    collaboration: deps.collaboration,
    notifier,
    marketDatesOf: (db, versionIds) => deps.policyVersions.marketDatesOf(db, versionIds),
  });
  const launches = new CrLaunchEvents();
  const launch = new CrLaunchService(deps.db, changeRequests, settings, {
    audit: deps.audit,
    clock: deps.clock,
    jobs: deps.jobs,
    policies: deps.policies,
    versions: deps.policyVersions,
    changelog: deps.changelog,
    notifier,
    launches,
  });
  return {
    launch,
    launches,
    notifier,
    changeRequests,
    reads: new ChangeRequestReadsService(deps.db, changeRequests),
    settings,
    timeline: new CrTimelineService(deps.db, changeRequests),
  };
}
