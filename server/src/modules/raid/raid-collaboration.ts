import { roleHas } from '@policyops/contracts';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import { viewerOf } from '../policies/policy-access.js';
import { keyOf, raidHref } from './raid-views.js';
import * as repo from './raid.repository.js';

/**
 * RAID items as collaboration entities (notifications of escalations): visible as the item is, so one
 * linked to a restricted policy reaches only the people who may see that policy.
 */
export function raidCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'raid_item',
    label: 'RAID item',
    async visibleIds(db, viewer, ids) {
      const out = new Map<string, { title: string; href: string }>();
      if (!roleHas(viewer.role, 'governance.read')) return out;
      for (const id of ids) {
        const row = await repo.findVisible(db, viewerOf(viewer), id);
        if (row) out.set(id, { title: `${keyOf(row)} ${row.title}`, href: raidHref(id) });
      }
      return out;
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
