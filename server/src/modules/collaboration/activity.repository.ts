import type { ActivityEntriesTable } from '../../db/schema.js';
import type { Cursor } from './visible-page.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type ActivityRow = ActivityEntriesTable & { actor_name: string | null };

export interface ActivityFilter {
  entity?: { type: string; id: string };
  actorId?: string;
  /** Only entries on records this person watches, caused by someone else. */
  watchedBy?: string;
}

export async function insert(scope: DbScope, row: ActivityEntriesTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('activity_entries').values(row).execute();
}

/** Entries newest first, after the cursor. */
export async function list(
  scope: DbScope,
  filter: ActivityFilter,
  after: Cursor | null,
  take: number,
): Promise<ActivityRow[]> {
  const db = queryBuilder(scope);
  let query = db
    .selectFrom('activity_entries as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .selectAll('a')
    .select('u.name as actor_name')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(take);
  if (filter.entity)
    query = query.where('a.entity_type', '=', filter.entity.type).where('a.entity_id', '=', filter.entity.id);
  if (filter.actorId) query = query.where('a.actor_id', '=', filter.actorId);
  if (filter.watchedBy) {
    const reader = filter.watchedBy;
    query = query
      .innerJoin('watches as w', (join) =>
        join
          .onRef('w.entity_type', '=', 'a.entity_type')
          .onRef('w.entity_id', '=', 'a.entity_id')
          .on('w.user_id', '=', reader),
      )
      .where((eb) => eb.or([eb('a.actor_id', 'is', null), eb('a.actor_id', '!=', reader)]));
  }
  if (after)
    query = query.where((eb) => eb(eb.refTuple('a.created_at', 'a.id'), '<', eb.tuple(after.createdAt, after.id)));
  return query.execute();
}

export async function deleteBySource(scope: DbScope, sourceId: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('activity_entries').where('source_id', '=', sourceId).execute();
}
