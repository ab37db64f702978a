import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, PoliciesTable } from '../../db/schema.js';

/**
 * The need-to-know rule as a query fragment, for every repository that lists policies or rows
 * that belong to one (search, versions, the archive): the one place the rule is written.
 */
import type { Viewer } from './policy-access.js';

export type { Viewer };

type PoliciesEb = ExpressionBuilder<Database & { p: PoliciesTable }, 'p'>;

/** Restricted policies are visible to their owners and members only; a null viewer (an admin) sees all. */
export function visibleTo(viewer: Viewer) {
  return (eb: PoliciesEb) => (viewer === null ? sql<SqlBool>`1 = 1` : visibleToUser(eb, viewer));
}

/**
 * The same rule for a user given as a value or as a column of an outer query (`sql.ref('u.id')`),
 * so that one query can ask it for many people at once.
 */
export function visibleToUser(eb: PoliciesEb, user: string | Expression<string>) {
  return eb.or([
    eb('p.restricted', '=', 0),
    eb.exists(
      eb
        .selectFrom('policy_owners as o')
        .select('o.user_id')
        .whereRef('o.policy_id', '=', 'p.id')
        .where('o.user_id', '=', user),
    ),
    eb.exists(
      eb
        .selectFrom('policy_members as m')
        .select('m.user_id')
        .whereRef('m.policy_id', '=', 'p.id')
        .where('m.user_id', '=', user),
    ),
  ]);
}
