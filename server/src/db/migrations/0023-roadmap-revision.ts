import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * A revision number of everything a roadmap year is read from, raised by the database itself on
 * every write to those tables, so that a year computed once can be served again until something it
 * was read from changes, whatever code path (service, import, sample, a future module) wrote it.
 * Names of people, teams and areas count only when the name changes: a sign-in touches `users`
 * and must not throw every cached year away. PostgreSQL raises it once per statement, SQLite
 * (which has no statement triggers) once per row.
 */
const WHOLE_ROWS = [
  'initiatives',
  'initiative_milestones',
  'initiative_dependencies',
  'initiative_areas',
  'initiative_teams',
] as const;
const NAMES = ['users', 'teams', 'policy_areas'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('roadmap_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO roadmap_revision (id, revision) VALUES (1, 1)`.execute(db);
  const bump = 'UPDATE roadmap_revision SET revision = revision + 1 WHERE id = 1';
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const table of WHOLE_ROWS)
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        await sql
          .raw(`CREATE TRIGGER ${table}_${event.toLowerCase()}_revision AFTER ${event} ON ${table} BEGIN ${bump}; END`)
          .execute(db);
    for (const table of NAMES)
      await sql
        .raw(
          `CREATE TRIGGER ${table}_name_revision AFTER UPDATE OF name ON ${table} ` +
            `WHEN OLD.name IS NOT NEW.name BEGIN ${bump}; END`,
        )
        .execute(db);
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION bump_roadmap_revision() RETURNS trigger AS $$ BEGIN ${bump}; RETURN NULL; END $$ LANGUAGE plpgsql`,
    )
    .execute(db);
  for (const table of WHOLE_ROWS)
    await sql
      .raw(
        `CREATE TRIGGER ${table}_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} ` +
          'FOR EACH STATEMENT EXECUTE FUNCTION bump_roadmap_revision()',
      )
      .execute(db);
  for (const table of NAMES)
    await sql
      .raw(
        `CREATE TRIGGER ${table}_name_revision AFTER UPDATE OF name ON ${table} ` +
          'FOR EACH STATEMENT EXECUTE FUNCTION bump_roadmap_revision()',
      )
      .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const table of WHOLE_ROWS)
      for (const event of ['insert', 'update', 'delete'])
        await sql.raw(`DROP TRIGGER IF EXISTS ${table}_${event}_revision`).execute(db);
    for (const table of NAMES) await sql.raw(`DROP TRIGGER IF EXISTS ${table}_name_revision`).execute(db);
  } else {
    for (const table of WHOLE_ROWS) await sql.raw(`DROP TRIGGER IF EXISTS ${table}_revision ON ${table}`).execute(db);
    for (const table of NAMES) await sql.raw(`DROP TRIGGER IF EXISTS ${table}_name_revision ON ${table}`).execute(db);
    await sql`DROP FUNCTION IF EXISTS bump_roadmap_revision()`.execute(db);
  }
  await db.schema.dropTable('roadmap_revision').execute();
}
