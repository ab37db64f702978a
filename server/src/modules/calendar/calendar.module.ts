import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { CalendarFeedsService, type FeedDirectory } from './calendar-feeds.service.js';
import { changeRequestLaunchesCalendarSource, roadmapMilestonesCalendarSource } from './calendar-planning-sources.js';
import { CalendarSources } from './calendar-sources.js';

export interface CalendarServices {
  /** Other modules add theirs with `sources.register(...)` (meetings, action due dates). */
  sources: CalendarSources;
  feeds: CalendarFeedsService;
}

/** The calendar feeds, with the roadmap-milestone and CR-launch sources registered. */
export function createCalendarServices(deps: {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  directory: FeedDirectory;
  publicUrl: string;
}): CalendarServices {
  const sources = new CalendarSources();
  sources.register(roadmapMilestonesCalendarSource);
  sources.register(changeRequestLaunchesCalendarSource);
  const feeds = new CalendarFeedsService(deps.db, deps.audit, deps.clock, deps.directory, sources, deps.publicUrl);
  return { sources, feeds };
}
