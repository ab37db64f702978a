import { describe, expect, it } from 'vitest';
import { groupEntries } from './wg-calendar.js';
import type { MeetingRow } from './meetings.repository.js';
import type { GroupRow } from './working-groups.repository.js';

const group: GroupRow = {
  id: 'g1',
  name: 'AI-generated content',
  status: 'active',
  purpose: '',
  deliverables: '[]',
  success_criteria: '[]',
  end_date: null,
  chair_id: 's1',
  cadence_rule: 'FREQ=WEEKLY;BYDAY=TU',
  cadence_starts_at: '2026-08-30T15:00:00.000Z',
  cadence_time_zone: null,
  cadence_duration_minutes: 45,
  version: 1,
  created_at: '',
  updated_at: '',
};
const meeting = (over: Partial<MeetingRow>): MeetingRow => ({
  id: 'm',
  working_group_id: 'g1',
  title: 'AI-generated content',
  starts_at: '2026-12-01T15:00:00.000Z',
  ends_at: '2026-12-01T15:45:00.000Z',
  occurrence_start: '2026-12-01T15:00:00.000Z',
  location: '',
  video_link: '',
  notes: '',
  cancelled: 0,
  version: 1,
  created_at: '',
  updated_at: '',
  ...over,
});

describe('a working group on calendars', () => {
  it('is one recurring event from its first occurrence, with cancelled dates excluded and moves overriding', () => {
    const entries = groupEntries(group, [
      meeting({ id: 'same' }),
      meeting({
        id: 'gone',
        occurrence_start: '2026-12-08T15:00:00.000Z',
        starts_at: '2026-12-08T15:00:00.000Z',
        cancelled: 1,
      }),
      meeting({
        id: 'moved',
        occurrence_start: '2026-12-15T15:00:00.000Z',
        starts_at: '2026-12-16T10:00:00.000Z',
        ends_at: '2026-12-16T10:45:00.000Z',
      }),
      meeting({ id: 'adhoc', occurrence_start: null, title: 'Deep-dive', starts_at: '2026-12-03T10:00:00.000Z' }),
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        uid: 'working-group-g1@policyops',
        start: '2026-09-01T15:00:00.000Z',
        end: '2026-09-01T15:45:00.000Z',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        exdates: ['2026-12-08T15:00:00.000Z'],
      }),
      expect.objectContaining({
        uid: 'working-group-g1@policyops',
        recurrenceId: '2026-12-15T15:00:00.000Z',
        start: '2026-12-16T10:00:00.000Z',
        href: '/meetings/moved',
      }),
      expect.objectContaining({
        uid: 'meeting-adhoc@policyops',
        summary: 'Deep-dive',
        start: '2026-12-03T10:00:00.000Z',
      }),
    ]);
  });

  it('ends the series when the group closes; its meetings stay as single events', () => {
    const entries = groupEntries({ ...group, status: 'closed' }, [meeting({ id: 'same' })]);
    expect(entries).toEqual([expect.objectContaining({ uid: 'meeting-same@policyops', href: '/meetings/same' })]);
    expect(entries[0]).not.toHaveProperty('rrule');
  });
});
