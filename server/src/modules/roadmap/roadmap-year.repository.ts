import { type DbScope, queryBuilder } from '../../db/scope.js';

/**
 * A fiscal year of the roadmap in a fixed handful of queries, each joined on the year's span (never
 * an `in` list of thousands of ids): initiatives overlapping it (by start), their milestones, the
 * dependencies between them, and their areas and teams (those in no particular order: sorting tens
 * of thousands of rows the timeline re-groups anyway costs more than it gives). Indexes: initiatives
 * (end_date, start_date), milestones (initiative_id, date), dependencies by from/to initiative, link
 * tables by initiative.
 */
export interface YearSpan {
  start: string;
  end: string;
}

export async function initiatives(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiatives as i')
    .select([
      'i.id',
      'i.title',
      'i.owner_id',
      'i.parent_id',
      'i.status',
      'i.priority',
      'i.start_date',
      'i.end_date',
      'i.effort_weeks',
      'i.derived_progress',
      'i.progress_override',
      'i.last_health',
      'i.next_update_due_on',
    ])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .orderBy('i.start_date')
    .orderBy('i.id')
    .execute();
}

export async function milestones(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_milestones as m')
    .innerJoin('initiatives as i', 'i.id', 'm.initiative_id')
    .select(['m.id', 'm.initiative_id', 'm.title', 'm.kind', 'm.date', 'm.fixed', 'm.done_on'])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .execute();
}

export async function dependencies(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_dependencies as d')
    .innerJoin('initiatives as fi', 'fi.id', 'd.from_initiative_id')
    .innerJoin('initiatives as ti', 'ti.id', 'd.to_initiative_id')
    .select([
      'd.id',
      'd.from_initiative_id',
      'd.from_milestone_id',
      'd.to_initiative_id',
      'd.to_milestone_id',
      'd.lag_days',
    ])
    .where('fi.end_date', '>=', span.start)
    .where('fi.start_date', '<=', span.end)
    .where('ti.end_date', '>=', span.start)
    .where('ti.start_date', '<=', span.end)
    .execute();
}

export async function areaLinks(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_areas as l')
    .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
    .innerJoin('policy_areas as a', 'a.id', 'l.area_id')
    .select(['l.initiative_id', 'a.id', 'a.name'])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .execute();
}

export async function teamLinks(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_teams as l')
    .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
    .innerJoin('teams as t', 't.id', 'l.team_id')
    .select(['l.initiative_id', 't.id', 't.name'])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .execute();
}

export async function ownerNames(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('initiatives as i')
          .select('i.id')
          .whereRef('i.owner_id', '=', 'u.id')
          .where('i.end_date', '>=', span.start)
          .where('i.start_date', '<=', span.end),
      ),
    )
    .execute();
}
