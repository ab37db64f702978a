import type { PoliciesService } from '../policies/policies.service.js';
import type { ApplicabilityCell, ApplicabilityState } from '@policyops/contracts';
import type { SampleSection } from '../workspace/sample-section.js';
import * as repo from './applicability.repository.js';
import type { PolicyApplicabilityService } from './policy-applicability.service.js';

type Rule = [surface: string, market: string, state: ApplicabilityState, note?: string];

const EVERYWHERE = ['Feed videos', 'LIVE', 'Comments', 'Direct messages', 'Profiles', 'Search'];

/** Where the sample policies apply: mostly everywhere, with the regional differences real teams track. */
const GRIDS: Record<string, Rule[]> = {
  'hate-speech': [
    ...EVERYWHERE.map((s): Rule => [s, 'GLOBAL', 'applies']),
    ['Ads', 'GLOBAL', 'applies'],
    ['LIVE', 'EU', 'differs', 'DSA: statement of reasons within 24 hours of a LIVE interruption'],
    ['Feed videos', 'DE', 'differs', 'NetzDG-style legal removals handled by the legal queue first'],
  ],
  'bullying-and-harassment': [
    ...EVERYWHERE.map((s): Rule => [s, 'GLOBAL', 'applies']),
    ['Ads', 'GLOBAL', 'does_not_apply'],
    ['Shop', 'GLOBAL', 'does_not_apply'],
  ],
  'minor-safety': [
    ...EVERYWHERE.map((s): Rule => [s, 'GLOBAL', 'applies']),
    ['Shop', 'GLOBAL', 'applies'],
    ['Direct messages', 'US', 'differs', 'Under-16 accounts cannot receive messages from adults they do not follow'],
  ],
  'violent-extremism': [
    ...EVERYWHERE.map((s): Rule => [s, 'GLOBAL', 'applies']),
    ['Ads', 'GLOBAL', 'applies'],
    ['Search', 'EU', 'differs', 'TCO regulation: one-hour removal orders from competent authorities'],
  ],
  'harmful-misinformation': [
    ['Feed videos', 'GLOBAL', 'applies'],
    ['LIVE', 'GLOBAL', 'applies'],
    ['Search', 'GLOBAL', 'applies'],
    ['Ads', 'GLOBAL', 'applies'],
    ['Direct messages', 'GLOBAL', 'does_not_apply'],
    ['Feed videos', 'IN', 'differs', 'Election silence period labels during polling'],
  ],
  'regulated-goods': [
    ['Feed videos', 'GLOBAL', 'applies'],
    ['LIVE', 'GLOBAL', 'applies'],
    ['Shop', 'GLOBAL', 'applies'],
    ['Ads', 'GLOBAL', 'applies'],
    ['Shop', 'BR', 'differs', 'Local licence numbers required for listed alcohol sellers'],
  ],
};

export function applicabilitySample(
  applicability: PolicyApplicabilityService,
  policies: PoliciesService,
): SampleSection {
  return {
    name: 'Where policies apply',
    async load({ trx, cause }) {
      const [surfaces, markets] = await Promise.all([repo.listSurfaces(trx), repo.listMarkets(trx)]);
      const surfaceId = new Map(surfaces.map((s) => [s.name, s.id]));
      const marketId = new Map(markets.map((m) => [m.code, m.id]));
      let cells = 0;
      for (const [slug, rules] of Object.entries(GRIDS)) {
        const policy = await policies.findBySlugInTransaction(trx, slug);
        const grid: ApplicabilityCell[] = rules
          .filter(([s, m]) => surfaceId.has(s) && marketId.has(m))
          .map(([s, m, state, note]) => ({
            surfaceId: surfaceId.get(s)!,
            marketId: marketId.get(m)!,
            state,
            note: note ?? '',
          }));
        if (!policy || grid.length === 0) continue;
        await applicability.replaceInTransaction(trx, cause, policy.id, grid);
        cells += grid.length;
      }
      return { applicabilityCells: cells };
    },
  };
}
