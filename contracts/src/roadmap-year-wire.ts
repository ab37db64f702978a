import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import {
  FiscalPeriodSchema,
  InitiativeHealthSchema,
  InitiativePrioritySchema,
  InitiativeStatusSchema,
  MilestoneKindSchema,
  MonthNumberSchema,
  RoadmapDateSchema,
  RoadmapNamedSchema,
} from './roadmap.contract.js';
import type { RoadmapYear } from './roadmap-year.contract.js';

/**
 * The roadmap-year reply as it travels: columns instead of objects, and references as row numbers
 * instead of ids. A year of a large roadmap (2,000 initiatives, 10,000 milestones, 5,000
 * dependencies) is half the bytes of the object form, and the bytes are what the server spends its
 * time on (serialising, compressing, writing) once the rows are read. Every column of a table has
 * one entry per row; `decodeRoadmapYear` gives back the object form (RoadmapYear) that the
 * timeline and the roadmap algorithms read, and `encodeRoadmapYear` is its exact inverse.
 */
const column = <T extends z.ZodType>(cell: T, description: string) => z.array(cell).describe(description);
const Row = z.number().int().min(0);

export const RoadmapYearWireSchema = z
  .object({
    format: z.literal('columns').describe('Columns per table; references are row numbers'),
    year: FiscalPeriodSchema.describe('The fiscal year'),
    quarters: z.array(FiscalPeriodSchema).length(4),
    fiscalYearStartMonth: MonthNumberSchema,
    today: RoadmapDateSchema,
    initiatives: z
      .object({
        id: column(IdSchema, 'Initiative ids'),
        title: column(z.string(), 'Titles'),
        owner: column(Row, 'Owner: row in people'),
        parentId: column(IdSchema.nullable(), 'Parent initiative id (it may lie outside the year)'),
        status: column(InitiativeStatusSchema, 'Statuses'),
        priority: column(InitiativePrioritySchema, 'Priorities'),
        start: column(RoadmapDateSchema, 'First days'),
        end: column(RoadmapDateSchema, 'Last days, inclusive'),
        effortWeeks: column(z.number().nullable(), 'Effort estimates in weeks'),
        areas: column(z.array(Row), 'Policy areas: rows in areas'),
        teams: column(z.array(Row), 'Teams: rows in teams'),
        progress: column(z.number().int().min(0).max(100), 'Shown progress (%)'),
        progressOverridden: column(z.boolean(), 'The progress is a manual override'),
        health: column(InitiativeHealthSchema.nullable(), 'Latest health update (null: none yet)'),
        updateDue: column(z.boolean(), 'A health update is due'),
        editable: column(z.boolean(), 'The caller may reschedule it'),
      })
      .describe('Every initiative overlapping the year, by start date'),
    milestones: z
      .object({
        id: column(IdSchema, 'Milestone ids'),
        initiative: column(Row, 'Row in initiatives'),
        title: column(z.string(), 'Titles'),
        kind: column(MilestoneKindSchema, 'Kinds'),
        date: column(RoadmapDateSchema, 'Dates'),
        fixed: column(z.boolean(), 'External dates that do not move'),
        done: column(z.boolean(), 'Done'),
      })
      .describe('Every milestone of those initiatives'),
    dependencies: z
      .object({
        id: column(IdSchema, 'Dependency ids'),
        from: column(Row, 'Predecessor: row in initiatives (the milestone’s initiative when fromMilestone is set)'),
        fromMilestone: column(Row.nullable(), 'Predecessor milestone: row in milestones, or null'),
        to: column(Row, 'Successor: row in initiatives (the milestone’s initiative when toMilestone is set)'),
        toMilestone: column(Row.nullable(), 'Successor milestone: row in milestones, or null'),
        lagDays: column(z.number().int(), 'Finish-to-start lag in days'),
      })
      .describe('Every dependency whose both ends belong to those initiatives'),
    people: z.array(RoadmapNamedSchema).describe('Owners named by the initiatives'),
    areas: z.array(RoadmapNamedSchema).describe('Policy areas named by the initiatives'),
    teams: z.array(RoadmapNamedSchema).describe('Teams named by the initiatives'),
  })
  .describe('A fiscal year of the roadmap in columns (decode with decodeRoadmapYear from the contracts package)');
export type RoadmapYearWire = z.infer<typeof RoadmapYearWireSchema>;

function rowsOf(ids: readonly string[]): Map<string, number> {
  const rows = new Map<string, number>();
  ids.forEach((id, row) => rows.set(id, row));
  return rows;
}

function rowIn(rows: Map<string, number>, id: string, what: string): number {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`encodeRoadmapYear: ${what} ${id} is not in the reply`);
  return row;
}

