// Loaded by the router, hence in the entry chunk: no imports of values from the contracts
// or from the rest of this feature (the query-string readers are a leaf module of search).
import type { PolicyStatus } from '@policyops/contracts';
import { dateParam, definedOnly, statusParam, textParam } from '../search/url-params';

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

/** Keeps only well-formed library filters from the query string. */
export function validatePolicyLibrarySearch(search: Record<string, unknown>): PolicyLibrarySearch {
  return definedOnly({
    areaId: textParam(search.areaId, 64),
    q: textParam(search.q, 120),
    status: statusParam(search.status),
    tag: textParam(search.tag, 40),
  });
}

export function validatePolicyPageSearch(search: Record<string, unknown>): PolicyPageSearch {
  const market =
    typeof search.market === 'string' && /^[0-9a-f-]{36}$/i.test(search.market) ? search.market : undefined;
  return definedOnly({ asOf: dateParam(search.asOf), market });
}

export function validatePolicyDiffSearch(search: Record<string, unknown>): PolicyDiffSearch {
  return definedOnly({ from: textParam(search.from, 64), to: textParam(search.to, 64) });
}

export interface PolicyChangesSearch {
  from?: string;
  to?: string;
}

/** `?from=&to=` of the library-wide changes page; anything not a date is dropped. */
export function validatePolicyChangesSearch(search: Record<string, unknown>): PolicyChangesSearch {
  return definedOnly({ from: dateParam(search.from), to: dateParam(search.to) });
}
