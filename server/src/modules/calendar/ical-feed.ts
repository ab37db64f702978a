import { addDays } from '@policyops/contracts';
import ical, { type ICalEventData } from 'ical-generator';
import type { CalendarEntry } from './calendar-sources.js';

/** `20261208T150000Z` for an ISO instant, as EXDATE wants it. */
const icalUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A UTC calendar day as a Date at midnight UTC (all-day events are written as VALUE=DATE from it). */
const utcDay = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

/**
 * Writes entries as one iCalendar document (ical-generator): all-day entries as VALUE=DATE with the next
 * day as DTEND, a series with its RRULE and EXDATEs, a moved occurrence with RECURRENCE-ID, and each
 * event's URL and DESCRIPTION pointing into the web app at `publicUrl`.
 */
export function renderCalendar(input: {
  name: string;
  publicUrl: string;
  entries: readonly CalendarEntry[];
  now: Date;
}): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: 'PolicyOps', product: 'Calendar feed', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const entry of input.entries) {
    const url = new URL(entry.href, input.publicUrl).toString();
    const event: ICalEventData = {
      id: entry.uid,
      stamp: input.now,
      summary: entry.summary,
      description: entry.description ? `${entry.description}\n\n${url}` : url,
      url,
      allDay: entry.allDay,
      start: entry.allDay ? utcDay(entry.start) : new Date(entry.start),
      end: entry.allDay
        ? utcDay(entry.end ? addDays(entry.end.slice(0, 10), 1) : addDays(entry.start.slice(0, 10), 1))
        : entry.end
          ? new Date(entry.end)
          : null,
      categories: (entry.categories ?? []).map((name) => ({ name })),
    };
    if (entry.rrule) {
      const lines = [`RRULE:${entry.rrule.replace(/^RRULE:/, '')}`];
      if (entry.exdates && entry.exdates.length > 0) lines.push(`EXDATE:${entry.exdates.map(icalUtc).join(',')}`);
      event.repeating = lines.join('\n');
    }
    if (entry.recurrenceId)
      event.recurrenceId = entry.allDay ? utcDay(entry.recurrenceId) : new Date(entry.recurrenceId);
    calendar.createEvent(event);
  }
  return calendar.toString();
}
