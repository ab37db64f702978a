import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export interface SignOffEngagementRow {
  change_request_id: string;
  number: number;
  title: string;
  role: string;
  decision: string;
  at: string;
  reset_at: string | null;
}

/** Sign-offs the account gave on CRs the viewer may see (a CR on a restricted policy follows the policy). */
export async function signOffsBy(scope: DbScope, viewer: Viewer, userId: string): Promise<SignOffEngagementRow[]> {
  return queryBuilder(scope)
    .selectFrom('change_request_sign_offs as so')
    .innerJoin('change_requests as c', 'c.id', 'so.change_request_id')
    .select(['so.change_request_id', 'c.number', 'c.title', 'so.role', 'so.decision', 'so.at', 'so.reset_at'])
    .where('so.person_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('c.target_policy_id', 'is', null),
        eb('c.target_policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
      ]),
    )
    .orderBy('so.at', 'desc')
    .execute();
}
