import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { SampleSection } from '../workspace/sample-section.js';
import { addDays } from '../../platform/clock.js';
import type { PoliciesService } from './policies.service.js';
import type { PolicyAreasService } from './policy-areas.service.js';
import type { PolicyReviewsService } from './policy-reviews.service.js';
import type { PolicyVersionsService } from './policy-versions.service.js';
import { SAMPLE_POLICIES } from './sample-policies.data.js';

/** Sample owners besides the policy's own: a second owner is who a submitted draft goes to by default. */
const CO_OWNERS: Record<string, string> = { 'grooming-and-sextortion': 'hannah' };

/** Open drafts the sample puts in review, and who is asked (none named: the policy's other owners). */
const IN_REVIEW: Record<string, string[]> = {
  'grooming-and-sextortion': [],
  'harmful-misinformation': ['priya'],
};

/** Drafts just started from the version in force (its text, nothing changed yet): work in progress to open. */
const STARTED_DRAFTS: Record<string, { label: string; changeSummary: string }> = {
  'bullying-and-harassment': {
    label: '2.1',
    changeSummary: 'Started from 2.0: to clarify what counts as sharing personal information (clause 3.4).',
  },
};

/**
 * Versions in force everywhere but one market: hate-speech 2.0 takes effect in Germany three weeks after
 * loading; harmful-misinformation 2.0 took effect in India 93 days after everywhere else.
 */
const MARKET_DATES: Record<string, { label: string; market: string; inDays: number }> = {
  'hate-speech': { label: '2.0', market: 'DE', inDays: 21 },
  // India took 2.0 after its general election: the control market of the sample's impact analyses.
  'harmful-misinformation': { label: '2.0', market: 'IN', inDays: -300 },
};

/**
 * The policy library of the sample workspace: an area per harm type and a policy per area with its
 * published history and, for some, an open draft: two in review, one just started. Dates are days from the
 * day it is loaded (the server's clock), so "what changed lately" and "taking effect soon" always
 * show something: three versions took effect in the last 90 days, one takes effect in ten days, one
 * is in force except in Germany, where it takes effect in three weeks. Each version is approved by
 * a policy owner other than its author.
 */
export function policiesSample(
  areas: PolicyAreasService,
  policies: PoliciesService,
  versions: PolicyVersionsService,
  reviews: PolicyReviewsService,
  dimensions: ApplicabilityDimensionsService,
): SampleSection {
  return {
    name: 'Policy library',
    async load({ trx, cause, people, teams }) {
      const today = policies.today();
      const { markets } = await dimensions.listInTransaction(trx);
      const marketId = new Map(markets.map((m) => [m.code, m.id]));
      const areaIds = new Map<string, string>();
      let versionCount = 0;
      let reviewCount = 0;
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
        const coOwnerId = CO_OWNERS[spec.slug] ? people.get(CO_OWNERS[spec.slug]!) : undefined;
        const approverId = people.get(spec.ownerKey === 'priya' ? 'hannah' : 'priya') ?? null;
        const policyId = await policies.createInTransaction(trx, cause, {
          title: spec.title,
          slug: spec.slug,
          areaId: areaIds.get(spec.area)!,
          owningTeamId: teams.get(spec.teamName) ?? null,
          ownerIds: [ownerId, coOwnerId].filter((id): id is string => !!id),
          tags: spec.tags,
          restricted: spec.restricted,
          memberIds: spec.restricted
            ? [people.get('amara'), people.get('marco')].filter((id): id is string => !!id)
            : [],
        });
        const authorCause = { id: ownerId, requestId: cause.requestId };
        const marketDate = MARKET_DATES[spec.slug];
        for (const [index, version] of spec.versions.entries()) {
          const { effectiveInDays, ...text } = version;
          const inMarket = marketDate?.label === version.label ? marketId.get(marketDate.market) : undefined;
          await versions.createHistoricInTransaction(trx, authorCause, policyId, {
            ...text,
            effectiveDate: addDays(today, effectiveInDays),
            approverId,
            state: index === spec.versions.length - 1 ? 'live' : 'superseded',
            ...(inMarket
              ? { marketDates: [{ marketId: inMarket, effectiveDate: addDays(today, marketDate!.inDays) }] }
              : {}),
          });
          versionCount += 1;
        }
        const started = STARTED_DRAFTS[spec.slug];
        if (started) {
          await versions.createHistoricInTransaction(trx, authorCause, policyId, {
            ...started,
            body: spec.versions.at(-1)!.body,
            effectiveDate: null,
            approverId: null,
            state: 'draft',
          });
          versionCount += 1;
        }
        if (spec.draft) {
          const reviewers = IN_REVIEW[spec.slug];
          const draftId = await versions.createHistoricInTransaction(trx, authorCause, policyId, {
            ...spec.draft,
            effectiveDate: null,
            approverId: null,
            state: reviewers ? 'in_review' : 'draft',
          });
          versionCount += 1;
          if (reviewers) {
            const named = reviewers.map((key) => people.get(key)).filter((id): id is string => !!id);
            const asked = await reviews.requestForSystemInTransaction(
              trx,
              authorCause,
              policyId,
              draftId,
              named.length ? named : undefined,
            );
            reviewCount += asked.length;
          }
        }
      }
      return {
        policyAreas: areaIds.size,
        policies: SAMPLE_POLICIES.length,
        policyVersions: versionCount,
        reviewRequests: reviewCount,
      };
    },
  };
}
