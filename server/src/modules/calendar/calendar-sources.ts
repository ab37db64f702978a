import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';

/** One event of a calendar feed, before it is written as iCalendar. */
export interface CalendarEntry {
  /** Stable across feeds and refreshes, e.g. `meeting-<id>@policyops`. */
  uid: string;
  summary: string;
  description: string;
  /** Absolute link into the web app is built by the feed; this is the app path, e.g. /meetings/<id>. */
  href: string;
  /** ISO timestamp (UTC) for timed events; ISO date for all-day ones (action due, milestone, launch). */
  start: string;
  end: string | null;
  allDay: boolean;
  /** An RFC 5545 RRULE (without the "RRULE:" prefix) for a recurring series, e.g. a working group's cadence. */
  rrule?: string;
  /** Occurrences of the series that were cancelled or moved (ISO timestamps). */
  exdates?: string[];
  /** For a moved or edited occurrence: the original start it replaces (RECURRENCE-ID). */
  recurrenceId?: string;
  categories?: string[];
}

/** Whose calendar: a person's (the directory entry and its account) or a working group's. */
export type CalendarOwner =
  { kind: 'person'; stakeholderId: string; userId: string | null } | { kind: 'working_group'; workingGroupId: string };

/**
 * A module that puts events on calendars (meetings, action due dates, milestones, launches). The
 * actor is the feed's owner: entries follow their need-to-know rule, as the app would show them.
 */
export type CalendarSource = (db: DbScope, actor: Actor, owner: CalendarOwner) => Promise<CalendarEntry[]>;

/** The sources, registered at wiring (app.ts); the feed service asks each when a feed is fetched. */
export class CalendarSources {
  private readonly sources: CalendarSource[] = [];

  register(source: CalendarSource): void {
    this.sources.push(source);
  }

  all(): readonly CalendarSource[] {
    return this.sources;
  }
}
