import type { PolicyWork, TakingEffect, VersionState } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { addDays } from '../../platform/clock.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { PoliciesService } from './policies.service.js';
import { viewerOf } from './policy-access.js';
import type { PolicyReviewsService } from './policy-reviews.service.js';
import { readPolicies } from './policy-version-reading.js';
import * as workRepo from './policy-work.repository.js';
import { type DbScope } from '../../db/scope.js';

const DRAFTS_SHOWN = 20;
const REVIEWS_SHOWN = 10;
const TAKING_EFFECT_SHOWN = 20;
/** "Soon": from today to this many days ahead. */
export const SOON_DAYS = 30;

/** Whether a version dated `on` (globally or in a market) is still to take effect, or does today. */
const takesEffect = (state: VersionState, on: string | null, today: string, until: string) =>
  on !== null && on >= today && on <= until && (state === 'scheduled' || (state === 'live' && on === today));

/**
 * What a person works from (the home page): their open drafts, the reviews waiting on them, and
 * what takes effect in the coming 30 days, globally and per market, in the policies they may see.
 */
export class PolicyWorkService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly reviews: PolicyReviewsService,
    private readonly dimensions: ApplicabilityDimensionsService,
  ) {}

  /** Throws FORBIDDEN. */
  async get(actor: Actor): Promise<PolicyWork> {
    authorize(actor, 'policies.read');
    const today = this.policies.today();
    const [drafts, reviewsWaitingOnMe, takingEffect] = await Promise.all([
      workRepo.openVersionsBy(this.db, viewerOf(actor), actor.id, DRAFTS_SHOWN),
      this.reviews.waitingOn(actor, REVIEWS_SHOWN),
      this.takingEffectSoon(actor, today),
    ]);
    return {
      today,
      myDrafts: {
        items: drafts.rows.map((r) => ({
          policy: { id: r.policy_id, slug: r.slug, title: r.title },
          version: { id: r.id, label: r.label, state: r.state as VersionState },
          updatedAt: r.updated_at,
        })),
        total: drafts.total,
      },
      reviewsWaitingOnMe,
      takingEffectSoon: { items: takingEffect.slice(0, TAKING_EFFECT_SHOWN), total: takingEffect.length },
    };
  }

  /** Every date in the window on which a version will actually take effect, soonest first. */
  private async takingEffectSoon(actor: Actor, today: string): Promise<TakingEffect[]> {
    const until = addDays(today, SOON_DAYS);
    const policies = await workRepo.policiesTakingEffectBetween(this.db, viewerOf(actor), today, until);
    const readings = await readPolicies(this.db, this.dimensions, policies, today);
    const out: TakingEffect[] = [];
    for (const policy of policies) {
      const reading = readings.get(policy.id)!;
      const ref = { id: policy.id, slug: policy.slug, title: policy.title };
      for (const version of reading.published) {
        const entry = { policy: ref, version: { id: version.id, label: version.label } };
        const state = reading.state({ id: version.id, state: 'live' });
        if (takesEffect(state, version.effective_date, today, until))
          out.push({ ...entry, market: null, effectiveDate: version.effective_date! });
        for (const m of reading.marketStates(version.id))
          if (m.effectiveDate !== version.effective_date && takesEffect(m.state, m.effectiveDate, today, until))
            out.push({
              ...entry,
              market: { id: m.marketId, code: m.marketCode, name: m.marketName },
              effectiveDate: m.effectiveDate!,
            });
      }
    }
    return out.sort(
      (a, b) =>
        a.effectiveDate.localeCompare(b.effectiveDate) ||
        a.policy.title.localeCompare(b.policy.title) ||
        (a.market?.name ?? '').localeCompare(b.market?.name ?? ''),
    );
  }
}
