import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

declare const dbScopeBrand: unique symbol;

/**
 * The database as services see it: a connection or an open transaction that they hand to
 * repositories and to other services, with no query methods of its own. Only repositories and
 * `db/` turn it back into the query builder; lint forbids `queryBuilder` and Kysely elsewhere.
 */
export interface DbScope {
  readonly [dbScopeBrand]: 'DbScope';
}

/** Wraps a Kysely instance (connection or transaction) as an opaque scope. */
export function scopeOf(db: Kysely<Database>): DbScope {
  return db as unknown as DbScope;
}

/** The query builder behind a scope: for repositories and `db/` only. */
export function queryBuilder(scope: DbScope): Kysely<Database> {
  return scope as unknown as Kysely<Database>;
}

/**
 * Runs `work` in one transaction; inside an open transaction it joins it, so a service method
 * can be called on its own or as part of a larger change without nesting transactions.
 */
export async function inTransaction<T>(scope: DbScope, work: (trx: DbScope) => Promise<T>): Promise<T> {
  const db = queryBuilder(scope);
  if (db.isTransaction) return work(scope);
  return db.transaction().execute((trx) => work(scopeOf(trx)));
}
