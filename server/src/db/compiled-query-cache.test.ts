import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { cachedSqlOf, executeCompiled } from './compiled-query-cache.js';

interface People {
  people: { id: string; name: string; team: string };
}

/** A driver that answers every query with `rows` and remembers what it was sent. */
function recordingDriver(rows: Record<string, unknown>[]) {
  const sent: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      sent.push(query);
      return { rows: rows as R[] };
    },
    // eslint-disable-next-line require-yield
    async *streamQuery() {
      throw new Error('not used');
    },
  };
  const driver: Driver = {
    init: async () => undefined,
    acquireConnection: async () => connection,
    beginTransaction: async () => undefined,
    commitTransaction: async () => undefined,
    rollbackTransaction: async () => undefined,
    releaseConnection: async () => undefined,
    destroy: async () => undefined,
  };
  return { driver, sent };
}

function kyselyFor(dialect: 'sqlite' | 'postgres', rows: Record<string, unknown>[] = []) {
  const { driver, sent } = recordingDriver(rows);
  const db = new Kysely<People>({
    dialect:
      dialect === 'sqlite'
        ? {
            createAdapter: () => new SqliteAdapter(),
            createDriver: () => driver,
            createIntrospector: (k) => new SqliteIntrospector(k),
            createQueryCompiler: () => new SqliteQueryCompiler(),
          }
        : {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => driver,
            createIntrospector: (k) => new PostgresIntrospector(k),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          },
  });
  return { db, sent };
}

const byTeam = (db: Kysely<People>, team: string, limit: number) =>
  db.selectFrom('people').select(['id', 'name']).where('team', '=', team).orderBy('name').limit(limit);

describe('executeCompiled', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'builds a shape once on %s, stores exactly what compile() gives, and runs it with the new parameters',
    async (dialect) => {
      const rows = [{ id: '1', name: 'Ada' }];
      const { db, sent } = kyselyFor(dialect, rows);
      const build = vi.fn((team: string, limit: number) => byTeam(db, team, limit));

      expect(await executeCompiled(db, 'people.byTeam', ['legal', 10], () => build('legal', 10))).toEqual(rows);
      await executeCompiled(db, 'people.byTeam', ['policy', 3], () => build('policy', 3));

      expect(build).toHaveBeenCalledTimes(1);
      const reference = byTeam(db, 'legal', 10).compile();
      expect(cachedSqlOf(db, 'people.byTeam')).toBe(reference.sql);
      expect(sent.map((q) => q.sql)).toEqual([reference.sql, reference.sql]);
      expect(sent.map((q) => q.parameters)).toEqual([
        ['legal', 10],
        ['policy', 3],
      ]);
    },
  );

  it('keeps a cache per database handle, so each dialect runs its own placeholders', async () => {
    const sqlite = kyselyFor('sqlite');
    const postgres = kyselyFor('postgres');
    await executeCompiled(sqlite.db, 'people.byTeam', ['legal', 10], () => byTeam(sqlite.db, 'legal', 10));
    await executeCompiled(postgres.db, 'people.byTeam', ['legal', 10], () => byTeam(postgres.db, 'legal', 10));
    expect(sqlite.sent[0]!.sql).toContain('"team" = ? order by "name" limit ?');
    expect(postgres.sent[0]!.sql).toContain('"team" = $1 order by "name" limit $2');
  });

  it('keeps separate shapes apart', async () => {
    const { db, sent } = kyselyFor('sqlite');
    await executeCompiled(db, 'people.byTeam', ['legal', 10], () => byTeam(db, 'legal', 10));
    await executeCompiled(db, 'people.all', [5], () => db.selectFrom('people').selectAll().limit(5));
    expect(sent[1]!.sql).toBe(db.selectFrom('people').selectAll().limit(5).compile().sql);
    expect(sent[1]!.parameters).toEqual([5]);
  });

  it('refuses parameters given in another order than the query puts them', async () => {
    const { db, sent } = kyselyFor('postgres');
    await expect(executeCompiled(db, 'people.byTeam', [10, 'legal'], () => byTeam(db, 'legal', 10))).rejects.toThrow(
      /people\.byTeam.*parameters/,
    );
    expect(cachedSqlOf(db, 'people.byTeam')).toBeUndefined();
    expect(sent).toHaveLength(0);
  });

  it('refuses a cached shape called with a different number of parameters', async () => {
    const { db } = kyselyFor('sqlite');
    await executeCompiled(db, 'people.byTeam', ['legal', 10], () => byTeam(db, 'legal', 10));
    await expect(executeCompiled(db, 'people.byTeam', ['legal'], () => byTeam(db, 'legal', 10))).rejects.toThrow(
      /people\.byTeam.*2 parameters/,
    );
  });
});
