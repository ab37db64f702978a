import type { Db } from '../../db/database.js';
import type { CommentsTable } from '../../db/schema.js';
import type { Cursor } from './visible-page.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type CommentRow = CommentsTable & { author_name: string };

function withAuthor(db: Db) {
  return db
    .selectFrom('comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_id')
    .selectAll('c')
    .select('u.name as author_name');
}

/** Comments on one entity, oldest first, after the cursor. */
export async function listForEntity(
  scope: DbScope,
  entityType: string,
  entityId: string,
  after: Cursor | null,
  take: number,
): Promise<CommentRow[]> {
  const db = queryBuilder(scope);
  let query = withAuthor(db)
    .where('c.entity_type', '=', entityType)
    .where('c.entity_id', '=', entityId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .limit(take);
  if (after)
    query = query.where((eb) => eb(eb.refTuple('c.created_at', 'c.id'), '>', eb.tuple(after.createdAt, after.id)));
  return query.execute();
}

export async function find(scope: DbScope, id: string): Promise<CommentRow | undefined> {
  const db = queryBuilder(scope);
  return withAuthor(db).where('c.id', '=', id).executeTakeFirst();
}

export async function insert(scope: DbScope, row: CommentsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('comments').values(row).execute();
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<CommentsTable>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('comments')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .deleteFrom('comments')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
