import type { SampleSection } from '../workspace/sample-section.js';
import type { PoliciesService } from './policies.service.js';
import type { PolicyAreasService } from './policy-areas.service.js';
import type { PolicyVersionsService } from './policy-versions.service.js';
import { SAMPLE_POLICIES } from './sample-policies.data.js';

/**
 * The policy library of the sample workspace: an area per harm type and a policy per area with
 * its published history (older versions superseded, the newest live) and, for some, an open draft.
 * Each version is approved by a policy owner other than its author.
 */
export function policiesSample(
  areas: PolicyAreasService,
  policies: PoliciesService,
  versions: PolicyVersionsService,
): SampleSection {
  return {
    name: 'Policy library',
    async load({ trx, cause, people, teams }) {
      const areaIds = new Map<string, string>();
      let versionCount = 0;
      for (const spec of SAMPLE_POLICIES) {
        if (!areaIds.has(spec.area)) {
          const existing = await areas.findByName(trx, spec.area);
          const area =
            existing ??
            (await areas.createInTransaction(trx, cause, {
              name: spec.area,
              parentId: null,
              description: `Policies on ${spec.area.toLowerCase()}.`,
            }));
          areaIds.set(spec.area, area.id);
        }
        const ownerId = people.get(spec.ownerKey) ?? null;
        const approverId = people.get(spec.ownerKey === 'priya' ? 'hannah' : 'priya') ?? null;
        const policyId = await policies.createInTransaction(trx, cause, {
          title: spec.title,
          slug: spec.slug,
          areaId: areaIds.get(spec.area)!,
          owningTeamId: teams.get(spec.teamName) ?? null,
          ownerIds: ownerId ? [ownerId] : [],
          tags: spec.tags,
          restricted: spec.restricted,
          memberIds: spec.restricted
            ? [people.get('amara'), people.get('marco')].filter((id): id is string => !!id)
            : [],
        });
        const authorCause = { id: ownerId, requestId: cause.requestId };
        for (const [index, version] of spec.versions.entries()) {
          const state = index === spec.versions.length - 1 ? 'live' : 'superseded';
          await versions.createHistoricInTransaction(trx, authorCause, policyId, { ...version, approverId, state });
          versionCount += 1;
        }
        if (spec.draft) {
          await versions.createHistoricInTransaction(trx, authorCause, policyId, {
            ...spec.draft,
            effectiveDate: null,
            approverId: null,
            state: 'draft',
          });
          versionCount += 1;
        }
      }
      return { policyAreas: areaIds.size, policies: SAMPLE_POLICIES.length, policyVersions: versionCount };
    },
  };
}
