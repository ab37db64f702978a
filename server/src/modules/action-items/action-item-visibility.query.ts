import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ActionItemsTable } from '../../db/action-items-schema.js';
import type { Database } from '../../db/schema.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

type ActionsEb = ExpressionBuilder<Database & { a: ActionItemsTable }, 'a'>;

/**
 * The need-to-know rule for actions (alias `a`): hidden from a viewer who may not see a policy the action
 * is linked to, directly or through a linked CR, or the target policy of the CR it came from. Admins
 * (null viewer) see everything. Written as NOT EXISTS so a list filters in SQL and pages stay full.
 */
export function actionVisibleTo(viewer: Viewer) {
  return (eb: ActionsEb) => {
    if (viewer === null) return sql<SqlBool>`1 = 1`;
    const visiblePolicyIds = eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer));
    return eb.and([
      eb.not(
        eb.exists(
          eb
            .selectFrom('action_item_links as l')
            .select('l.record_id')
            .whereRef('l.action_item_id', '=', 'a.id')
            .where('l.kind', '=', 'policy')
            .where('l.record_id', 'not in', visiblePolicyIds),
        ),
      ),
      eb.not(
        eb.exists(
          eb
            .selectFrom('action_item_links as l')
            .innerJoin('change_requests as c', 'c.id', 'l.record_id')
            .select('l.record_id')
            .whereRef('l.action_item_id', '=', 'a.id')
            .where('l.kind', '=', 'change_request')
            .where('c.target_policy_id', 'is not', null)
            .where('c.target_policy_id', 'not in', visiblePolicyIds),
        ),
      ),
      eb.not(
        eb.exists(
          eb
            .selectFrom('change_requests as c')
            .select('c.id')
            .whereRef('c.id', '=', 'a.source_id')
            .where('a.source_kind', '=', 'change_request')
            .where('c.target_policy_id', 'is not', null)
            .where('c.target_policy_id', 'not in', visiblePolicyIds),
        ),
      ),
    ]);
  };
}
