import { decisionKey, roleHas } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import { viewerOf } from '../policies/policy-access.js';
import type { EngagementSource } from '../stakeholders/engagement-sources.js';
import type { AgendaSource } from '../working-groups/agenda-sources.js';
import { decisionHref } from './decision-views.js';
import * as repo from './decisions.repository.js';

/**
 * Decisions as collaboration entities (notifications of a revisit due, watches): visible as the
 * decision is, so one linked to a restricted policy reaches only those who may see the policy.
 */
export function decisionCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'decision',
    label: 'Decision',
    async visibleIds(db, viewer, ids) {
      if (ids.length === 0 || !roleHas(viewer.role, 'governance.read')) return new Map();
      const rows = await repo.visibleByIds(db, viewerOf(viewer), ids);
      return new Map(
        rows.map((r) => [r.id, { title: `${decisionKey(r.number)} ${r.title}`, href: decisionHref(r.id) }]),
      );
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

/** Agenda section "decisions needed": the group's proposed decisions, oldest first. */
export function decisionsNeededAgendaSource(): AgendaSource {
  return {
    section: 'decisions_needed',
    async items(db: DbScope, actor: Actor, context) {
      const rows = await repo.linkedVisible(db, viewerOf(actor), 'working_group', context.workingGroupId, 'proposed');
      return rows.map((r) => ({
        sourceKind: 'decision',
        sourceId: r.id,
        title: `${decisionKey(r.number)} ${r.title}`,
        detail: `Proposed${r.decision_date ? ` · decision date ${r.decision_date}` : ''} · needs a decision`,
        href: decisionHref(r.id),
      }));
    },
  };
}

/** Engagement "decision": the decisions a person decided (accepted or later), as the viewer may see them. */
export function decisionEngagementSource(): EngagementSource {
  return async (db, actor, person) => {
    const rows = await repo.decidedBy(db, viewerOf(actor), person.stakeholderId);
    return rows.map((r) => ({
      kind: 'decision' as const,
      at: r.decision_date ?? r.created_at,
      title: `${decisionKey(r.number)} ${r.title}`,
      detail: r.status === 'proposed' ? 'Deciding (proposed)' : `Decided · ${r.status}`,
      href: decisionHref(r.id),
    }));
  };
}
