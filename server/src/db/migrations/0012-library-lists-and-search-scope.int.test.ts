import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/test-app.js';
import { beforeMigration } from '../../test/migration-harness.js';

const THIS = '0012-library-lists-and-search-scope';

describe.each(DIALECTS)('migration 0012 on %s', (dialect) => {
  it('copies existing tags and gives existing search documents their scope', async () => {
    await beforeMigration(dialect, THIS, async ({ db, migrateToLatest }) => {
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
      await migrateToLatest();

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
    });
  });
});
