// Loaded by the router, hence in the entry chunk: no imports of values from the contracts
// or from the rest of this feature.
import type { PolicyStatus } from '@policyops/contracts';

/** Filters of the library browser, kept in the URL so that a filtered view can be shared. */
export interface PolicyLibrarySearch {
  areaId?: string;
  q?: string;
  status?: PolicyStatus;
  tag?: string;
}

/** The policy page's "as of" date (YYYY-MM-DD); absent means today. */
export interface PolicyPageSearch {
  asOf?: string;
  /** Market id: read the dates that apply there. */
  market?: string;
}

/** The two versions compared (ids); absent means previous vs newest. */
export interface PolicyDiffSearch {
  from?: string;
  to?: string;
}

const STATUSES: readonly PolicyStatus[] = ['draft', 'in_review', 'approved', 'live', 'retired'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

/** Keeps only well-formed library filters from the query string. */
export function validatePolicyLibrarySearch(search: Record<string, unknown>): PolicyLibrarySearch {
  const out: PolicyLibrarySearch = {};
  const areaId = text(search.areaId, 64);
  const q = text(search.q, 120);
  const tag = text(search.tag, 40);
  if (areaId) out.areaId = areaId;
  if (q) out.q = q;
  if (tag) out.tag = tag;
  if (STATUSES.includes(search.status as PolicyStatus)) out.status = search.status as PolicyStatus;
  return out;
}

export function validatePolicyPageSearch(search: Record<string, unknown>): PolicyPageSearch {
  const out: PolicyPageSearch = {};
  if (typeof search.asOf === 'string' && ISO_DATE.test(search.asOf)) out.asOf = search.asOf;
  if (typeof search.market === 'string' && /^[0-9a-f-]{36}$/i.test(search.market)) out.market = search.market;
  return out;
}

export function validatePolicyDiffSearch(search: Record<string, unknown>): PolicyDiffSearch {
  const out: PolicyDiffSearch = {};
  const from = text(search.from, 64);
  const to = text(search.to, 64);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

export interface PolicyChangesSearch {
  from?: string;
  to?: string;
}

/** `?from=&to=` of the library-wide changes page; anything not a date is dropped. */
export function validatePolicyChangesSearch(search: Record<string, unknown>): PolicyChangesSearch {
  const out: PolicyChangesSearch = {};
  if (typeof search.from === 'string' && ISO_DATE.test(search.from)) out.from = search.from;
  if (typeof search.to === 'string' && ISO_DATE.test(search.to)) out.to = search.to;
  return out;
}
