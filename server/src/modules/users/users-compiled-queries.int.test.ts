import type { UserListQuery } from '@policyops/contracts';
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedSqlOf } from '../../db/compiled-query-cache.js';
import { scopeOf } from '../../db/scope.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import * as usersRepo from './users.repository.js';

/** Counts the query builds Kysely runs through a handle's plugins (each build of a query calls it). */
function countingPlugin() {
  const plugin = {
    builds: 0,
    transformQuery(args: Parameters<KyselyPlugin['transformQuery']>[0]) {
      plugin.builds += 1;
      return args.node;
    },
    async transformResult(args: Parameters<KyselyPlugin['transformResult']>[0]) {
      return args.result;
    },
  };
  return plugin;
}

describe.each(DIALECTS)('the directory page through the compiled-query cache on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let viewers: TestClient[];
  let teamId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    viewers = [];
    for (let i = 0; i < 4; i++) viewers.push(await t.signIn('viewer'));
    await t.signIn('contributor');
    const now = new Date().toISOString();
    const teams = ['Legal', 'Bullying'].map((name, i) => ({
      id: `01900000-0000-7000-8000-00000000000${i}`,
      name,
      function: 'policy',
      description: '',
      version: 1,
      created_at: now,
      updated_at: now,
    }));
    await t.database.db.insertInto('teams').values(teams).execute();
    teamId = teams[0]!.id;
    const members = viewers.flatMap((v, i) => [
      { team_id: teams[0]!.id, user_id: v.userId, joined_at: now },
      ...(i % 2 === 0 ? [{ team_id: teams[1]!.id, user_id: v.userId, joined_at: now }] : []),
    ]);
    await t.database.db.insertInto('team_members').values(members).execute();
  });
  afterEach(async () => t.close());

  it('stores, for every directory shape, the SQL the builder compiles, and answers as the builder does', async () => {
    const { db, scope } = t.database;
    const cursor = { name: viewers[0]!.session!.user.name, id: viewers[0]!.userId };
    let nonEmpty = 0;
    for (let mask = 0; mask < 32; mask++) {
      const q: UserListQuery = {
        limit: 2 + (mask % 3),
        ...(mask & 1 ? { q: 'VIEWER' } : {}),
        ...(mask & 2 ? { role: 'viewer' as const } : {}),
        ...(mask & 4 ? { status: 'active' as const } : {}),
        ...(mask & 8 ? { teamId } : {}),
      };
      const after = mask & 16 ? cursor : null;
      const cached = await usersRepo.list(scope, q, after);
      const uncached = usersRepo.listQuery(db, q, after);
      expect(cached, `shape ${usersRepo.listShape(q, after)}`).toEqual(await uncached.execute());
      expect(cachedSqlOf(db, usersRepo.listShape(q, after))).toBe(uncached.compile().sql);
      if (cached.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBe(32);
  });

  it('looks up teams for any number of people as the builder does, one shape per count', async () => {
    const { db, scope } = t.database;
    for (const ids of [[viewers[0]!.userId], viewers.slice(0, 2).map((v) => v.userId), viewers.map((v) => v.userId)]) {
      const cached = await usersRepo.teamsOf(scope, ids);
      const uncached = usersRepo.teamsOfQuery(db, ids);
      const expected = new Map<string, { id: string; name: string }[]>();
      for (const r of await uncached.execute()) expected.set(r.user_id, [...(expected.get(r.user_id) ?? []), r]);
      expect([...cached].map(([user, teams]) => [user, teams.map((team) => team.name)])).toEqual(
        [...expected].map(([user, teams]) => [user, teams.map((team) => team.name)]),
      );
      expect(cachedSqlOf(db, usersRepo.teamsOfShape(ids.length))).toBe(uncached.compile().sql);
    }
    expect((await usersRepo.teamsOf(scope, [viewers[0]!.userId])).get(viewers[0]!.userId)).toEqual([
      { id: expect.any(String), name: 'Bullying' },
      { id: teamId, name: 'Legal' },
    ]);
  });

  it('builds each query once per database handle, not once per request', async () => {
    const counting = countingPlugin();
    const scope = scopeOf(t.database.db.withPlugin(counting));
    const ids = viewers.map((v) => v.userId);
    await usersRepo.list(scope, { limit: 2 }, null);
    await usersRepo.teamsOf(scope, ids);
    const builds = counting.builds;
    expect(builds).toBeGreaterThan(0);
    await usersRepo.list(scope, { limit: 3 }, null);
    await usersRepo.list(scope, { limit: 50 }, null);
    await usersRepo.teamsOf(scope, [...ids].reverse());
    expect(counting.builds).toBe(builds);
  });

  it('serves first and cursor pages of different sizes without one limit leaking into another', async () => {
    const all = (await admin.get('/api/users?limit=50')).json().items.map((u: { id: string }) => u.id);
    expect(all).toHaveLength(6);
    const pageOf = async (limit: number, cursor?: string) => {
      const res = await admin.get(`/api/users?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      return res.json() as { items: { id: string; teams: { name: string }[] }[]; nextCursor: string | null };
    };
    const first = await pageOf(2);
    expect(first.items.map((u) => u.id)).toEqual(all.slice(0, 2));
    expect((await pageOf(3)).items.map((u) => u.id)).toEqual(all.slice(0, 3));
    const second = await pageOf(3, first.nextCursor!);
    expect(second.items.map((u) => u.id)).toEqual(all.slice(2, 5));
    const third = await pageOf(1, second.nextCursor!);
    expect(third.items.map((u) => u.id)).toEqual(all.slice(5, 6));
    expect(third.nextCursor).toBeNull();
    expect((await pageOf(2, first.nextCursor!)).items.map((u) => u.id)).toEqual(all.slice(2, 4));
    const viewerPage = (await admin.get(`/api/users?limit=50&role=viewer&teamId=${teamId}`)).json();
    expect(viewerPage.items.map((u: { id: string }) => u.id).sort()).toEqual(viewers.map((v) => v.userId).sort());
    expect(viewerPage.items.find((u: { id: string }) => u.id === viewers[0]!.userId).teams).toEqual([
      { id: expect.any(String), name: 'Bullying' },
      { id: teamId, name: 'Legal' },
    ]);
  });
});
