import { createHash } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedSqlOf } from '../../db/compiled-query-cache.js';
import { scopeOf } from '../../db/scope.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import * as sessionsRepo from './sessions.repository.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe.each(DIALECTS)('the session lookup through the compiled-query cache on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  async function storedSession(email: string) {
    const row = await t.database.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['s.token_hash', 's.expires_at'])
      .where('u.email', '=', email)
      .executeTakeFirstOrThrow();
    return row;
  }

  it('stores the SQL the builder compiles and answers as the builder does: live, expired, unknown', async () => {
    const { db, scope } = t.database;
    const person = await t.signIn('contributor', 'person@example.com');
    const { token_hash: tokenHash, expires_at: expiresAt } = await storedSession('person@example.com');
    const now = new Date().toISOString();
    const cases: [string, string][] = [
      [tokenHash, now],
      [tokenHash, expiresAt],
      [sha256('not a token'), now],
    ];
    for (const [hash, at] of cases) {
      const cached = await sessionsRepo.findLiveSession(scope, hash, at);
      const uncached = sessionsRepo.liveSessionQuery(db, hash, at);
      expect(cached).toEqual(await uncached.executeTakeFirst());
      expect(cachedSqlOf(db, sessionsRepo.LIVE_SESSION_SHAPE)).toBe(uncached.compile().sql);
    }
    expect(await sessionsRepo.findLiveSession(scope, tokenHash, now)).toMatchObject({
      user_id: person.userId,
      email: 'person@example.com',
      role: 'contributor',
    });
    expect(await sessionsRepo.findLiveSession(scope, tokenHash, expiresAt)).toBeUndefined();
  });

  it('builds the lookup once per database handle', async () => {
    await t.signIn('viewer', 'viewer@example.com');
    const { token_hash: tokenHash } = await storedSession('viewer@example.com');
    let builds = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        builds += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const scope = scopeOf(t.database.db.withPlugin(counting));
    const now = new Date().toISOString();
    expect(await sessionsRepo.findLiveSession(scope, tokenHash, now)).toBeDefined();
    const first = builds;
    expect(await sessionsRepo.findLiveSession(scope, tokenHash, now)).toBeDefined();
    expect(await sessionsRepo.findLiveSession(scope, sha256('other'), now)).toBeUndefined();
    expect(builds).toBe(first);
  });

  it('still refuses a deactivated person’s session through HTTP', async () => {
    const admin = await t.signIn('admin');
    const person = await t.signIn('contributor');
    expect((await person.get('/api/auth/session')).statusCode).toBe(200);
    const { version } = (await admin.get(`/api/users/${person.userId}`)).json();
    expect((await admin.patch(`/api/users/${person.userId}`, { version, status: 'deactivated' })).statusCode).toBe(200);
    expectProblem(await person.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
    expect((await admin.get('/api/auth/session')).statusCode).toBe(200);
  });
});
