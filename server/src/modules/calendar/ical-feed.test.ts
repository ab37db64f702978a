import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { RRule } from 'rrule';
import { describe, expect, it } from 'vitest';
import { redactUrlSecrets } from '../../http/log-redaction.js';
import type { CalendarEntry } from './calendar-sources.js';
import { renderCalendar } from './ical-feed.js';

const SAMPLES = new URL('../../../../../shared/data/ical-samples/', import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, SAMPLES), 'utf8');

/** Parses with ical.js (an independent library) and expands each series, overrides applied, as clients do. */
function expand(text: string, limit: number) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone'))
    if (tz.getFirstPropertyValue('tzid')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = events.filter((e) => !e.isRecurrenceException());
  for (const exception of events.filter((e) => e.isRecurrenceException()))
    masters.find((m) => m.uid === exception.uid)?.relateException(exception);
  return {
    calendar,
    masters,
    occurrences: (event: ICAL.Event) => {
      const out: { start: string; summary: string; isDate: boolean }[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && out.length < limit; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        out.push({
          start: details.startDate.isDate ? details.startDate.toString() : details.startDate.toJSDate().toISOString(),
          summary: details.item.summary,
          isDate: details.startDate.isDate,
        });
      }
      return out;
    },
  };
}

const SERIES: CalendarEntry = {
  uid: 'meeting-series-1@policyops',
  summary: 'AI-generated content · weekly',
  description: 'Working group meeting',
  href: '/working-groups/1',
  start: '2026-09-01T15:00:00.000Z',
  end: '2026-09-01T15:45:00.000Z',
  allDay: false,
  rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T235959Z',
  exdates: ['2026-09-15T15:00:00.000Z'],
};
const MOVED: CalendarEntry = {
  ...SERIES,
  summary: 'AI-generated content · moved to Wednesday',
  start: '2026-09-23T16:00:00.000Z',
  end: '2026-09-23T16:45:00.000Z',
  rrule: undefined,
  exdates: undefined,
  recurrenceId: '2026-09-22T15:00:00.000Z',
};
const DUE: CalendarEntry = {
  uid: 'action-1@policyops',
  summary: 'Due: Draft the labelling FAQ',
  description: 'Action item · Open',
  href: '/actions?action=1',
  start: '2026-12-08',
  end: null,
  allDay: true,
};

describe('the generated feed, read by ical.js', () => {
  const text = renderCalendar({
    name: 'Priya Raman · PolicyOps',
    publicUrl: 'https://policyops.example.com',
    entries: [SERIES, MOVED, DUE],
    now: new Date('2026-12-01T10:00:00Z'),
  });
  const { calendar, masters, occurrences } = expand(text, 50);

  it('names itself and carries one VEVENT per entry, with absolute links', () => {
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//PolicyOps//Calendar feed//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Priya Raman · PolicyOps');
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(3);
    const due = vevents.find((v) => v.getFirstPropertyValue('uid') === 'action-1@policyops')!;
    expect(due.getFirstPropertyValue('url')).toBe('https://policyops.example.com/actions?action=1');
    expect(String(due.getFirstPropertyValue('description'))).toContain(
      'https://policyops.example.com/actions?action=1',
    );
  });

  it('writes an action due date as an all-day VALUE=DATE event ending the next day', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20261208');
    const due = masters.find((m) => m.uid === 'action-1@policyops')!;
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2026-12-08');
    expect(due.endDate.toString()).toBe('2026-12-09');
  });

  it('expands the series like rrule does, less the EXDATE, with the moved occurrence in place', () => {
    const series = masters.find((m) => m.uid === SERIES.uid)!;
    expect(series.isRecurring()).toBe(true);
    const got = occurrences(series);
    const rule = RRule.fromString(`DTSTART:20260901T150000Z\nRRULE:${SERIES.rrule}`);
    const expected = rule
      .all()
      .map((d) => d.toISOString())
      .filter((iso) => !SERIES.exdates!.includes(iso))
      .map((iso) => (iso === MOVED.recurrenceId ? MOVED.start : iso));
    expect(got.map((o) => o.start)).toEqual(expected);
    expect(got).toHaveLength(18 - 1); // 18 Tuesdays from 1 Sep to 29 Dec, less the cancelled one
    expect(got.find((o) => o.start === MOVED.start)?.summary).toBe(MOVED.summary);
  });
});

describe('ical.js on real files (shared/data/ical-samples)', () => {
  it('expands a daily series in its own time zone', () => {
    const { masters, occurrences } = expand(sample('daily_recur.ics'), 3);
    expect(occurrences(masters[0]!).map((o) => o.start)).toEqual([
      '2012-08-01T12:00:00.000Z',
      '2012-08-02T12:00:00.000Z',
      '2012-08-03T12:00:00.000Z',
    ]);
  });

  it('drops an occurrence named by a date-only EXDATE, within COUNT', () => {
    const { masters, occurrences } = expand(sample('rdate_exdate.ics'), 10);
    expect(occurrences(masters[0]!).map((o) => o.start)).toEqual([
      '2024-06-09T03:00:00.000Z',
      '2024-06-10T03:00:00.000Z',
      '2024-06-12T03:00:00.000Z',
    ]);
  });

  it('applies RDATEs, EXDATEs and RECURRENCE-ID overrides of a monthly series', () => {
    const { masters, occurrences } = expand(sample('recur_instances.ics'), 7);
    const got = occurrences(masters[0]!);
    expect(got.map((o) => o.start)).toEqual([
      '2012-10-02T22:00:00.000Z', // overridden: 15:00 instead of 10:00 (PDT)
      '2012-11-07T04:00:00.000Z', // the RDATE of 5 Nov, moved to 6 Nov 20:00 (PST)
      '2012-11-06T18:00:00.000Z',
      '2012-11-10T18:00:00.000Z',
      '2012-11-30T18:00:00.000Z',
      '2013-01-01T18:00:00.000Z', // 4 Dec and 5 Feb are excluded
      '2013-03-05T18:00:00.000Z',
    ]);
  });

  it('keeps all-day birthdays as dates', () => {
    const { masters, occurrences } = expand(sample('google_birthday.ics'), 5);
    const birthday = masters.find((m) => m.uid === '2014_BIRTHDAY_79d389868f96182e@google.com')!;
    expect(occurrences(birthday)).toEqual([
      { start: '2012-12-10', summary: "PErson #2's birthday", isDate: true },
      { start: '2013-12-10', summary: "PErson #2's birthday", isDate: true },
      { start: '2014-12-10', summary: "PErson #2's birthday", isDate: true },
    ]);
  });

  it('tolerates a blank line inside a calendar (lenient, as clients are)', () => {
    const calendar = new ICAL.Component(ICAL.parse(sample('blank_line_mid.ics')));
    expect(calendar.getFirstPropertyValue('comment')).toBe('This blank line is invalid');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('request logs', () => {
  it('never keep the secret of a calendar feed URL', () => {
    expect(redactUrlSecrets('/api/public/calendar/pocal_s3cret.ics')).toBe('/api/public/calendar/[redacted]');
  });
});
