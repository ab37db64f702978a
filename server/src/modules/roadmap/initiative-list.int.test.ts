import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

const titles = (res: { json(): Json }) => res.json().items.map((i: Json) => i.title);

describe.each(DIALECTS)('initiative list on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let area: Json;
  let team: Json;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2027-01-11');
    area = (await cast.admin.post('/api/policy-areas', { name: 'Hate Speech' })).json();
    team = (await cast.admin.post('/api/teams', { name: 'Trust comms', function: 'comms' })).json();
    const mk = (title: string, extra: Json) =>
      createInitiative(cast.pm, { ownerId: cast.owner.userId, title, ...extra });
    await mk('Alpha', {
      start: 'FY2027-Q1',
      end: 'FY2027-Q1',
      status: 'in_progress',
      priority: 'p2',
      areaIds: [area.id],
    });
    await mk('Bravo', { start: 'FY2027-Q2', end: 'FY2027-Q3', status: 'planned', priority: 'p0', teamIds: [team.id] });
    await mk('Charlie', {
      start: 'FY2026-Q4',
      end: 'FY2027-Q1',
      status: 'proposed',
      priority: 'p1',
      ownerId: cast.otherOwner.userId,
    });
    await mk('Delta 100%_done', { start: 'FY2027-Q4', end: 'FY2027-Q4', status: 'done', priority: 'p3' });
  });
  afterEach(async () => t.close());

  it('filters by period, status, owner, area, team, health, update due and title', async () => {
    const get = (q: string) => cast.viewer.get(`/api/roadmap/initiatives?${q}`);
    expect(titles(await get(''))).toEqual(['Charlie', 'Alpha', 'Bravo', 'Delta 100%_done']);
    expect(titles(await get('period=FY2027-Q1'))).toEqual(['Charlie', 'Alpha']);
    expect(titles(await get('period=FY2027'))).toHaveLength(4);
    expect(titles(await get('status=planned,proposed'))).toEqual(['Charlie', 'Bravo']);
    expect(titles(await get(`ownerId=${cast.otherOwner.userId}`))).toEqual(['Charlie']);
    expect(titles(await get(`areaId=${area.id}`))).toEqual(['Alpha']);
    expect(titles(await get(`teamId=${team.id}`))).toEqual(['Bravo']);
    expect(titles(await get('health=none'))).toHaveLength(4);
    expect(titles(await get('health=on_track'))).toEqual([]);
    // Alpha is in progress and its first Friday (2027-01-15) has not come yet.
    expect(titles(await get('updateDue=true'))).toEqual([]);
    t.clock.setToday('2027-01-15');
    expect(titles(await get('updateDue=true'))).toEqual(['Alpha']);
    expect(titles(await get('q=100%25_'))).toEqual(['Delta 100%_done']);
    expect(titles(await get('q=_'))).toEqual(['Delta 100%_done']);
    const items = (await get('updateDue=true')).json().items;
    expect(items[0]).toMatchObject({ updates: { due: true, nextDueOn: '2027-01-15' }, spanLabel: 'FY27 Q1' });
  });

  it('sorts and pages with a cursor that belongs to its sort', async () => {
    const first = (await cast.viewer.get('/api/roadmap/initiatives?sort=priority&limit=3')).json();
    expect(first.items.map((i: Json) => i.priority)).toEqual(['p0', 'p1', 'p2']);
    const rest = await cast.viewer.get(`/api/roadmap/initiatives?sort=priority&limit=3&cursor=${first.nextCursor}`);
    expect(rest.json()).toMatchObject({ items: [{ priority: 'p3' }], nextCursor: null });
    expect(titles(await cast.viewer.get('/api/roadmap/initiatives?sort=title&order=desc'))).toEqual([
      'Delta 100%_done',
      'Charlie',
      'Bravo',
      'Alpha',
    ]);
    const byEnd = (await cast.viewer.get('/api/roadmap/initiatives?sort=end&order=desc&limit=2')).json();
    const next = await cast.viewer.get(
      `/api/roadmap/initiatives?sort=end&order=desc&limit=2&cursor=${byEnd.nextCursor}`,
    );
    // Alpha and Charlie both end on 2027-03-31: the later id (Charlie) comes first in descending order.
    expect([...byEnd.items.map((i: Json) => i.title), ...titles(next)]).toEqual([
      'Delta 100%_done',
      'Bravo',
      'Charlie',
      'Alpha',
    ]);
    const wrong = expectProblem(
      await cast.viewer.get(`/api/roadmap/initiatives?sort=title&cursor=${first.nextCursor}`),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrong.errors?.map((e) => e.path)).toEqual(['querystring.cursor']);
  });

  it('sorts by priority rank (P0 first ascending, P3 first descending), ties by id, paging through the ties', async () => {
    for (const [title, priority] of [
      ['Echo', 'p0'],
      ['Foxtrot', 'p2'],
      ['Golf', 'p2'],
    ] as const)
      await createInitiative(cast.pm, {
        ownerId: cast.owner.userId,
        title,
        priority,
        start: 'FY2027-Q1',
        end: 'FY2027-Q1',
      });
    const rank = { p0: 0, p1: 1, p2: 2, p3: 3 } as Record<string, number>;
    for (const order of ['asc', 'desc'] as const) {
      const url = `/api/roadmap/initiatives?sort=priority&order=${order}`;
      const all: Json[] = (await cast.viewer.get(url)).json().items;
      const sign = order === 'asc' ? 1 : -1;
      const expected = [...all].sort(
        (a, b) => sign * (rank[a.priority]! - rank[b.priority]! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      );
      expect(all.map((i) => i.priority)).toEqual(
        order === 'asc' ? ['p0', 'p0', 'p1', 'p2', 'p2', 'p2', 'p3'] : ['p3', 'p2', 'p2', 'p2', 'p1', 'p0', 'p0'],
      );
      expect(all.map((i) => i.id)).toEqual(expected.map((i) => i.id));
      // One row a page puts a page boundary inside every tie.
      const paged: Json[] = [];
      let cursor: string | null = null;
      do {
        const page: Json = (await cast.viewer.get(`${url}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
        paged.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && paged.length <= all.length);
      expect(paged.map((i) => i.id)).toEqual(all.map((i) => i.id));
    }
  });

  it('names the query field at fault', async () => {
    const fields = async (q: string) =>
      expectProblem(await cast.viewer.get(`/api/roadmap/initiatives?${q}`), 400, 'VALIDATION_FAILED').errors?.map(
        (e) => e.path,
      );
    expect(await fields('status=planned,started')).toEqual(['querystring.status.1']);
    expect(await fields('period=2027-Q1')).toEqual(['querystring.period']);
    expect(await fields('health=green')).toEqual(['querystring.health']);
    expect(await fields('sort=owner')).toEqual(['querystring.sort']);
    expect(await fields('ownerId=someone')).toEqual(['querystring.ownerId']);
    expect(await fields('limit=500')).toEqual(['querystring.limit']);
  });
});
