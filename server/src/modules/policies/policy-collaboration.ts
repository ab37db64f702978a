import { POLICY_ACTIVITY_FIELDS, roleHas, type PolicyActivityField } from '@policyops/contracts';
import type { ActivityInput } from '../collaboration/activity.service.js';
import type { CollaborationEntityDefinition } from '../collaboration/collaboration-entities.js';
import * as repo from './policies.repository.js';
import { viewerOf } from './policy-access.js';

/**
 * Policies as collaboration entities: comments, watches, notifications and activity on a
 * policy follow the need-to-know rule (restricted ones: admins, owners and members only).
 */
export function policyCollaborationEntity(): CollaborationEntityDefinition {
  return {
    type: 'policy',
    label: 'Policy',
    async visibleIds(db, viewer, ids) {
      if (ids.length === 0 || !roleHas(viewer.role, 'policies.read')) return new Map();
      const rows = await repo.findVisibleTitles(db, viewerOf(viewer), ids);
      return new Map(rows.map((r) => [r.id, { title: r.title, href: `/policies/${r.slug}` }]));
    },
    async viewersOf(db, id, viewers) {
      const readers = viewers.filter((v) => roleHas(v.role, 'policies.read'));
      return repo.usersWhoCanSee(
        db,
        id,
        readers.map((v) => ({ id: v.id, viewer: viewerOf(v) })),
      );
    },
  };
}

/** The fields a metadata edit sent, in the order the activity sentence names them ("changed the title and owners"). */
export function policyUpdatedFields(
  input: Partial<Record<PolicyActivityField | 'version', unknown>>,
): PolicyActivityField[] {
  return POLICY_ACTIVITY_FIELDS.filter((key) => input[key] !== undefined);
}

/** The activity entry of a version event on its policy: the event and its facts, worded when read. */
export function versionActivity(
  policyId: string,
  event: 'draft' | 'discard' | 'submit' | 'approve' | 'reject' | 'publish',
  version: { id: string; label: string; effective_date?: string | null | undefined },
): ActivityInput {
  const where = { entityType: 'policy' as const, entityId: policyId };
  const facts = { versionId: version.id, label: version.label };
  const dated = { ...facts, effectiveDate: version.effective_date ?? null };
  switch (event) {
    case 'draft':
      return { ...where, event: 'policy_version.drafted', details: facts };
    case 'discard':
      return { ...where, event: 'policy_version.discarded', details: facts };
    case 'submit':
      return { ...where, event: 'policy_version.submitted', details: facts };
    case 'approve':
      return { ...where, event: 'policy_version.approved', details: dated };
    case 'reject':
      return { ...where, event: 'policy_version.rejected', details: facts };
    case 'publish':
      return { ...where, event: 'policy_version.published', details: dated };
  }
}
