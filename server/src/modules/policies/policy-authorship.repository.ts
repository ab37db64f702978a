import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from './policy-visibility.query.js';

export interface OwnedPolicyRow {
  id: string;
  slug: string;
  title: string;
  restricted: number;
  status: string;
  retired_at: string | null;
  updated_at: string;
  area_name: string;
}

/** Policies this person owns that the viewer may see, by title, with how many there are. */
export async function ownedBy(
  scope: DbScope,
  viewer: Viewer,
  userId: string,
  limit: number,
): Promise<{ rows: OwnedPolicyRow[]; total: number }> {
  const base = queryBuilder(scope)
    .selectFrom('policies as p')
    .innerJoin('policy_owners as o', (join) => join.onRef('o.policy_id', '=', 'p.id').on('o.user_id', '=', userId))
    .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
    .where(visibleTo(viewer));
  const [rows, count] = await Promise.all([
    base
      .select(['p.id', 'p.slug', 'p.title', 'p.restricted', 'p.status', 'p.retired_at', 'p.updated_at'])
      .select('a.name as area_name')
      .orderBy('p.title')
      .orderBy('p.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export interface AuthoredVersionRow {
  id: string;
  label: string;
  state: string;
  effective_date: string | null;
  change_summary: string;
  created_at: string;
  updated_at: string;
  policy_id: string;
  slug: string;
  title: string;
  restricted: number;
  retired_at: string | null;
}

/** Versions this person wrote of policies the viewer may see, newest first, with how many there are. */
export async function writtenBy(
  scope: DbScope,
  viewer: Viewer,
  authorId: string,
  limit: number,
): Promise<{ rows: AuthoredVersionRow[]; total: number }> {
  const base = queryBuilder(scope)
    .selectFrom('policy_versions as v')
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .where('v.author_id', '=', authorId)
    .where(visibleTo(viewer));
  const [rows, count] = await Promise.all([
    base
      .select(['v.id', 'v.label', 'v.state', 'v.effective_date', 'v.change_summary', 'v.created_at', 'v.updated_at'])
      .select(['p.id as policy_id', 'p.slug', 'p.title', 'p.restricted', 'p.retired_at'])
      .orderBy('v.created_at', 'desc')
      .orderBy('v.id', 'desc')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}
