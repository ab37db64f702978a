import type { MarketVersionState, VersionState } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import * as versionsRepo from './policy-versions.repository.js';
import type { PublishedDatesRow } from './policy-versions.repository.js';
import * as marketDatesRepo from './version-market-dates.repository.js';
import { marketStatesOf, publishedStates, readingStateOf, retiredOn, type ReadingDay } from './version-states.js';

/** The states a reader sees of one policy's versions today, globally and per market. */
export interface PolicyReading {
  day: ReadingDay;
  /** Its published versions, with their dates. */
  published: PublishedDatesRow[];
  /** The state of a version given the one its row stores. */
  state(row: { id: string; state: string }): VersionState;
  /** Its state in each market with a date of its own (empty for versions not published). */
  marketStates(versionId: string): MarketVersionState[];
}

/**
 * Reads these policies' published versions, their market dates and (only when some exist) the
 * markets' inheritance in three queries whatever their number, and derives every state for `today`:
 * the one place version replies get their states from.
 */
export async function readPolicies(
  db: DbScope,
  dimensions: ApplicabilityDimensionsService,
  policies: { id: string; retired_at: string | null }[],
  today: string,
): Promise<Map<string, PolicyReading>> {
  const published = await versionsRepo.publishedDatesOf(
    db,
    policies.map((p) => p.id),
  );
  const dates = await marketDatesRepo.datesOf(
    db,
    published.map((v) => v.id),
  );
  let lineages = new Map<string, string[]>();
  if ([...dates.values()].some((list) => list.length > 0)) {
    const { markets } = await dimensions.listInTransaction(db);
    lineages = new Map(markets.map((m) => [m.id, [m.id, ...m.inheritsFrom]]));
  }
  const out = new Map<string, PolicyReading>();
  for (const policy of policies) {
    const day = { today, retiredOn: retiredOn(policy.retired_at) };
    const own = published.filter((v) => v.policy_id === policy.id);
    const states = publishedStates(own, day);
    const perMarket = lineages.size
      ? marketStatesOf(own, dates, lineages, day)
      : new Map<string, MarketVersionState[]>();
    out.set(policy.id, {
      day,
      published: own,
      state: (row) => readingStateOf(row.state, states.get(row.id)),
      marketStates: (versionId) => perMarket.get(versionId) ?? [],
    });
  }
  return out;
}

/** The same for one policy. */
export async function readPolicy(
  db: DbScope,
  dimensions: ApplicabilityDimensionsService,
  policy: { id: string; retired_at: string | null },
  today: string,
): Promise<PolicyReading> {
  return (await readPolicies(db, dimensions, [policy], today)).get(policy.id)!;
}
