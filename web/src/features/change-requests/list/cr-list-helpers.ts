// Pure helpers of the change-request lists: filters to and from the URL and saved views,
// what a refused move says. Types only from the contracts.
import type { ChangeRequest, CrSettings, CrStage, SavedViewQuery } from '@policyops/contracts';
import { isApiError } from '../../../lib/api';
import { validateCrSearch, type CrSearch } from '../cr-search';
import type { CrFilters } from './cr-list-queries';

const FILTER_KEYS = ['stage', 'lane', 'type', 'source', 'ownerId', 'q'] as const;
const EXITS: readonly CrStage[] = ['rejected', 'withdrawn'];

/** The API filters of a page search (tab and order are the page's own). */
export function filtersOf(search: CrSearch): CrFilters {
  const filters: CrFilters = {};
  for (const key of FILTER_KEYS) if (search[key] !== undefined) Object.assign(filters, { [key]: search[key] });
  return filters;
}

/** What a saved view stores: the filters and the order, as query-string text. */
export function viewQueryOf(search: CrSearch): SavedViewQuery {
  const query: SavedViewQuery = {};
  for (const key of [...FILTER_KEYS, 'sort', 'order'] as const) {
    const value = search[key];
    if (value !== undefined) query[key] = value;
  }
  return query;
}

/** The page search a saved view opens (on the table), keeping only values the page still knows. */
export function searchOfView(query: SavedViewQuery): CrSearch {
  const { tab: _ignored, ...kept } = validateCrSearch(query);
  return { ...kept, tab: 'table' };
}

/** True when the page search holds exactly this view's filters and order. */
export function isViewActive(search: CrSearch, query: SavedViewQuery): boolean {
  const a = viewQueryOf(search);
  const b = viewQueryOf(searchOfView(query));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Board columns: the workspace's path in order, then Rejected and Withdrawn. */
export function boardStages(settings: CrSettings): CrStage[] {
  return [...settings.workflow.stages.map((stage) => stage.key), ...EXITS];
}

/** Whether moving this CR to `to` asks for a reason (the API says so per move; exits always do). */
export function moveNeedsReason(cr: ChangeRequest, to: CrStage): boolean {
  if (EXITS.includes(to)) return true;
  return cr.moves.find((move) => move.to === to)?.blockers?.reasonMissing ?? false;
}

/** A refused move in words: the API's detail and one line per thing missing. */
export function refusalOf(error: unknown): { title: string; lines: string[] } {
  if (!isApiError(error)) return { title: 'The move failed', lines: [String(error)] };
  if (error.is('VERSION_CONFLICT'))
    return {
      title: 'Someone else changed this change request meanwhile',
      lines: [error.detail ?? '', 'The board has been reloaded; check its stage and try again.'].filter(Boolean),
    };
  const lines = error.errors.map((e) => e.message).filter((m) => m !== error.detail);
  return { title: error.detail ?? error.title, lines };
}

/** Whole days from an instant to now (0 on the same day). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
}

/** "3 days", "1 day", "today". */
export function daysText(days: number): string {
  return days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`;
}
