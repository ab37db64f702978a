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
  type RoadmapYear,
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

function grouped(rows: { initiative_id: string; id: string; name: string }[]) {
  const ids = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const r of rows) {
    const list = ids.get(r.initiative_id);
    if (list) list.push(r.id);
    else ids.set(r.initiative_id, [r.id]);
    names.set(r.id, r.name);
  }
  return { ids, named: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)) };
}

/**
 * A whole fiscal year of the roadmap in one reply: the timeline's data and the plain graph the
 * roadmap algorithms read (initiatives with start and end, milestones with date and fixed,
 * dependencies with lag). Six queries, each joined on the year's span; no per-initiative lookups.
 */
export class RoadmapYearService {
  constructor(
    private readonly db: DbScope,
    private readonly settings: PlanningSettingsService,
    private readonly clock: Clock,
  ) {}

  /** Throws FORBIDDEN, VALIDATION_FAILED (params.year not a fiscal year). */
  async year(actor: Actor, key: string): Promise<RoadmapYear> {
    authorize(actor, 'roadmap.read');
    const parsed = parsePeriodKey(key);
    if (!parsed || parsed.quarter !== null) throw fieldError('params.year', 'Use a fiscal year, e.g. FY2027');
    const startMonth = await this.settings.startMonth(this.db);
    const fy = fiscalYear(parsed.year, startMonth);
    const span = { start: fy.start, end: fy.end };
    const today = this.clock.today();
    const [initiatives, milestones, dependencies, areaLinks, teamLinks, people] = await Promise.all([
      yearRepo.initiatives(this.db, span),
      yearRepo.milestones(this.db, span),
      yearRepo.dependencies(this.db, span),
      yearRepo.areaLinks(this.db, span),
      yearRepo.teamLinks(this.db, span),
      yearRepo.ownerNames(this.db, span),
    ]);
    const areas = grouped(areaLinks);
    const teams = grouped(teamLinks);
    return {
      year: { key: periodKey(fy), label: fiscalYearLabel(fy.year), start: fy.start, end: fy.end },
      quarters: quartersOf(parsed.year, startMonth).map((q) => ({
        key: periodKey(q),
        label: fiscalQuarterLabel(q),
        start: q.start,
        end: q.end,
      })),
      fiscalYearStartMonth: startMonth,
      today,
      initiatives: initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        ownerId: i.owner_id,
        parentId: i.parent_id,
        status: i.status as InitiativeStatus,
        priority: priorityOf(i.priority),
        start: i.start_date,
        end: i.end_date,
        effortWeeks: i.effort_weeks,
        areaIds: areas.ids.get(i.id) ?? [],
        teamIds: teams.ids.get(i.id) ?? [],
        progress: shownProgress(i.derived_progress, i.progress_override),
        progressOverridden: i.progress_override !== null,
        health: i.last_health as InitiativeHealth | null,
        updateDue: STATUSES_EXPECTING_UPDATES.includes(i.status as InitiativeStatus) && i.next_update_due_on <= today,
        editable: canEditInitiative(actor, i.owner_id),
      })),
      milestones: milestones.map((m) => ({
        id: m.id,
        initiativeId: m.initiative_id,
        title: m.title,
        kind: m.kind as MilestoneKind,
        date: m.date,
        fixed: m.fixed === 1,
        done: m.done_on !== null,
      })),
      dependencies: dependencies.map((d) => ({
        id: d.id,
        fromType: d.from_milestone_id ? 'milestone' : 'initiative',
        fromId: d.from_milestone_id ?? d.from_initiative_id,
        fromInitiativeId: d.from_initiative_id,
        toType: d.to_milestone_id ? 'milestone' : 'initiative',
        toId: d.to_milestone_id ?? d.to_initiative_id,
        toInitiativeId: d.to_initiative_id,
        lagDays: d.lag_days,
      })),
      people: people.sort((a, b) => a.name.localeCompare(b.name)),
      areas: areas.named,
      teams: teams.named,
    };
  }
}
