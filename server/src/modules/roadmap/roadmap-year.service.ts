import {
  fiscalQuarterLabel,
  fiscalYear,
  fiscalYearLabel,
  parsePeriodKey,
  periodKey,
  quartersOf,
  STATUSES_EXPECTING_UPDATES,
  type InitiativeHealth,
  type InitiativeStatus,
  type MilestoneKind,
  decodeRoadmapYear,
  type RoadmapYear,
  type RoadmapYearWire,
} from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { fieldError } from '../../http/app-error.js';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import { canEditInitiative } from './initiative-access.js';
import { priorityOf } from './initiative-views.js';
import type { PlanningSettingsService } from './planning-settings.service.js';
import { shownProgress } from './progress.js';
import * as yearRepo from './roadmap-year.repository.js';

/** Enough for the years a team looks at side by side (each is a few MB in memory at scale). */
const CACHED_YEARS = 4;

/** Names by id, sorted by name, and the row of each id in that list. */
function named(rows: Iterable<{ id: string; name: string }>) {
  const names = new Map<string, string>();
  for (const r of rows) names.set(r.id, r.name);
  const list = [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  const rowOf = new Map(list.map((n, row) => [n.id, row]));
  return { list, rowOf };
}

/** Per initiative row, the rows (in `names`) of its links. */
function linkRows(
  links: { initiative_id: string; id: string }[],
  initiativeRow: Map<string, number>,
  names: Map<string, number>,
  count: number,
): number[][] {
  const rows: number[][] = Array.from({ length: count }, () => []);
  for (const l of links) rows[initiativeRow.get(l.initiative_id)!]!.push(names.get(l.id)!);
  return rows;
}

/**
 * A whole fiscal year of the roadmap in one reply: the timeline's data and the plain graph the
 * roadmap algorithms read (initiatives with start and end, milestones with date and fixed,
 * dependencies with lag). Six queries, each bounded by the year's span; no per-initiative lookups.
 */
export class RoadmapYearService {
  /** Years already read, by year, start month, day and roadmap revision (see migration 0023). */
  private readonly cache = new Map<string, RoadmapYearWire>();

  constructor(
    private readonly db: DbScope,
    private readonly settings: PlanningSettingsService,
    private readonly clock: Clock,
  ) {}

  /** The year as objects, for the roadmap algorithms. Throws as yearColumns. */
  async year(actor: Actor, key: string): Promise<RoadmapYear> {
    return decodeRoadmapYear(await this.yearColumns(actor, key));
  }

  /**
   * The year in the columns it travels in, built straight from the rows: a year of thousands of
   * initiatives and milestones is read once and never held as objects. Throws FORBIDDEN,
   * VALIDATION_FAILED (params.year not a fiscal year).
   */
  async yearColumns(actor: Actor, key: string): Promise<RoadmapYearWire> {
    authorize(actor, 'roadmap.read');
    const parsed = parsePeriodKey(key);
    if (!parsed || parsed.quarter !== null) throw fieldError('params.year', 'Use a fiscal year, e.g. FY2027');
    const startMonth = await this.settings.startMonth(this.db);
    const today = this.clock.today();
    // The revision is read before the rows: a write committed in between then only makes this
    // entry older than the next reader's revision, never a stale answer under a newer one.
    const revision = await yearRepo.roadmapRevision(this.db);
    const cacheKey = `${parsed.year}|${startMonth}|${today}|${revision}`;
    let year = this.cache.get(cacheKey);
    if (year) {
      this.cache.delete(cacheKey);
    } else {
      year = await this.readYear(actor, parsed.year, startMonth, today);
      if (this.cache.size >= CACHED_YEARS) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(cacheKey, year);
    // Whether the caller may reschedule depends on who asks; everything else on the revision.
    const { owner } = year.initiatives;
    const editable = owner.map((row) => canEditInitiative(actor, year.people[row]!.id));
    return { ...year, initiatives: { ...year.initiatives, editable } };
  }

  private async readYear(actor: Actor, fiscalYearNumber: number, startMonth: number, today: string) {
    const fy = fiscalYear(fiscalYearNumber, startMonth);
    const span = { start: fy.start, end: fy.end };
    const [initiatives, milestones, dependencies, areaLinks, teamLinks, owners] = await Promise.all([
      yearRepo.initiatives(this.db, span),
      yearRepo.milestones(this.db, span),
      yearRepo.dependencies(this.db, span),
      yearRepo.areaLinks(this.db, span),
      yearRepo.teamLinks(this.db, span),
      yearRepo.ownerNames(this.db, span),
    ]);
    const initiativeRow = new Map(initiatives.map((i, row) => [i.id, row]));
    const milestoneRow = new Map(milestones.map((m, row) => [m.id, row]));
    const people = named(owners);
    const areas = named(areaLinks);
    const teams = named(teamLinks);
    return {
      format: 'columns' as const,
      year: { key: periodKey(fy), label: fiscalYearLabel(fy.year), start: fy.start, end: fy.end },
      quarters: quartersOf(fiscalYearNumber, startMonth).map((q) => ({
        key: periodKey(q),
        label: fiscalQuarterLabel(q),
        start: q.start,
        end: q.end,
      })),
      fiscalYearStartMonth: startMonth,
      today,
      initiatives: {
        id: initiatives.map((i) => i.id),
        title: initiatives.map((i) => i.title),
        owner: initiatives.map((i) => people.rowOf.get(i.owner_id)!),
        parentId: initiatives.map((i) => i.parent_id),
        status: initiatives.map((i) => i.status as InitiativeStatus),
        priority: initiatives.map((i) => priorityOf(i.priority)),
        start: initiatives.map((i) => i.start_date),
        end: initiatives.map((i) => i.end_date),
        effortWeeks: initiatives.map((i) => i.effort_weeks),
        areas: linkRows(areaLinks, initiativeRow, areas.rowOf, initiatives.length),
        teams: linkRows(teamLinks, initiativeRow, teams.rowOf, initiatives.length),
        progress: initiatives.map((i) => shownProgress(i.derived_progress, i.progress_override)),
        progressOverridden: initiatives.map((i) => i.progress_override !== null),
        health: initiatives.map((i) => i.last_health as InitiativeHealth | null),
        updateDue: initiatives.map(
          (i) => STATUSES_EXPECTING_UPDATES.includes(i.status as InitiativeStatus) && i.next_update_due_on <= today,
        ),
        editable: initiatives.map((i) => canEditInitiative(actor, i.owner_id)),
      },
      milestones: {
        id: milestones.map((m) => m.id),
        initiative: milestones.map((m) => initiativeRow.get(m.initiative_id)!),
        title: milestones.map((m) => m.title),
        kind: milestones.map((m) => m.kind as MilestoneKind),
        date: milestones.map((m) => m.date),
        fixed: milestones.map((m) => m.fixed === 1),
        done: milestones.map((m) => m.done_on !== null),
      },
      dependencies: {
        id: dependencies.map((d) => d.id),
        from: dependencies.map((d) => initiativeRow.get(d.from_initiative_id)!),
        fromMilestone: dependencies.map((d) => (d.from_milestone_id ? milestoneRow.get(d.from_milestone_id)! : null)),
        to: dependencies.map((d) => initiativeRow.get(d.to_initiative_id)!),
        toMilestone: dependencies.map((d) => (d.to_milestone_id ? milestoneRow.get(d.to_milestone_id)! : null)),
        lagDays: dependencies.map((d) => d.lag_days),
      },
      people: people.list,
      areas: areas.list,
      teams: teams.list,
    };
  }
}
