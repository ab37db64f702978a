import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/test-app.js';
import { beforeMigration } from '../../test/migration-harness.js';

const THIS = '0014-public-changelog';

describe.each(DIALECTS)('migration 0014 on %s', (dialect) => {
  it('gives entries published before it the neutral sentence, never their internal summary, and adds the settings row', async () => {
    await beforeMigration(dialect, THIS, async ({ db, migrateToLatest }) => {
      const now = '2026-01-01T00:00:00.000Z';
      await sql`INSERT INTO policy_areas (id, name, parent_id, description, version, created_at, updated_at)
          VALUES ('a', 'Area', NULL, '', 1, ${now}, ${now})`.execute(db);
      await sql`INSERT INTO policies (id, slug, title, area_id, owning_team_id, status, tags, restricted, retired_at, version, created_at, updated_at)
          VALUES ('p', 'hate-speech', 'Hate Speech', 'a', NULL, 'live', '[]', 0, NULL, 1, ${now}, ${now})`.execute(db);
      await sql`INSERT INTO policy_versions (id, policy_id, label, state, effective_date, change_summary, body, author_id, approver_id, published_at, version, created_at, updated_at)
          VALUES ('v', 'p', '1.0', 'live', '2027-01-15', 'Imported from community-guidelines/2026-07-14.md', 'Words.', NULL, NULL, ${now}, 1, ${now}, ${now})`.execute(
        db,
      );
      await sql`INSERT INTO changelog_entries (id, policy_id, version_id, summary, published_by, published_at)
          VALUES ('c', 'p', 'v', 'Imported from community-guidelines/2026-07-14.md', NULL, ${now})`.execute(db);
      await migrateToLatest();

      const entries = await sql<{ summary: string; public_summary: string }>`
          SELECT summary, public_summary FROM changelog_entries`.execute(db);
      expect(entries.rows).toEqual([
        {
          summary: 'Imported from community-guidelines/2026-07-14.md',
          public_summary: 'Updated Hate Speech policy, effective 15 January 2027',
        },
      ]);
      const settings = await sql<{ id: string; auto_publish_changelog: number; version: number }>`
          SELECT id, auto_publish_changelog, version FROM workspace_settings`.execute(db);
      expect(settings.rows.map((r) => [r.id, Number(r.auto_publish_changelog), Number(r.version)])).toEqual([
        ['workspace', 0, 1],
      ]);
    });
  });
});
