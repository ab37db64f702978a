import { type DbScope, queryBuilder } from '../../db/scope.js';

/** The sample policies by slug (those that exist), for the sample decisions' links. */
export async function policyIdsBySlug(scope: DbScope, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await queryBuilder(scope)
    .selectFrom('policies')
    .select(['id', 'slug'])
    .where('slug', 'in', slugs)
    .execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}
