import { roleHas } from '@policyops/contracts';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import { viewerOf } from '../policies/policy-access.js';
import { changeRequestHref } from './cr-conflicts.js';
import * as repo from './change-requests.repository.js';

/**
 * Change requests as collaboration entities (watches, notifications): visible as the CR is, so a CR
 * on a restricted policy follows the policy's need-to-know rule for every viewer and recipient.
 */
export function changeRequestCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'change_request',
    label: 'Change request',
    async visibleIds(db, viewer, ids) {
      if (ids.length === 0 || !roleHas(viewer.role, 'change_requests.read')) return new Map();
      const rows = await repo.visibleByIds(db, viewerOf(viewer), ids);
      return new Map(rows.map((r) => [r.id, { title: `CR-${r.number} ${r.title}`, href: changeRequestHref(r.id) }]));
    },
    async viewersOf(db, id, viewers) {
      const seeing = new Set<string>();
      for (const viewer of viewers) {
        if (!roleHas(viewer.role, 'change_requests.read')) continue;
        if (await repo.findVisible(db, viewerOf(viewer), id)) seeing.add(viewer.id);
      }
      return seeing;
    },
  };
}
