import { expect } from 'vitest';
import type { TestClient } from '../../test/test-app.js';
import { contact, stakeholderOf } from '../action-items/action-items-test-kit.js';

export { contact, stakeholderOf };

export const MISSING = '01900000-0000-7000-8000-000000000000';
export const WEEKLY = {
  rule: 'FREQ=WEEKLY;BYDAY=TU',
  startsAt: '2026-09-01T15:00:00.000Z',
  timeZone: null,
  durationMinutes: 45,
};

export interface GroupView {
  id: string;
  version: number;
  status: string;
  moves: string[];
  nextMeetingAt: string | null;
  members: { stakeholder: { id: string; name: string }; role: string }[];
}

/** Forms a group through the API (201 expected), chaired by `chairId`. */
export async function formGroup(client: TestClient, chairId: string, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/working-groups', {
    name: 'AI-generated content',
    chairId,
    cadence: WEEKLY,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as GroupView;
}

/** A policy through the API, visible to all unless restricted. */
export async function policy(admin: TestClient, slug: string, restricted = false): Promise<string> {
  const area = (await admin.post('/api/policy-areas', { name: `Area ${slug}` })).json() as { id: string };
  const res = await admin.post('/api/policies', { title: `Policy ${slug}`, slug, areaId: area.id, restricted });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** An initiative with one milestone on `date`. */
export async function initiativeWithMilestone(admin: TestClient, date: string) {
  const initiative = await admin.post('/api/roadmap/initiatives', {
    title: 'Label AI video',
    ownerId: admin.userId,
    start: 'FY2026-Q4',
    end: 'FY2027-Q1',
  });
  expect(initiative.statusCode, initiative.body).toBe(201);
  const id = initiative.json().id as string;
  const milestone = await admin.post(`/api/roadmap/initiatives/${id}/milestones`, { title: 'Vendor pilot', date });
  expect(milestone.statusCode, milestone.body).toBe(201);
  return { initiativeId: id, milestoneId: milestone.json().id as string };
}
