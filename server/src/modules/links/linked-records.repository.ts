import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export interface LinkTargetRow {
  id: string;
  title: string;
  href: string;
}

/** Policies of these ids the viewer may see (restricted ones only as owner or member). */
export async function visiblePolicies(scope: DbScope, viewer: Viewer, ids: string[]): Promise<LinkTargetRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryBuilder(scope)
    .selectFrom('policies as p')
    .select(['p.id', 'p.title', 'p.slug'])
    .where('p.id', 'in', ids)
    .where(visibleTo(viewer))
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, href: `/policies/${r.slug}` }));
}

export async function initiatives(scope: DbScope, ids: string[]): Promise<LinkTargetRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryBuilder(scope)
    .selectFrom('initiatives')
    .select(['id', 'title'])
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, href: `/roadmap/initiatives/${r.id}` }));
}

/** CRs of these ids the viewer may see: a CR on a restricted policy follows the policy. */
export async function visibleChangeRequests(scope: DbScope, viewer: Viewer, ids: string[]): Promise<LinkTargetRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryBuilder(scope)
    .selectFrom('change_requests as c')
    .select(['c.id', 'c.number', 'c.title'])
    .where('c.id', 'in', ids)
    .where((eb) =>
      eb.or([
        eb('c.target_policy_id', 'is', null),
        eb('c.target_policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
      ]),
    )
    .execute();
  return rows.map((r) => ({ id: r.id, title: `CR-${r.number} · ${r.title}`, href: `/change-requests/${r.id}` }));
}

/** The policies behind these CRs (their target policy), for the need-to-know rule of what links to them. */
export async function policiesOfChangeRequests(scope: DbScope, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryBuilder(scope)
    .selectFrom('change_requests')
    .select(['id', 'target_policy_id'])
    .where('id', 'in', ids)
    .where('target_policy_id', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.target_policy_id as string]));
}
