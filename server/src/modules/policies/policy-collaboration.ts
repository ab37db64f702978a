import { roleHas } from '@policyops/contracts';
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

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  slug: 'URL name',
  areaId: 'area',
  owningTeamId: 'owning team',
  tags: 'tags',
  restricted: 'need-to-know restriction',
  retired: 'retirement',
  ownerIds: 'owners',
  memberIds: 'members',
};

/** "Changed the title and owners": the activity line of a metadata edit. */
export function policyUpdatedSummary(input: Partial<Record<keyof typeof FIELD_LABELS | 'version', unknown>>): string {
  const fields = Object.keys(FIELD_LABELS)
    .filter((key) => input[key] !== undefined)
    .map((key) => FIELD_LABELS[key]!);
  if (fields.length === 0) return 'Saved the policy details';
  const list = fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]!}`;
  return `Changed the ${list}`;
}

const VERSION_EVENTS = {
  draft: { verb: 'drafted a version', summary: (label: string) => `Started draft ${label}` },
  discard: { verb: 'discarded a draft', summary: (label: string) => `Discarded draft ${label}` },
  submit: { verb: 'submitted for review', summary: (label: string) => `Submitted version ${label} for review` },
  approve: { verb: 'approved', summary: (label: string) => `Approved version ${label}` },
  reject: { verb: 'rejected', summary: (label: string) => `Sent version ${label} back to draft` },
  publish: {
    verb: 'made live',
    summary: (label: string, effective: string | null) =>
      `Made version ${label} live${effective ? `, effective ${effective}` : ''}`,
  },
} as const;

/** The activity entry of a version event on its policy. */
export function versionActivity(
  policyId: string,
  event: keyof typeof VERSION_EVENTS,
  version: { label: string; effective_date?: string | null | undefined },
) {
  const { verb, summary } = VERSION_EVENTS[event];
  return {
    entityType: 'policy' as const,
    entityId: policyId,
    verb,
    summary: summary(version.label, version.effective_date ?? null),
  };
}
