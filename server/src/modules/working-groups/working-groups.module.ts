import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { milestonesDueSource, recentLaunchesSource } from './agenda-prefill.js';
import type { AgendaSources } from './agenda-sources.js';
import * as meetingsRepo from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';
import * as repo from './working-groups.repository.js';
import { WorkingGroupsService, type StakeholderDirectory } from './working-groups.service.js';

export { meetingsAttendedSource, workingGroupCalendarSource } from './wg-calendar.js';

export interface WorkingGroupServices {
  workingGroups: WorkingGroupsService;
  meetings: MeetingsService;
  /** The registry agendas pre-fill from (raid, decisions and action items add theirs). */
  agendaSources: AgendaSources;
}

export interface WorkingGroupDeps {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  directory: StakeholderDirectory;
  links: LinkedRecords;
  agendaSources: AgendaSources;
}

/** The services alone, registering nothing (the sample workspace builds its own on a moving clock). */
export function buildWorkingGroupServices(deps: WorkingGroupDeps): WorkingGroupServices {
  const workingGroups = new WorkingGroupsService(deps.db, deps.audit, deps.clock, deps.directory, deps.links);
  const meetings = new MeetingsService(
    deps.db,
    deps.audit,
    deps.clock,
    workingGroups,
    deps.directory,
    deps.agendaSources,
  );
  return { workingGroups, meetings, agendaSources: deps.agendaSources };
}

/**
 * Wired once (app.ts): links may point at groups and meetings, and agendas pre-fill recent launches and
 * milestones due. The engagement and calendar sources are exported for app.ts to register.
 */
export function createWorkingGroupServices(deps: WorkingGroupDeps): WorkingGroupServices {
  deps.links.register('working_group', async (db, _actor, ids) =>
    (await repo.groupsByIds(db, ids)).map((g) => ({ id: g.id, title: g.name, href: `/working-groups/${g.id}` })),
  );
  deps.links.register('meeting', async (db, _actor, ids) =>
    (await meetingsRepo.meetingsByIds(db, ids)).map((m) => ({ id: m.id, title: m.title, href: `/meetings/${m.id}` })),
  );
  deps.agendaSources.register(recentLaunchesSource);
  deps.agendaSources.register(milestonesDueSource);
  return buildWorkingGroupServices(deps);
}
