import type { ExpressionBuilder } from 'kysely';
import type { Database, PoliciesTable } from '../../db/schema.js';

type PoliciesEb = ExpressionBuilder<Database & { p: PoliciesTable }, 'p'>;

/**
 * "The policy's status is S today" as a query fragment, for every repository that filters policies
 * by status (the library list, search), so a filter never disagrees with the status a reply shows
 * (`policyStatusOf`). The stored status says `live` once a version was published; whether that is
 * in force yet depends on today: live when a published version took effect on or before it,
 * scheduled when none has yet.
 */
export function policyStatusIs(status: string, today: string) {
  return (eb: PoliciesEb) => {
    if (status !== 'live' && status !== 'scheduled') return eb('p.status', '=', status);
    const inForce = eb.exists(
      eb
        .selectFrom('policy_versions as sv')
        .select('sv.id')
        .whereRef('sv.policy_id', '=', 'p.id')
        .where('sv.state', 'in', ['live', 'superseded'])
        .where('sv.effective_date', '<=', today),
    );
    return eb.and([eb('p.status', '=', 'live'), status === 'live' ? inForce : eb.not(inForce)]);
  };
}
