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

export interface ChainHead {
  seq: number;
  lastHash: string;
  legacySeq: number | null;
  legacySeal: string | null;
}

function toChainHead(row: { seq: number; last_hash: string; legacy_seq: number | null; legacy_seal: string | null }) {
  return {
    seq: Number(row.seq),
    lastHash: row.last_hash,
    legacySeq: row.legacy_seq === null ? null : Number(row.legacy_seq),
    legacySeal: row.legacy_seal,
  };
}

const HEAD_COLUMNS = ['seq', 'last_hash', 'legacy_seq', 'legacy_seal'] as const;

export async function chainHead(scope: DbScope): Promise<ChainHead> {
  const db = queryBuilder(scope);
  const head = await db
    .selectFrom('audit_chain_head')
    .select(HEAD_COLUMNS)
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return toChainHead(head);
}

/** Reads the chain head under a row lock (PostgreSQL; SQLite serialises writers), so no event is appended meanwhile. */
export async function lockChainHead(scope: DbScope): Promise<ChainHead> {
  const db = queryBuilder(scope);
  const head = await db
    .updateTable('audit_chain_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .returning(HEAD_COLUMNS)
    .executeTakeFirstOrThrow();
  return toChainHead(head);
}

export async function setLegacySeal(scope: DbScope, legacySeq: number, seal: string): Promise<void> {
  const db = queryBuilder(scope);
  await db
    .updateTable('audit_chain_head')
    .set({ legacy_seq: legacySeq, legacy_seal: seal })
    .where('id', '=', 1)
    .execute();
}

/** The stored hash of the event at `seq`, or null when there is none. */
export async function eventHashAt(scope: DbScope, seq: number): Promise<string | null> {
  const db = queryBuilder(scope);
  const row = await db.selectFrom('audit_events').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash ?? null;
}

/** The highest seq stored (0 for an empty log), whatever the head says. */
export async function lastStoredSeq(scope: DbScope): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
}
