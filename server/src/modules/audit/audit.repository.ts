import type { AuditQuery } from '@policyops/contracts';
import type { AuditEventsTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** Locks the chain head for this transaction (row lock on PostgreSQL; SQLite serialises writers) and advances it. */
export async function advanceChainHead(scope: DbScope): Promise<{ seq: number; prevHash: string }> {
  const db = queryBuilder(scope);
  const head = await db
    .updateTable('audit_chain_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), prevHash: head.last_hash };
}

export async function insertEvent(scope: DbScope, row: AuditEventsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('audit_events').values(row).execute();
  await db.updateTable('audit_chain_head').set({ last_hash: row.hash }).where('id', '=', 1).execute();
}

export interface AuditRowWithActor extends AuditEventsTable {
  actor_name: string | null;
}

export async function listEvents(
  scope: DbScope,
  q: AuditQuery,
  beforeSeq: number | null,
): Promise<AuditRowWithActor[]> {
  const db = queryBuilder(scope);
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.name as actor_name')
    .orderBy('e.seq', 'desc')
    .limit(q.limit + 1);
  if (beforeSeq !== null) query = query.where('e.seq', '<', beforeSeq);
  if (q.actorId) query = query.where('e.actor_id', '=', q.actorId);
  if (q.entityType) query = query.where('e.entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('e.entity_id', '=', q.entityId);
  if (q.action) query = query.where('e.action', '=', q.action);
  if (q.from) query = query.where('e.occurred_at', '>=', `${q.from}T00:00:00.000Z`);
  if (q.to) query = query.where('e.occurred_at', '<=', `${q.to}T23:59:59.999Z`);
  return query.execute();
}

/** Streams the chain in seq order in batches, so verification of millions of events stays in bounded memory. */
export async function* eventsInOrder(scope: DbScope, batchSize = 2000): AsyncGenerator<AuditEventsTable> {
  const db = queryBuilder(scope);
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) yield row;
    if (rows.length < batchSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

export async function chainHead(scope: DbScope): Promise<{ seq: number; lastHash: string }> {
  const db = queryBuilder(scope);
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), lastHash: head.last_hash };
}
