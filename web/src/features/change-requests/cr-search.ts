// The list page's URL search. The router imports only its type (the entry chunk is at its budget); the
// page runs validateCrSearch on what the router hands it. No values from the contracts here either.
import type { CrLane, CrSource, CrStage, CrType } from '@policyops/contracts';
import { definedOnly, textParam } from '../search/url-params';

export type CrTab = 'board' | 'table' | 'queue' | 'waiting';
export type CrSort = 'number' | 'score' | 'due' | 'stage';

/** The change-request list page's tab, filters and order, in the URL so that each can be linked. */
export interface CrSearch {
  tab?: CrTab;
  stage?: CrStage;
  lane?: CrLane;
  type?: CrType;
  source?: CrSource;
  ownerId?: string;
  q?: string;
  sort?: CrSort;
  order?: 'asc' | 'desc';
}

const WORD = /^[a-z_]{2,40}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const word = <T extends string>(value: unknown) =>
  typeof value === 'string' && WORD.test(value) ? (value as T) : undefined;
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]) =>
  allowed.includes(value as T) ? (value as T) : undefined;

/**
 * Keeps well-formed values only. Stage, lane, type and source are checked for shape here and by the
 * API for meaning (an unknown one is a 400 the page shows), so the vocabulary stays out of this chunk.
 */
export function validateCrSearch(search: Record<string, unknown>): CrSearch {
  return definedOnly({
    tab: oneOf(search.tab, ['board', 'table', 'queue', 'waiting'] as const),
    stage: word<CrStage>(search.stage),
    lane: oneOf(search.lane, ['fast', 'full'] as const),
    type: word<CrType>(search.type),
    source: word<CrSource>(search.source),
    ownerId: typeof search.ownerId === 'string' && ID.test(search.ownerId) ? search.ownerId : undefined,
    q: textParam(search.q, 200),
    sort: oneOf(search.sort, ['number', 'score', 'due', 'stage'] as const),
    order: oneOf(search.order, ['asc', 'desc'] as const),
  });
}
