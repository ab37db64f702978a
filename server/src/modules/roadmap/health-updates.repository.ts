import type { Db } from '../../db/database.js';
import type { InitiativeUpdatesTable } from '../../db/roadmap-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type HealthUpdateRow = InitiativeUpdatesTable & { author_name: string | null };

function withAuthor(db: Db) {
  return db
    .selectFrom('initiative_updates as u')
    .leftJoin('users as a', 'a.id', 'u.author_id')
    .selectAll('u')
    .select('a.name as author_name');
}

export async function insert(scope: DbScope, row: InitiativeUpdatesTable): Promise<void> {
  await queryBuilder(scope).insertInto('initiative_updates').values(row).execute();
}

export async function findById(scope: DbScope, id: string): Promise<HealthUpdateRow | undefined> {
  return withAuthor(queryBuilder(scope)).where('u.id', '=', id).executeTakeFirst();
}

/** Newest first, `limit` rows after the (created_at, id) position `before`. */
export async function page(
  scope: DbScope,
  initiativeId: string,
  before: { createdAt: string; id: string } | null,
  limit: number,
): Promise<HealthUpdateRow[]> {
  let query = withAuthor(queryBuilder(scope))
    .where('u.initiative_id', '=', initiativeId)
    .orderBy('u.created_at', 'desc')
    .orderBy('u.id', 'desc')
    .limit(limit);
  if (before)
    query = query.where((eb) => eb(eb.refTuple('u.created_at', 'u.id'), '<', eb.tuple(before.createdAt, before.id)));
  return query.execute();
}

/** Several health updates in one statement (the sample workspace replays weeks of them). */
export async function insertMany(scope: DbScope, rows: InitiativeUpdatesTable[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('initiative_updates').values(rows).execute();
}
