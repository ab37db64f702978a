// Loaded by the router, hence in the entry chunk: no imports of values from the contracts or from
// the rest of this feature.
import type { InitiativeHealth, InitiativeSort, InitiativeStatus } from '@policyops/contracts';
import { definedOnly, textParam } from '../search/url-params';

/** The initiatives page's filters and order, kept in the URL so that a filtered view can be shared. */
export interface RoadmapSearch {
  period?: string;
  status?: InitiativeStatus[];
  ownerId?: string;
  areaId?: string;
  teamId?: string;
  health?: InitiativeHealth | 'none';
  updateDue?: boolean;
  q?: string;
  sort?: InitiativeSort;
  order?: 'asc' | 'desc';
}

const STATUSES: readonly InitiativeStatus[] = ['proposed', 'planned', 'in_progress', 'paused', 'done', 'cancelled'];
const HEALTHS: readonly (InitiativeHealth | 'none')[] = ['on_track', 'at_risk', 'off_track', 'none'];
const SORTS: readonly InitiativeSort[] = ['start', 'end', 'title', 'priority', 'updated'];
const PERIOD = /^FY\d{4}(?:-Q[1-4])?$/;
const ID = /^(?:me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

function statusList(value: unknown): InitiativeStatus[] | undefined {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const kept = parts.filter((s): s is InitiativeStatus => STATUSES.includes(s as InitiativeStatus));
  return kept.length ? [...new Set(kept)] : undefined;
}

const idParam = (value: unknown) => (typeof value === 'string' && ID.test(value) ? value : undefined);

/** Keeps only well-formed filters from the query string. */
export function validateRoadmapSearch(search: Record<string, unknown>): RoadmapSearch {
  return definedOnly({
    period: typeof search.period === 'string' && PERIOD.test(search.period) ? search.period : undefined,
    status: statusList(search.status),
    ownerId: idParam(search.ownerId),
    areaId: idParam(search.areaId),
    teamId: idParam(search.teamId),
    health: pick(search.health, HEALTHS),
    updateDue: search.updateDue === true || search.updateDue === 'true' ? true : undefined,
    q: textParam(search.q, 120),
    sort: pick(search.sort, SORTS),
    order: pick(search.order, ['asc', 'desc'] as const),
  });
}
