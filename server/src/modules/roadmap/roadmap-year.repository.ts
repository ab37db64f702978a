import { type DbScope, queryBuilder } from '../../db/scope.js';

/**
 * A fiscal year of the roadmap in a fixed handful of queries, each joined on the year's span or
 * filtered by it as a subquery (never an `in` list of thousands of ids sent as parameters; the
 * link tables and owners by subquery because SQLite, without statistics, otherwise scans every
 * link and looks each initiative up): initiatives overlapping it (by start), their milestones, the
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

/** The ids of the initiatives overlapping the span, as a subquery (SQLite reads it once into a list). */
function initiativesIn(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiatives as i')
    .select('i.id')
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end);
}

export async function areaLinks(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_areas as l')
    .innerJoin('policy_areas as a', 'a.id', 'l.area_id')
    .select(['l.initiative_id', 'a.id', 'a.name'])
    .where('l.initiative_id', 'in', initiativesIn(scope, span))
    .execute();
}

export async function teamLinks(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_teams as l')
    .innerJoin('teams as t', 't.id', 'l.team_id')
    .select(['l.initiative_id', 't.id', 't.name'])
    .where('l.initiative_id', 'in', initiativesIn(scope, span))
    .execute();
}

export async function ownerNames(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where('u.id', 'in', initiativesIn(scope, span).clearSelect().select('i.owner_id'))
    .execute();
}

/** The roadmap's revision, raised by the database on every write a year is read from (migration 0023). */
export async function roadmapRevision(scope: DbScope): Promise<string> {
  const row = await queryBuilder(scope)
    .selectFrom('roadmap_revision')
    .select('revision')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return String(row.revision);
}
