import type { InitiativeHealth, InitiativeSort, InitiativeStatus } from '@policyops/contracts';
import { sql } from 'kysely';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { type InitiativeRow, withNames } from './initiatives.repository.js';
import { containsPattern } from '../../db/like.js';

export interface InitiativeFilter {
  /** Overlapping this span (inclusive dates). */
  span?: { start: string; end: string };
  statuses?: InitiativeStatus[];
  ownerId?: string;
  areaId?: string;
  teamId?: string;
  health?: InitiativeHealth | 'none';
  /** With `today`: only (true) or never (false) initiatives whose update is due. */
  updateDue?: boolean;
  today: string;
  parentId?: string;
  q?: string;
}

/** Where a page starts: after this (sort value, id) in the list's order. */
export interface ListPosition {
  value: string | number;
  id: string;
}

const SORT_COLUMN = {
  start: 'i.start_date',
  end: 'i.end_date',
  title: 'i.title',
  priority: 'i.priority',
  updated: 'i.updated_at',
} as const;

export function sortValue(row: InitiativeRow, sort: InitiativeSort): string | number {
  const column = SORT_COLUMN[sort].slice(2) as keyof InitiativeRow;
  return row[column] as string | number;
}

/**
 * A page of initiatives matching the filter, ordered by the sort column then id, `limit` rows after
 * `after`: every condition is in the query, so a page is never cut short by filtering afterwards.
 */
export async function list(
  scope: DbScope,
  filter: InitiativeFilter,
  page: { sort: InitiativeSort; order: 'asc' | 'desc'; after: ListPosition | null; limit: number },
): Promise<InitiativeRow[]> {
  const db = queryBuilder(scope);
  const column = SORT_COLUMN[page.sort];
  let query = withNames(db).orderBy(column, page.order).orderBy('i.id', page.order).limit(page.limit);
  const { after } = page;
  if (after)
    query = query.where((eb) =>
      eb(eb.refTuple(column, 'i.id'), page.order === 'asc' ? '>' : '<', eb.tuple(after.value as never, after.id)),
    );
  const { span, statuses, ownerId, areaId, teamId, health, parentId, q } = filter;
  if (span) query = query.where('i.start_date', '<=', span.end).where('i.end_date', '>=', span.start);
  if (statuses) query = query.where('i.status', 'in', statuses);
  if (ownerId) query = query.where('i.owner_id', '=', ownerId);
  if (parentId) query = query.where('i.parent_id', '=', parentId);
  if (health === 'none') query = query.where('i.last_health', 'is', null);
  else if (health) query = query.where('i.last_health', '=', health);
  if (filter.updateDue === true)
    query = query.where('i.status', '=', 'in_progress').where('i.next_update_due_on', '<=', filter.today);
  if (filter.updateDue === false)
    query = query.where((eb) =>
      eb.or([eb('i.status', '!=', 'in_progress'), eb('i.next_update_due_on', '>', filter.today)]),
    );
  if (areaId)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('initiative_areas as la')
          .select('la.initiative_id')
          .whereRef('la.initiative_id', '=', 'i.id')
          .where('la.area_id', '=', areaId),
      ),
    );
  if (teamId)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('initiative_teams as lt')
          .select('lt.initiative_id')
          .whereRef('lt.initiative_id', '=', 'i.id')
          .where('lt.team_id', '=', teamId),
      ),
    );
  if (q) {
    const like = containsPattern(q);
    query = query.where(sql<boolean>`lower(i.title) like ${like} escape '\\'`);
  }
  return query.execute();
}
