import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';

const SURFACES = ['Feed videos', 'LIVE', 'Comments', 'Direct messages', 'Profiles', 'Search', 'Ads', 'Shop'];

/** Market code, name, kind, parent code. Workspaces edit these; they are a starting point. */
const MARKETS: [string, string, 'global' | 'region' | 'country', string | null][] = [
  ['GLOBAL', 'Global', 'global', null],
  ['EU', 'European Union', 'region', null],
  ['NA', 'North America', 'region', null],
  ['APAC', 'Asia-Pacific', 'region', null],
  ['LATAM', 'Latin America', 'region', null],
  ['MENA', 'Middle East & North Africa', 'region', null],
  ['DE', 'Germany', 'country', 'EU'],
  ['FR', 'France', 'country', 'EU'],
  ['US', 'United States', 'country', 'NA'],
  ['IN', 'India', 'country', 'APAC'],
  ['BR', 'Brazil', 'country', 'LATAM'],
];

/** Applicability: configurable surfaces and markets, the per-policy grid, per-market effective dates. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('surfaces')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('markets')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(12)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(80)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(36)', (c) => c.references('markets.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('policy_applicability')
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('surface_id', 'varchar(36)', (c) => c.notNull().references('surfaces.id').onDelete('restrict'))
    .addColumn('market_id', 'varchar(36)', (c) => c.notNull().references('markets.id').onDelete('restrict'))
    .addColumn('state', 'varchar(16)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_applicability_pk', ['policy_id', 'surface_id', 'market_id'])
    .execute();
  await db.schema
    .createIndex('policy_applicability_cell_idx')
    .on('policy_applicability')
    .columns(['surface_id', 'market_id'])
    .execute();
  await db.schema
    .createTable('version_market_dates')
    .addColumn('version_id', 'varchar(36)', (c) => c.notNull().references('policy_versions.id').onDelete('cascade'))
    .addColumn('market_id', 'varchar(36)', (c) => c.notNull().references('markets.id').onDelete('restrict'))
    .addColumn('effective_date', 'varchar(10)', (c) => c.notNull())
    .addPrimaryKeyConstraint('version_market_dates_pk', ['version_id', 'market_id'])
    .execute();

  const now = new Date().toISOString();
  const seed = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await seed
    .insertInto('surfaces')
    .values(
      SURFACES.map((name, position) => ({
        id: uuidv7(),
        name,
        position,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  const ids = new Map(MARKETS.map(([code]) => [code, uuidv7()]));
  await seed
    .insertInto('markets')
    .values(
      MARKETS.map(([code, name, kind, parent], position) => ({
        id: ids.get(code),
        code,
        name,
        kind,
        parent_id: parent ? ids.get(parent) : null,
        position,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['version_market_dates', 'policy_applicability', 'markets', 'surfaces'])
    await db.schema.dropTable(table).execute();
}
