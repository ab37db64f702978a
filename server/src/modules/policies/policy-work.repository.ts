import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from './policy-visibility.query.js';

const OPEN_STATES = ['draft', 'in_review', 'approved'];
const PUBLISHED = ['live', 'superseded'];

export interface OpenVersionRow {
  id: string;
  label: string;
  state: string;
  updated_at: string;
  policy_id: string;
  slug: string;
  title: string;
}

/** Versions this person wrote that are still open (draft, in review, approved), newest change first, with the total. */
export async function openVersionsBy(
  scope: DbScope,
  viewer: Viewer,
  authorId: string,
  limit: number,
): Promise<{ rows: OpenVersionRow[]; total: number }> {
  const base = queryBuilder(scope)
    .selectFrom('policy_versions as v')
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .where('v.author_id', '=', authorId)
    .where('v.state', 'in', OPEN_STATES)
    .where(visibleTo(viewer));
  const [rows, count] = await Promise.all([
    base
      .select(['v.id', 'v.label', 'v.state', 'v.updated_at', 'p.id as policy_id', 'p.slug', 'p.title'])
      .orderBy('v.updated_at', 'desc')
      .orderBy('v.id', 'desc')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/**
 * Policies the viewer may see with a published version taking effect between two dates (inclusive),
 * by its own date or a market's: the candidates for "taking effect soon", whose states the caller derives.
 */
export async function policiesTakingEffectBetween(
  scope: DbScope,
  viewer: Viewer,
  from: string,
  to: string,
): Promise<{ id: string; slug: string; title: string; retired_at: string | null }[]> {
  return queryBuilder(scope)
    .selectFrom('policies as p')
    .select(['p.id', 'p.slug', 'p.title', 'p.retired_at'])
    .where(visibleTo(viewer))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('policy_versions as v')
          .select('v.id')
          .whereRef('v.policy_id', '=', 'p.id')
          .where('v.state', 'in', PUBLISHED)
          .where((inner) =>
            inner.or([
              inner.and([inner('v.effective_date', '>=', from), inner('v.effective_date', '<=', to)]),
              inner.exists(
                inner
                  .selectFrom('version_market_dates as d')
                  .select('d.version_id')
                  .whereRef('d.version_id', '=', 'v.id')
                  .where('d.effective_date', '>=', from)
                  .where('d.effective_date', '<=', to),
              ),
            ]),
          ),
      ),
    )
    .execute();
}
