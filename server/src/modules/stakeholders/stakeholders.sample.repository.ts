import { type DbScope, queryBuilder } from '../../db/scope.js';

/** The sample's initiatives by exact title (absent ones are left out: another section may not have run). */
export async function initiativeIdsByTitle(scope: DbScope, titles: string[]): Promise<Map<string, string>> {
  const rows = await queryBuilder(scope)
    .selectFrom('initiatives')
    .select(['id', 'title'])
    .where('title', 'in', titles)
    .execute();
  return new Map(rows.map((r) => [r.title, r.id]));
}

/** The sample's change requests by exact title. */
export async function changeRequestIdsByTitle(scope: DbScope, titles: string[]): Promise<Map<string, string>> {
  const rows = await queryBuilder(scope)
    .selectFrom('change_requests')
    .select(['id', 'title'])
    .where('title', 'in', titles)
    .execute();
  return new Map(rows.map((r) => [r.title, r.id]));
}
