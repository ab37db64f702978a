import type { MarketDate, MarketVersionState, PolicyStatus, VersionState } from '@policyops/contracts';
import { effectiveIn } from './version-market-dates.js';

/**
 * The states a reader sees of a published version. The workflow stores only that a version was
 * published (`live` for the newest one, `superseded` for earlier ones: both mean "published"); which
 * one is in force is a matter of dates and of today, so it is derived at read time and flips at
 * midnight UTC without anyone acting.
 */
export type PublishedState = Extract<VersionState, 'scheduled' | 'live' | 'superseded'>;

/** What the workflow stores for a published version (either value: "published"). */
export const STORED_PUBLISHED_STATES = ['live', 'superseded'] as const;

/** Whether a stored (or archived) state means the version was published. */
export function isPublished(state: string): boolean {
  return state === 'live' || state === 'superseded' || state === 'scheduled';
}

/** A published version as the derivation needs it. */
export interface PublishedVersion {
  id: string;
  effective_date: string | null;
  published_at: string | null;
}

/** The day that decides, and whether the policy has been retired (its UTC date). */
export interface ReadingDay {
  today: string;
  retiredOn: string | null;
}

/** The UTC calendar date of a policy's retirement timestamp, or null. */
export function retiredOn(retiredAt: string | null): string | null {
  return retiredAt ? retiredAt.slice(0, 10) : null;
}

const later = (a: { on: string; publishedAt: string }, b: { on: string; publishedAt: string }) =>
  a.on > b.on || (a.on === b.on && a.publishedAt > b.publishedAt);

/**
 * The reading state of each published version of one policy on `day.today`, with `dateOf` giving
 * when a version takes effect (the global date, or a market's). In force (`live`): the latest date
 * on or before today, the later publication winning a same-day tie. `scheduled`: a date after today
 * that no later publication for the same day will replace. Everything else is `superseded`,
 * including a version overtaken before it ever took effect and one without a date. From the day a
 * policy is retired nothing of it is in force or scheduled.
 */
export function publishedStates<V extends PublishedVersion>(
  published: V[],
  day: ReadingDay,
  dateOf: (version: V) => string | null = (version) => version.effective_date,
): Map<string, PublishedState> {
  const dated = published
    .map((version) => ({ id: version.id, on: dateOf(version), publishedAt: version.published_at ?? '' }))
    .filter((v): v is { id: string; on: string; publishedAt: string } => v.on !== null);
  const states = new Map<string, PublishedState>(published.map((v) => [v.id, 'superseded']));
  if (day.retiredOn !== null && day.retiredOn <= day.today) return states;
  let inForce: (typeof dated)[number] | undefined;
  for (const v of dated) if (v.on <= day.today && (!inForce || later(v, inForce))) inForce = v;
  if (inForce) states.set(inForce.id, 'live');
  for (const v of dated) {
    if (v.on <= day.today) continue;
    const replacedSameDay = dated.some((w) => w !== v && w.on === v.on && w.publishedAt > v.publishedAt);
    if (!replacedSameDay) states.set(v.id, 'scheduled');
  }
  return states;
}

/**
 * Per-market states, for every market that has a date of its own on some published version of the
 * policy (a region's date covers its countries, which are not listed apart): "scheduled in Germany
 * until 2027-01-15" beside "live" elsewhere. `lineages` maps each market to itself and what it
 * inherits from, nearest first.
 */
export function marketStatesOf<V extends PublishedVersion>(
  published: V[],
  datesByVersion: Map<string, MarketDate[]>,
  lineages: Map<string, string[]>,
  day: ReadingDay,
): Map<string, MarketVersionState[]> {
  const markets = new Map<string, MarketDate>();
  for (const version of published)
    for (const date of datesByVersion.get(version.id) ?? [])
      if (!markets.has(date.marketId)) markets.set(date.marketId, date);
  const out = new Map<string, MarketVersionState[]>(published.map((v) => [v.id, []]));
  for (const market of markets.values()) {
    const lineage = lineages.get(market.marketId) ?? [market.marketId];
    const dateIn = (version: V) => effectiveIn(version, datesByVersion.get(version.id) ?? [], lineage);
    const states = publishedStates(published, day, dateIn);
    for (const version of published)
      out.get(version.id)!.push({
        marketId: market.marketId,
        marketCode: market.marketCode,
        marketName: market.marketName,
        state: states.get(version.id)!,
        effectiveDate: dateIn(version),
      });
  }
  return out;
}

/**
 * The status a policy shows: what its versions' workflow stored, except that a policy whose
 * published versions have none in force yet is `scheduled` rather than `live`. Retired stays retired.
 */
export function policyStatusOf(stored: string, hasVersionInForce: boolean): PolicyStatus {
  if (stored === 'live') return hasVersionInForce ? 'live' : 'scheduled';
  return stored as PolicyStatus;
}

/** The state a reader sees: the derived one for a published version, the stored one otherwise. */
export function readingStateOf(stored: string, derived: PublishedState | undefined): VersionState {
  return isPublished(stored) ? (derived ?? 'superseded') : (stored as VersionState);
}

/**
 * The reading states of many policies' published versions at once (lists, search, the changelog),
 * built from one query's rows: ask it for a version's state or a policy's status by id.
 */
export class ReadingStates {
  private readonly states = new Map<string, PublishedState>();
  private readonly inForce = new Set<string>();

  constructor(rows: (PublishedVersion & { policy_id: string; retired_at: string | null })[], today: string) {
    const byPolicy = new Map<string, typeof rows>();
    for (const row of rows) byPolicy.set(row.policy_id, [...(byPolicy.get(row.policy_id) ?? []), row]);
    for (const [policyId, published] of byPolicy) {
      const states = publishedStates(published, { today, retiredOn: retiredOn(published[0]!.retired_at) });
      for (const [id, state] of states) {
        this.states.set(id, state);
        if (state === 'live') this.inForce.add(policyId);
      }
    }
  }

  /** What a reader sees of a version, given the state its row stores. */
  version(versionId: string, stored: string): VersionState {
    return readingStateOf(stored, this.states.get(versionId));
  }

  /** What a reader sees of a policy, given the status its row stores. */
  policy(policyId: string, stored: string): PolicyStatus {
    return policyStatusOf(stored, this.inForce.has(policyId));
  }
}
