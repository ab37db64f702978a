import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { addAction, stakeholderOf } from '../action-items/action-items-test-kit.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';

const FEEDS = '/api/calendar/feeds';
const MISSING = '01900000-0000-7000-8000-000000000000';
const pathOf = (url: string) => new URL(url).pathname;

function summaries(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents('vevent')
    .map((v) => String(v.getFirstPropertyValue('summary')))
    .sort();
}

describe.each(DIALECTS)('calendar feeds on %s', (dialect) => {
  let t: TestApp;
  let pm: TestClient;
  let viewer: TestClient;
  let viewerId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://policyops.example.com' });
    t.clock.setToday('2026-12-01');
    pm = await t.signIn('program_manager');
    viewer = await t.signIn('viewer');
    viewerId = await stakeholderOf(t, viewer);
  });
  afterEach(async () => t.close());

  const createFeed = async (client: TestClient, body: object) => {
    const res = await client.post(FEEDS, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; url: string; stakeholderId: string | null };
  };

  it('gives me a secret URL once; a calendar client fetches my actions from it without a session', async () => {
    await addAction(pm, { title: 'Draft the FAQ', ownerId: viewerId, dueDate: '2026-12-08' });
    await addAction(pm, { title: 'Undated', ownerId: viewerId });
    const feed = await createFeed(viewer, { ownerKind: 'person', name: 'Work laptop' });
    expect(feed.url).toMatch(/^https:\/\/policyops\.example\.com\/api\/public\/calendar\/pocal_[A-Za-z0-9_-]+\.ics$/);
    expect(feed.stakeholderId).toBe(viewerId);

    const ics = await t.anonymous.get(pathOf(feed.url));
    expect(ics.statusCode, ics.body).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(String(ics.headers['cache-control'])).toMatch(/^private/);
    expect(summaries(ics.body)).toEqual(['Due: Draft the FAQ']);
    expect(ics.body).toContain('X-WR-CALNAME:');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20261208');

    const mine = (await viewer.get(`${FEEDS}/mine`)).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: feed.id, name: 'Work laptop', revokedAt: null });
    expect(mine[0].lastFetchedAt).not.toBeNull();
    expect(JSON.stringify(mine)).not.toContain('pocal_');
    expect((await pm.get(`${FEEDS}/mine`)).json().items).toEqual([]);
  });

  it('answers 404 for an unknown or revoked token, and for revoking someone else’s feed', async () => {
    expectProblem(await t.anonymous.get('/api/public/calendar/pocal_nope-nope-nope.ics'), 404, 'NOT_FOUND');
    const feed = await createFeed(viewer, { ownerKind: 'person', name: 'Phone' });
    expectProblem(await pm.delete(`${FEEDS}/${feed.id}`), 404, 'NOT_FOUND');
    expectProblem(await viewer.delete(`${FEEDS}/${MISSING}`), 404, 'NOT_FOUND');
    expect((await t.anonymous.get(pathOf(feed.url))).statusCode).toBe(200);
    expect((await viewer.delete(`${FEEDS}/${feed.id}`)).statusCode).toBe(204);
    expectProblem(await t.anonymous.get(pathOf(feed.url)), 404, 'NOT_FOUND');
    expectProblem(await viewer.delete(`${FEEDS}/${feed.id}`), 404, 'NOT_FOUND');
    expect((await viewer.get(`${FEEDS}/mine`)).json().items).toEqual([]);
    const admin = await t.signIn('admin');
    const audit = (await admin.get(`/api/audit-events?entityId=${feed.id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual([
      'calendar_feed.created',
      'calendar_feed.revoked',
    ]);
    expect(JSON.stringify(audit)).not.toContain(pathOf(feed.url).split('/').pop()!.replace('.ics', ''));
  });

  it('names the field at fault, and refuses anonymous callers', async () => {
    const noGroup = expectProblem(await viewer.post(FEEDS, { ownerKind: 'working_group', name: 'G' }), 400);
    expect(noGroup.errors?.[0]?.path).toBe('body.workingGroupId');
    const unknownGroup = expectProblem(
      await viewer.post(FEEDS, { ownerKind: 'working_group', workingGroupId: MISSING, name: 'G' }),
      400,
    );
    expect(unknownGroup.errors?.[0]?.path).toBe('body.workingGroupId');
    const personWithGroup = expectProblem(
      await viewer.post(FEEDS, { ownerKind: 'person', workingGroupId: MISSING, name: 'G' }),
      400,
    );
    expect(personWithGroup.errors?.[0]?.path).toBe('body.workingGroupId');
    const noName = expectProblem(await viewer.post(FEEDS, { ownerKind: 'person', name: '' }), 400);
    expect(noName.errors?.[0]?.path).toBe('body.name');
    expectProblem(await viewer.post(FEEDS, { ownerKind: 'team', name: 'x' }), 400, 'VALIDATION_FAILED');
    expectProblem(await t.anonymous.get('/api/public/calendar/not-a-feed'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.anonymous.post(FEEDS, { ownerKind: 'person', name: 'x' }), 401, 'UNAUTHENTICATED');
    expectProblem(await t.anonymous.get(`${FEEDS}/mine`), 401, 'UNAUTHENTICATED');
  });

  it('leaves out what the feed’s creator may not see: an action behind a restricted policy', async () => {
    const admin = await t.signIn('admin');
    const owner = await t.signIn('policy_owner');
    const { policyId } = await policyWithDraft(admin, 'sextortion', { restricted: true, ownerIds: [owner.userId] });
    await addAction(owner, {
      title: 'Secret work',
      ownerId: viewerId,
      dueDate: '2026-12-05',
      links: [{ kind: 'policy', id: policyId }],
    });
    await addAction(owner, { title: 'Open work', ownerId: viewerId, dueDate: '2026-12-06' });
    const feed = await createFeed(viewer, { ownerKind: 'person', name: 'Mine' });
    expect(summaries((await t.anonymous.get(pathOf(feed.url))).body)).toEqual(['Due: Open work']);
  });
});
