import { roleHas } from '@policyops/contracts';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import * as repo from './initiatives.repository.js';

/** The web path of an initiative's page. */
export const initiativeHref = (id: string) => `/roadmap/initiatives/${id}`;

/**
 * Initiatives as collaboration entities: comments, watches, notifications and activity on an
 * initiative are for everyone who reads the roadmap (initiatives have no need-to-know restriction;
 * the restricted policies linked to one stay hidden by the initiative's own reply).
 */
export function initiativeCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'initiative',
    label: 'Initiative',
    async visibleIds(db, viewer, ids) {
      if (ids.length === 0 || !roleHas(viewer.role, 'roadmap.read')) return new Map();
      const rows = await repo.titlesOf(db, ids);
      return new Map(rows.map((r) => [r.id, { title: r.title, href: initiativeHref(r.id) }]));
    },
    async viewersOf(db, id, viewers) {
      const readers = viewers.filter((v) => roleHas(v.role, 'roadmap.read'));
      if (readers.length === 0 || (await repo.titlesOf(db, [id])).length === 0) return new Set();
      return new Set(readers.map((v) => v.id));
    },
  };
}
