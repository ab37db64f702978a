import type { Db } from '../../db/database.js';
import type { NotificationsTable } from '../../db/schema.js';
import type { Cursor } from './visible-page.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type NotificationRow = NotificationsTable & { actor_name: string | null };

function withActor(db: Db) {
  return db
    .selectFrom('notifications as n')
    .leftJoin('users as u', 'u.id', 'n.actor_id')
    .selectAll('n')
    .select('u.name as actor_name');
}

export async function insertMany(scope: DbScope, rows: NotificationsTable[]): Promise<void> {
  const db = queryBuilder(scope);
  if (rows.length) await db.insertInto('notifications').values(rows).execute();
}

/** One person's notifications, newest first, after the cursor. */
export async function listForUser(
  scope: DbScope,
  userId: string,
  unreadOnly: boolean,
  after: Cursor | null,
  take: number,
): Promise<NotificationRow[]> {
  const db = queryBuilder(scope);
  let query = withActor(db)
    .where('n.user_id', '=', userId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(take);
  if (unreadOnly) query = query.where('n.read_at', 'is', null);
  if (after)
    query = query.where((eb) => eb(eb.refTuple('n.created_at', 'n.id'), '<', eb.tuple(after.createdAt, after.id)));
  return query.execute();
}

export async function findForUser(scope: DbScope, id: string, userId: string): Promise<NotificationRow | undefined> {
  const db = queryBuilder(scope);
  return withActor(db).where('n.id', '=', id).where('n.user_id', '=', userId).executeTakeFirst();
}

export async function markRead(scope: DbScope, id: string, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
}

/** Marks read one person's unread notifications about these records; returns how many. */
export async function markReadAbout(
  scope: DbScope,
  userId: string,
  entities: { type: string; id: string }[],
  now: string,
): Promise<number> {
  const db = queryBuilder(scope);
  const idsByType = new Map<string, string[]>();
  for (const e of entities) idsByType.set(e.type, [...(idsByType.get(e.type) ?? []), e.id]);
  let marked = 0;
  for (const [type, ids] of idsByType)
    for (let i = 0; i < ids.length; i += 500) {
      const result = await db
        .updateTable('notifications')
        .set({ read_at: now })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .where('entity_type', '=', type)
        .where('entity_id', 'in', ids.slice(i, i + 500))
        .executeTakeFirst();
      marked += Number(result.numUpdatedRows);
    }
  return marked;
}

/** Unread counts per entity, so that the caller can drop entities the person may no longer see. */
export async function unreadByEntity(
  scope: DbScope,
  userId: string,
): Promise<{ entity_type: string; entity_id: string; n: number }[]> {
  const db = queryBuilder(scope);
  const rows = await db
    .selectFrom('notifications')
    .select(['entity_type', 'entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .groupBy(['entity_type', 'entity_id'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function deleteBySource(scope: DbScope, sourceId: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('notifications').where('source_id', '=', sourceId).execute();
}
