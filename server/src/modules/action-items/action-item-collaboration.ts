import { roleHas } from '@policyops/contracts';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import { viewerOf } from '../policies/policy-access.js';
import * as repo from './action-items.repository.js';

/** Where an action opens in the web app: the "My actions" page, focused on it. */
export const actionItemHref = (id: string) => `/actions?action=${id}`;

/**
 * Action items as collaboration entities (the reminder notification): visible as the action is, so an
 * action behind a restricted policy never reaches someone who may not see that policy.
 */
export function actionItemCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'action_item',
    label: 'Action item',
    async visibleIds(db, viewer, ids) {
      if (ids.length === 0 || !roleHas(viewer.role, 'governance.read')) return new Map();
      const rows = await repo.visibleIds(db, viewerOf(viewer), ids);
      return new Map(rows.map((r) => [r.id, { title: r.title, href: actionItemHref(r.id) }]));
    },
    async viewersOf(db, id, viewers) {
      const seeing = new Set<string>();
      for (const viewer of viewers) {
        if (!roleHas(viewer.role, 'governance.read')) continue;
        if (await repo.findVisible(db, viewerOf(viewer), id)) seeing.add(viewer.id);
      }
      return seeing;
    },
  };
}
