import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp } from '../../test/test-app.js';
import { formGroup, stakeholderOf } from './wg-test-kit.js';

describe.each(DIALECTS)("a working group's series in its calendar feed on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://policyops.example.com' });
    t.clock.setToday('2026-11-26');
  });
  afterEach(async () => t.close());

  it('expands in an independent library with cancelled dates left out and a moved occurrence overridden', async () => {
    const pm = await t.signIn('program_manager');
    const group = await formGroup(pm, await stakeholderOf(t, pm));
    const open = async (occurrenceStart: string) =>
      (await pm.post(`/api/working-groups/${group.id}/meetings`, { occurrenceStart })).json();
    const cancelled = await open('2026-12-08T15:00:00.000Z');
    await pm.patch(`/api/meetings/${cancelled.id}`, { version: 1, cancelled: true });
    const moved = await open('2026-12-15T15:00:00.000Z');
    await pm.patch(`/api/meetings/${moved.id}`, {
      version: 1,
      startsAt: '2026-12-16T10:00:00Z',
      endsAt: '2026-12-16T10:45:00Z',
    });
    const feed = await pm.post('/api/calendar/feeds', {
      ownerKind: 'working_group',
      workingGroupId: group.id,
      name: 'G',
    });
    expect(feed.statusCode, feed.body).toBe(201);
    const ics = await t.anonymous.get(new URL(feed.json().url).pathname);
    expect(ics.statusCode).toBe(200);

    const calendar = new ICAL.Component(ICAL.parse(ics.body));
    const events = calendar.getAllSubcomponents('vevent');
    const master = events.find((e) => e.hasProperty('rrule'))!;
    expect(String(master.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=TU');
    const series = new ICAL.Event(master, { strictExceptions: false });
    for (const e of events) if (e.hasProperty('recurrence-id')) series.relateException(e);
    const iterator = series.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 17; next = iterator.next())
      starts.push(series.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    expect(starts[0]).toBe('2026-09-01T15:00:00.000Z');
    expect(starts).toContain('2026-12-01T15:00:00.000Z');
    expect(starts).not.toContain('2026-12-08T15:00:00.000Z');
    expect(starts).toContain('2026-12-16T10:00:00.000Z');
    expect(starts).not.toContain('2026-12-15T15:00:00.000Z');
  });
});
