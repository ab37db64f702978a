import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { DIALECTS, TEST_DATABASE_URL } from '../../test/test-app.js';
import { openDatabase, type DialectName } from '../database.js';
import { migrations } from './index.js';

const THIS = '0012-library-lists-and-search-scope';

async function withSchema(dialect: DialectName, work: (schema: string) => Promise<void>): Promise<void> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  if (dialect === 'postgres') {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  }
  try {
    await work(schema);
  } finally {
    if (dialect === 'postgres') {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
}

describe.each(DIALECTS)('migration 0012 on %s', (dialect) => {
  it('copies existing tags and gives existing search documents their scope', async () => {
    await withSchema(dialect, async (schema) => {
      const config = loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: dialect === 'sqlite' ? ':memory:' : TEST_DATABASE_URL,
        SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
      });
      if (config.database.kind === 'postgres') config.database.schema = schema;
      const { db, close } = openDatabase(config.database);
      try {
        const migrator = new Migrator({
          db,
          provider: { getMigrations: async () => migrations },
          ...(dialect === 'postgres' ? { migrationTableSchema: schema } : {}),
        });
        const names = Object.keys(migrations);
        expect((await migrator.migrateTo(names[names.indexOf(THIS) - 1]!)).error).toBeUndefined();
        const now = '2026-01-01T00:00:00.000Z';
        await sql`INSERT INTO policy_areas (id, name, parent_id, description, version, created_at, updated_at)
          VALUES ('a', 'Area', NULL, '', 1, ${now}, ${now})`.execute(db);
        await sql`INSERT INTO policies (id, slug, title, area_id, owning_team_id, status, tags, restricted, retired_at, version, created_at, updated_at)
          VALUES ('p', 'p', 'P', 'a', NULL, 'live', '["spam","link farms"]', 0, NULL, 1, ${now}, ${now})`.execute(db);
        // Overtaken, in force, scheduled, open.
        const versions: [string, string, string | null][] = [
          ['v0', 'superseded', '2020-01-01'],
          ['v1', 'superseded', '2021-01-01'],
          ['v2', 'live', '2999-01-01'],
          ['v3', 'draft', null],
        ];
        for (const [id, state, date] of versions) {
          await sql`INSERT INTO policy_versions (id, policy_id, label, state, effective_date, change_summary, body, author_id, approver_id, published_at, version, created_at, updated_at)
            VALUES (${id}, 'p', ${`1.${id.slice(1)}`}, ${state}, ${date}, '', 'Words.', NULL, NULL, ${date ? now : null}, 1, ${now}, ${now})`.execute(
            db,
          );
          await sql`INSERT INTO search_documents (entity_id, policy_id, title, body) VALUES (${id}, 'p', 'P', 'Words.')`.execute(
            db,
          );
        }
        expect((await migrator.migrateToLatest()).error).toBeUndefined();

        const scopes = await sql<{ entity_id: string; scope: string }>`
          SELECT entity_id, scope FROM search_documents ORDER BY entity_id`.execute(db);
        expect(scopes.rows.map((r) => [r.entity_id, r.scope])).toEqual([
          ['v0', 'history'],
          ['v1', 'current'],
          ['v2', 'current'],
          ['v3', 'current'],
        ]);
        const tags = await sql<{ tag: string }>`SELECT tag FROM policy_tags WHERE policy_id = 'p' ORDER BY tag`.execute(
          db,
        );
        expect(tags.rows.map((r) => r.tag)).toEqual(['link farms', 'spam']);
      } finally {
        await close();
      }
    });
  });
});
