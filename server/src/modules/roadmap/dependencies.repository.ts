import type { Db } from '../../db/database.js';
import type { InitiativeDependenciesTable } from '../../db/roadmap-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type DependencyRow = InitiativeDependenciesTable;

/** A dependency with the titles and dates of both ends. */
export type DependencyViewRow = DependencyRow & {
  from_initiative_title: string;
  from_initiative_end: string;
  from_milestone_title: string | null;
  from_milestone_date: string | null;
  to_initiative_title: string;
  to_initiative_start: string;
  to_milestone_title: string | null;
  to_milestone_date: string | null;
  from_owner_id: string;
  to_owner_id: string;
};

function withEnds(db: Db) {
  return db
    .selectFrom('initiative_dependencies as d')
    .innerJoin('initiatives as fi', 'fi.id', 'd.from_initiative_id')
    .innerJoin('initiatives as ti', 'ti.id', 'd.to_initiative_id')
    .leftJoin('initiative_milestones as fm', 'fm.id', 'd.from_milestone_id')
    .leftJoin('initiative_milestones as tm', 'tm.id', 'd.to_milestone_id')
    .selectAll('d')
    .select([
      'fi.title as from_initiative_title',
      'fi.end_date as from_initiative_end',
      'fi.owner_id as from_owner_id',
      'fm.title as from_milestone_title',
      'fm.date as from_milestone_date',
      'ti.title as to_initiative_title',
      'ti.start_date as to_initiative_start',
      'ti.owner_id as to_owner_id',
      'tm.title as to_milestone_title',
      'tm.date as to_milestone_date',
    ]);
}

export async function findViewById(scope: DbScope, id: string): Promise<DependencyViewRow | undefined> {
  return withEnds(queryBuilder(scope)).where('d.id', '=', id).executeTakeFirst();
}

/** Every dependency with an end on this initiative or one of its milestones. */
export async function touching(scope: DbScope, initiativeId: string): Promise<DependencyViewRow[]> {
  return withEnds(queryBuilder(scope))
    .where((eb) => eb.or([eb('d.from_initiative_id', '=', initiativeId), eb('d.to_initiative_id', '=', initiativeId)]))
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
}

export async function findDuplicate(
  scope: DbScope,
  ends: Pick<DependencyRow, 'from_initiative_id' | 'from_milestone_id' | 'to_initiative_id' | 'to_milestone_id'>,
): Promise<DependencyRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('initiative_dependencies')
    .selectAll()
    .where('from_initiative_id', '=', ends.from_initiative_id)
    .where('to_initiative_id', '=', ends.to_initiative_id)
    .where('from_milestone_id', ends.from_milestone_id === null ? 'is' : '=', ends.from_milestone_id)
    .where('to_milestone_id', ends.to_milestone_id === null ? 'is' : '=', ends.to_milestone_id)
    .executeTakeFirst();
}

export async function insert(scope: DbScope, row: DependencyRow): Promise<void> {
  await queryBuilder(scope).insertInto('initiative_dependencies').values(row).execute();
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<DependencyRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('initiative_dependencies')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('initiative_dependencies')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- The graph, a level at a time, for cycle checks ---------------------------------------------

const CHUNK = 500;

async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

export interface GraphLevel {
  /** Milestones of these initiatives (their start reaches them). */
  milestonesOf: { id: string; initiative_id: string }[];
  /** The initiative of each of these milestones (a milestone reaches its initiative's finish). */
  initiativesOf: { id: string; initiative_id: string }[];
  /** Dependencies leaving these initiatives' finish or these milestones. */
  outgoing: Pick<DependencyRow, 'from_initiative_id' | 'from_milestone_id' | 'to_initiative_id' | 'to_milestone_id'>[];
}

/** What the cycle check needs to expand one level: a fixed handful of queries, whatever the level's size. */
export async function graphLevel(
  scope: DbScope,
  level: { starts: string[]; finishes: string[]; milestones: string[] },
): Promise<GraphLevel> {
  const db = queryBuilder(scope);
  const ends = ['from_initiative_id', 'from_milestone_id', 'to_initiative_id', 'to_milestone_id'] as const;
  const milestonesOf = await inChunks(level.starts, (ids) =>
    db.selectFrom('initiative_milestones').select(['id', 'initiative_id']).where('initiative_id', 'in', ids).execute(),
  );
  const initiativesOf = await inChunks(level.milestones, (ids) =>
    db.selectFrom('initiative_milestones').select(['id', 'initiative_id']).where('id', 'in', ids).execute(),
  );
  const fromFinishes = await inChunks(level.finishes, (ids) =>
    db
      .selectFrom('initiative_dependencies')
      .select(ends)
      .where('from_initiative_id', 'in', ids)
      .where('from_milestone_id', 'is', null)
      .execute(),
  );
  const fromMilestones = await inChunks(level.milestones, (ids) =>
    db.selectFrom('initiative_dependencies').select(ends).where('from_milestone_id', 'in', ids).execute(),
  );
  return { milestonesOf, initiativesOf, outgoing: [...fromFinishes, ...fromMilestones] };
}

/** Bumps the planning row's graph counter: its row lock makes dependency writes take turns (PostgreSQL). */
export async function lockGraph(scope: DbScope): Promise<void> {
  await queryBuilder(scope)
    .updateTable('planning_settings')
    .set((eb) => ({ graph_seq: eb('graph_seq', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** Dependencies with an end on this milestone (removed with it). */
export async function ofMilestone(scope: DbScope, milestoneId: string): Promise<DependencyRow[]> {
  return queryBuilder(scope)
    .selectFrom('initiative_dependencies')
    .selectAll()
    .where((eb) => eb.or([eb('from_milestone_id', '=', milestoneId), eb('to_milestone_id', '=', milestoneId)]))
    .execute();
}

export async function deleteById(scope: DbScope, id: string): Promise<void> {
  await queryBuilder(scope).deleteFrom('initiative_dependencies').where('id', '=', id).execute();
}

/** Several dependencies in one statement (the sample workspace's plan, checked for cycles by its caller). */
export async function insertMany(scope: DbScope, rows: DependencyRow[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('initiative_dependencies').values(rows).execute();
}
