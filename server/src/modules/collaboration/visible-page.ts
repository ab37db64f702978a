import type { EntityRef } from '@policyops/contracts';
import { AppError } from '../../http/app-error.js';
import { entityKey } from './collaboration-entities.js';

/** Position in a list ordered by (created_at, id). */
export interface Cursor {
  createdAt: string;
  id: string;
}

interface PagedRow {
  id: string;
  created_at: string;
  entity_type: string;
  entity_id: string;
}

export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

/** Throws VALIDATION_FAILED naming querystring.cursor when the cursor was not one of ours. */
export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && createdAt.length <= 40 && id.length <= 40)
      return { createdAt, id };
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
    { path: 'querystring.cursor', message: 'Invalid cursor' },
  ]);
}

/** How many batches one page may scan before handing back a shorter page with a cursor. */
const MAX_ROUNDS = 10;

/**
 * One page of rows whose entity the viewer may see, decided at read time: rows are fetched in
 * batches after the cursor and filtered through `resolve` until the page is full. A page that
 * hit the scan limit comes back short, with a cursor to continue from.
 */
export async function visiblePage<R extends PagedRow>(
  fetch: (after: Cursor | null, take: number) => Promise<R[]>,
  resolve: (rows: R[]) => Promise<Map<string, EntityRef>>,
  limit: number,
  cursor: Cursor | null,
): Promise<{ items: { row: R; entity: EntityRef }[]; nextCursor: string | null }> {
  const take = Math.max(limit + 1, 50);
  const items: { row: R; entity: EntityRef }[] = [];
  let after = cursor;
  let lastScanned: R | null = null;
  let exhausted = false;
  for (let round = 0; round < MAX_ROUNDS && items.length <= limit && !exhausted; round += 1) {
    const rows = await fetch(after, take);
    exhausted = rows.length < take;
    const visible = rows.length ? await resolve(rows) : new Map<string, EntityRef>();
    for (const row of rows) {
      lastScanned = row;
      const entity = visible.get(entityKey(row.entity_type, row.entity_id));
      if (entity) items.push({ row, entity });
      if (items.length > limit) break;
    }
    if (lastScanned) after = { createdAt: lastScanned.created_at, id: lastScanned.id };
  }
  if (items.length > limit) return { items: items.slice(0, limit), nextCursor: encodeCursor(items[limit - 1]!.row) };
  return { items, nextCursor: !exhausted && lastScanned ? encodeCursor(lastScanned) : null };
}
