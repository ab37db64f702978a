import { roleHas } from '@policyops/contracts';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import * as repo from './okrs.repository.js';

/**
 * Objectives as collaboration entities: comments (with @mentions), watches and activity, seen by
 * everyone who reads OKRs (OKRs have no need-to-know restriction).
 */
export function objectiveCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'objective',
    label: 'Objective',
    async visibleIds(db, viewer, ids) {
      if (ids.length === 0 || !roleHas(viewer.role, 'okrs.read')) return new Map();
      const rows = await repo.objectiveTitles(db, ids);
      return new Map(rows.map((r) => [r.id, { title: r.title, href: `/okrs/objectives/${r.id}` }]));
    },
    async viewersOf(db, id, viewers) {
      if ((await repo.objectiveTitles(db, [id])).length === 0) return new Set();
      return new Set(viewers.filter((v) => roleHas(v.role, 'okrs.read')).map((v) => v.id));
    },
  };
}
