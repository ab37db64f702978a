import type { TeamCapacityQuartersTable, TeamCapacityTable } from '../../db/capacity-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type TeamCapacityRow = TeamCapacityTable & { team_name: string };

/** Every team's stated capacity, with the team's name. */
export async function all(scope: DbScope): Promise<{ rows: TeamCapacityRow[]; quarters: TeamCapacityQuartersTable[] }> {
  const db = queryBuilder(scope);
  const [rows, quarters] = await Promise.all([
    db
      .selectFrom('team_capacity')
      .innerJoin('teams', 'teams.id', 'team_capacity.team_id')
      .selectAll('team_capacity')
      .select('teams.name as team_name')
      .execute(),
    db.selectFrom('team_capacity_quarters').selectAll().orderBy('team_id').orderBy('period').execute(),
  ]);
  return { rows, quarters };
}

/** One team's capacity (undefined: none stated) and overrides. */
export async function ofTeam(
  scope: DbScope,
  teamId: string,
): Promise<{ row: TeamCapacityTable | undefined; quarters: TeamCapacityQuartersTable[] }> {
  const db = queryBuilder(scope);
  const row = await db.selectFrom('team_capacity').selectAll().where('team_id', '=', teamId).executeTakeFirst();
  const quarters = await db
    .selectFrom('team_capacity_quarters')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('period')
    .execute();
  return { row, quarters };
}

/** The team's name, or undefined when there is no such team. Locks nothing. */
export async function teamName(scope: DbScope, teamId: string): Promise<string | undefined> {
  const db = queryBuilder(scope);
  const row = await db.selectFrom('teams').select('name').where('id', '=', teamId).executeTakeFirst();
  return row?.name;
}

/** Names of teams by id. */
export async function teamNames(scope: DbScope, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const db = queryBuilder(scope);
  const rows = await db.selectFrom('teams').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Inserts the first capacity of a team; false when one exists (a concurrent first write). */
export async function insertFirst(scope: DbScope, row: TeamCapacityTable): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .insertInto('team_capacity')
    .values(row)
    .onConflict((oc) => oc.column('team_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Writes the capacity when the stored version is `version`; false when it is not. */
export async function updateVersioned(
  scope: DbScope,
  teamId: string,
  version: number,
  patch: Pick<TeamCapacityTable, 'people' | 'focus' | 'updated_at' | 'updated_by'>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('team_capacity')
    .set({ ...patch, version: version + 1 })
    .where('team_id', '=', teamId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceQuarters(
  scope: DbScope,
  teamId: string,
  quarters: Omit<TeamCapacityQuartersTable, 'team_id'>[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('team_capacity_quarters').where('team_id', '=', teamId).execute();
  if (quarters.length > 0)
    await db
      .insertInto('team_capacity_quarters')
      .values(quarters.map((q) => ({ ...q, team_id: teamId })))
      .execute();
}

/** Version and key results served of the initiatives overlapping a span. */
export async function initiativeFacts(
  scope: DbScope,
  span: { start: string; end: string },
): Promise<Map<string, { version: number; keyResults: number }>> {
  const db = queryBuilder(scope);
  const [versions, links] = await Promise.all([
    db
      .selectFrom('initiatives')
      .select(['id', 'version'])
      .where('end_date', '>=', span.start)
      .where('start_date', '<=', span.end)
      .execute(),
    db
      .selectFrom('initiative_key_results')
      .innerJoin('initiatives', 'initiatives.id', 'initiative_key_results.initiative_id')
      .select(['initiative_key_results.initiative_id as id', 'initiative_key_results.key_result_id as kr'])
      .where('initiatives.end_date', '>=', span.start)
      .where('initiatives.start_date', '<=', span.end)
      .execute(),
  ]);
  const facts = new Map(versions.map((v) => [v.id, { version: v.version, keyResults: 0 }]));
  for (const l of links) {
    const f = facts.get(l.id);
    if (f) f.keyResults += 1;
  }
  return facts;
}

/** Key results linked to initiatives, with their titles (for the what-if). */
export async function keyResultsOf(
  scope: DbScope,
  initiativeIds: string[],
): Promise<{ initiativeId: string; keyResultId: string; title: string }[]> {
  if (initiativeIds.length === 0) return [];
  const db = queryBuilder(scope);
  return db
    .selectFrom('initiative_key_results')
    .innerJoin('key_results', 'key_results.id', 'initiative_key_results.key_result_id')
    .select([
      'initiative_key_results.initiative_id as initiativeId',
      'initiative_key_results.key_result_id as keyResultId',
      'key_results.title as title',
    ])
    .where('initiative_key_results.initiative_id', 'in', initiativeIds)
    .execute();
}
