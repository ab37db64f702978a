import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

interface Summary {
  id: string;
  name: string;
  status: string;
  memberCount: number;
  nextMeetingAt: string | null;
}

describe('the working groups of the sample workspace', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    ({ t, admin } = await createSampleTestApp('sqlite', { today: '2026-12-01' }));
  }, 240_000);
  afterAll(async () => t.close());

  it('has the three groups of the story, active, with their past meetings and the next one not opened', async () => {
    const groups = (await admin.get('/api/working-groups')).json().items as Summary[];
    expect(groups.map((g) => [g.name, g.status, g.memberCount])).toEqual([
      ['AI-generated content', 'active', 6],
      ['Elections integrity', 'active', 6],
      ['Youth safety across surfaces', 'active', 6],
    ]);
    const ai = groups.find((g) => g.name === 'AI-generated content')!;
    // The test clock keeps the machine's time of day: the next Tuesday 15:00 is today's or next week's.
    expect(['2026-12-01T15:00:00.000Z', '2026-12-08T15:00:00.000Z']).toContain(ai.nextMeetingAt);
    const detail = (await admin.get(`/api/working-groups/${ai.id}`)).json();
    expect(detail.charter.policies.map((p: { href: string }) => p.href)).toEqual(
      expect.arrayContaining(['/policies/harmful-misinformation', '/policies/adult-nudity']),
    );
    const meetings = (await admin.get(`/api/working-groups/${ai.id}/meetings`)).json().items;
    expect(meetings.length).toBeGreaterThanOrEqual(10);
    expect(meetings[0].startsAt).toBe('2026-11-24T15:00:00.000Z');
    const upcoming = (await admin.get(`/api/working-groups/${ai.id}/occurrences?count=1`)).json().items;
    expect(upcoming).toEqual([expect.objectContaining({ startsAt: ai.nextMeetingAt, meetingId: null })]);
    const last = (await admin.get(`/api/meetings/${meetings[0].id}`)).json();
    expect(last.attendees.filter((a: { attended: boolean }) => a.attended).length).toBe(5);
    expect(last.notesHtml).toContain('<h2>');
  });

  it('opens the next meeting pre-filled, carrying open actions forward', async () => {
    const ai = ((await admin.get('/api/working-groups')).json().items as Summary[]).find(
      (g) => g.name === 'AI-generated content',
    )!;
    const opened = await admin.post(`/api/working-groups/${ai.id}/meetings`, { occurrenceStart: ai.nextMeetingAt });
    expect(opened.statusCode, opened.body).toBe(201);
    const sections = new Set(opened.json().agenda.map((i: { section: string }) => i.section));
    // The open blocker (RAID section) pre-fills; priya's open action (action items section) carries forward.
    expect(sections).toContain('open_blockers');
    expect(sections).toContain('carried_forward');
    const carried = opened.json().agenda.filter((i: { section: string }) => i.section === 'carried_forward');
    expect(carried[0].carriedFrom).toMatch(/^2026-1[01]-\d\d$/);
  });
});