/** The object form in columns. Throws when a reference points outside the reply (a bug, not input). */
export function encodeRoadmapYear(year: RoadmapYear): RoadmapYearWire {
  const { initiatives, milestones, dependencies } = year;
  const initiativeRows = rowsOf(initiatives.map((i) => i.id));
  const milestoneRows = rowsOf(milestones.map((m) => m.id));
  const personRows = rowsOf(year.people.map((p) => p.id));
  const areaRows = rowsOf(year.areas.map((a) => a.id));
  const teamRows = rowsOf(year.teams.map((t) => t.id));
  return {
    format: 'columns',
    year: year.year,
    quarters: year.quarters,
    fiscalYearStartMonth: year.fiscalYearStartMonth,
    today: year.today,
    initiatives: {
      id: initiatives.map((i) => i.id),
      title: initiatives.map((i) => i.title),
      owner: initiatives.map((i) => rowIn(personRows, i.ownerId, 'owner')),
      parentId: initiatives.map((i) => i.parentId),
      status: initiatives.map((i) => i.status),
      priority: initiatives.map((i) => i.priority),
      start: initiatives.map((i) => i.start),
      end: initiatives.map((i) => i.end),
      effortWeeks: initiatives.map((i) => i.effortWeeks),
      areas: initiatives.map((i) => i.areaIds.map((id) => rowIn(areaRows, id, 'area'))),
      teams: initiatives.map((i) => i.teamIds.map((id) => rowIn(teamRows, id, 'team'))),
      progress: initiatives.map((i) => i.progress),
      progressOverridden: initiatives.map((i) => i.progressOverridden),
      health: initiatives.map((i) => i.health),
      updateDue: initiatives.map((i) => i.updateDue),
      editable: initiatives.map((i) => i.editable),
    },
    milestones: {
      id: milestones.map((m) => m.id),
      initiative: milestones.map((m) => rowIn(initiativeRows, m.initiativeId, 'initiative')),
      title: milestones.map((m) => m.title),
      kind: milestones.map((m) => m.kind),
      date: milestones.map((m) => m.date),
      fixed: milestones.map((m) => m.fixed),
      done: milestones.map((m) => m.done),
    },
    dependencies: {
      id: dependencies.map((d) => d.id),
      from: dependencies.map((d) => rowIn(initiativeRows, d.fromInitiativeId, 'initiative')),
      fromMilestone: dependencies.map((d) =>
        d.fromType === 'milestone' ? rowIn(milestoneRows, d.fromId, 'milestone') : null,
      ),
      to: dependencies.map((d) => rowIn(initiativeRows, d.toInitiativeId, 'initiative')),
      toMilestone: dependencies.map((d) =>
        d.toType === 'milestone' ? rowIn(milestoneRows, d.toId, 'milestone') : null,
      ),
      lagDays: dependencies.map((d) => d.lagDays),
    },
    people: year.people,
    areas: year.areas,
    teams: year.teams,
  };
}

/** The columns back in object form, exactly as encodeRoadmapYear received them. */
export function decodeRoadmapYear(wire: RoadmapYearWire): RoadmapYear {
  const i = wire.initiatives;
  const m = wire.milestones;
  const d = wire.dependencies;
  return {
    year: wire.year,
    quarters: wire.quarters,
    fiscalYearStartMonth: wire.fiscalYearStartMonth,
    today: wire.today,
    initiatives: i.id.map((id, row) => ({
      id,
      title: i.title[row]!,
      ownerId: wire.people[i.owner[row]!]!.id,
      parentId: i.parentId[row]!,
      status: i.status[row]!,
      priority: i.priority[row]!,
      start: i.start[row]!,
      end: i.end[row]!,
      effortWeeks: i.effortWeeks[row]!,
      areaIds: i.areas[row]!.map((area) => wire.areas[area]!.id),
      teamIds: i.teams[row]!.map((team) => wire.teams[team]!.id),
      progress: i.progress[row]!,
      progressOverridden: i.progressOverridden[row]!,
      health: i.health[row]!,
      updateDue: i.updateDue[row]!,
      editable: i.editable[row]!,
    })),
    milestones: m.id.map((id, row) => ({
      id,
      initiativeId: i.id[m.initiative[row]!]!,
      title: m.title[row]!,
      kind: m.kind[row]!,
      date: m.date[row]!,
      fixed: m.fixed[row]!,
      done: m.done[row]!,
    })),
    dependencies: d.id.map((id, row) => {
      const fromMilestone = d.fromMilestone[row]!;
      const toMilestone = d.toMilestone[row]!;
      const fromInitiativeId = i.id[d.from[row]!]!;
      const toInitiativeId = i.id[d.to[row]!]!;
      return {
        id,
        fromType: fromMilestone === null ? ('initiative' as const) : ('milestone' as const),
        fromId: fromMilestone === null ? fromInitiativeId : m.id[fromMilestone]!,
        fromInitiativeId,
        toType: toMilestone === null ? ('initiative' as const) : ('milestone' as const),
        toId: toMilestone === null ? toInitiativeId : m.id[toMilestone]!,
        toInitiativeId,
        lagDays: d.lagDays[row]!,
      };
    }),
    people: wire.people,
    areas: wire.areas,
    teams: wire.teams,
  };
}
