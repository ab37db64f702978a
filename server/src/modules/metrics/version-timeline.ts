import type { DbScope } from '../../db/scope.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { PolicyVersionsService } from '../policies/policy-versions.service.js';
import { effectiveIn } from '../policies/version-market-dates.js';

/** A version taking effect in one market: a launch, as the dashboard marks it and the analysis reads it. */
export interface MarketLaunch {
  policyId: string;
  versionId: string;
  label: string;
  marketId: string;
  /** First day in force in that market (its own date, an inherited one, or the version's). */
  effectiveDate: string;
}

interface Step {
  on: string;
  publishedAt: string;
  versionId: string;
  label: string;
}

/**
 * Which version of a policy was in force on a day in a market, for every metric row: the library's
 * rule (PolicyVersionsService.asOf) computed once for many policies, markets and days. A version takes
 * effect in a market on its own date there, else its region's, else Global's (the version's date);
 * of two taking effect the same day the later published wins; nothing is in force from retirement.
 */
export class VersionTimeline {
  private constructor(
    private readonly steps: Map<string, Step[]>,
    private readonly retiredOn: Map<string, string>,
  ) {}

  static async load(
    db: DbScope,
    library: { versions: PolicyVersionsService; dimensions: ApplicabilityDimensionsService },
    policyIds: string[],
  ): Promise<VersionTimeline> {
    const [{ versions, marketDates }, { markets }] = await Promise.all([
      library.versions.publishedWithMarketDates(db, policyIds),
      library.dimensions.listInTransaction(db),
    ]);
    const steps = new Map<string, Step[]>();
    const retiredOn = new Map<string, string>();
    for (const version of versions) {
      if (version.retired_at) retiredOn.set(version.policy_id, version.retired_at.slice(0, 10));
      for (const market of markets) {
        const on = effectiveIn(version, marketDates.get(version.id) ?? [], [market.id, ...market.inheritsFrom]);
        if (!on) continue;
        const key = `${version.policy_id}|${market.id}`;
        const list = steps.get(key) ?? [];
        list.push({ on, publishedAt: version.published_at ?? '', versionId: version.id, label: version.label });
        steps.set(key, list);
      }
    }
    for (const list of steps.values())
      list.sort((a, b) => (a.on === b.on ? a.publishedAt.localeCompare(b.publishedAt) : a.on.localeCompare(b.on)));
    return new VersionTimeline(steps, retiredOn);
  }

  /** The version in force on `day` (YYYY-MM-DD) in the market; null before the first one or after retirement. */
  versionOn(policyId: string, marketId: string, day: string): string | null {
    const retired = this.retiredOn.get(policyId);
    if (retired && retired <= day) return null;
    const list = this.steps.get(`${policyId}|${marketId}`);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.on <= day) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found < 0 ? null : list[found]!.versionId;
  }

  /** Every launch of the policy in the market, oldest first (a version listed once per market). */
  launchesIn(policyId: string, marketId: string): MarketLaunch[] {
    const list = this.steps.get(`${policyId}|${marketId}`) ?? [];
    return list.map((s) => ({ policyId, versionId: s.versionId, label: s.label, marketId, effectiveDate: s.on }));
  }
}
