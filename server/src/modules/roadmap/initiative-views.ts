import type {
  InitiativeHealth,
  InitiativePriority,
  InitiativeStatus,
  InitiativeSummary,
  MilestoneKind,
  ProgressSource,
  UpdateCadence,
  Milestone,
  HealthUpdate,
} from '@policyops/contracts';
import { INITIATIVE_PRIORITIES } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { initiativeAbilities } from './initiative-access.js';
import { spanOf } from './initiative-dates.js';
import type { InitiativeRow } from './initiatives.repository.js';
import type { HealthUpdateRow } from './health-updates.repository.js';
import type { MilestoneRow } from './milestones.repository.js';
import { shownProgress } from './progress.js';
import { updateScheduleOf } from './update-due.js';

/** Rows as replies show them: one mapping for every endpoint, so a rule is written once. */
export interface ViewContext {
  today: string;
  startMonth: number;
}

export const priorityOf = (stored: number): InitiativePriority => INITIATIVE_PRIORITIES[stored] ?? 'p3';
export const storedPriority = (priority: InitiativePriority): number => INITIATIVE_PRIORITIES.indexOf(priority);

export function progressOf(row: InitiativeRow) {
  return {
    value: shownProgress(row.derived_progress, row.progress_override),
    derived: shownProgress(row.derived_progress, null),
    source: row.progress_source as ProgressSource,
    basis: row.progress_basis,
    override:
      row.progress_override === null
        ? null
        : {
            value: row.progress_override,
            reason: row.progress_override_reason ?? '',
            by: row.progress_override_by ? { id: row.progress_override_by, name: row.override_by_name ?? '' } : null,
            at: row.progress_override_at ?? row.updated_at,
          },
  };
}

export function scheduleOf(
  row: Pick<
    InitiativeRow,
    | 'status'
    | 'cadence'
    | 'cadence_weekday'
    | 'cadence_anchor'
    | 'last_update_on'
    | 'last_health'
    | 'next_update_due_on'
  >,
  today: string,
) {
  return updateScheduleOf(
    {
      status: row.status as InitiativeStatus,
      cadence: row.cadence as UpdateCadence,
      weekday: row.cadence_weekday,
      anchor: row.cadence_anchor,
      lastUpdateOn: row.last_update_on,
      health: row.last_health as InitiativeHealth | null,
      nextDueOn: row.next_update_due_on,
    },
    today,
  );
}

export function toSummary(
  actor: Actor,
  row: InitiativeRow,
  links: { areas: { id: string; name: string }[]; teams: { id: string; name: string }[] },
  ctx: ViewContext,
): InitiativeSummary {
  const span = spanOf(row.start_date, row.end_date, ctx.startMonth);
  return {
    id: row.id,
    title: row.title,
    owner: { id: row.owner_id, name: row.owner_name },
    parentId: row.parent_id,
    status: row.status as InitiativeStatus,
    priority: priorityOf(row.priority),
    effortWeeks: row.effort_weeks,
    start: row.start_date,
    end: row.end_date,
    startQuarter: span.startQuarter,
    endQuarter: span.endQuarter,
    spanLabel: span.label,
    areas: links.areas,
    teams: links.teams,
    milestoneCount: row.milestone_count,
    milestonesDone: row.milestones_done,
    progress: progressOf(row),
    updates: scheduleOf(row, ctx.today),
    updatedAt: row.updated_at,
    version: row.version,
    abilities: initiativeAbilities(actor, row.owner_id),
  };
}

export function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    title: row.title,
    kind: row.kind as MilestoneKind,
    date: row.date,
    fixed: row.fixed === 1,
    done: row.done_on !== null,
    doneOn: row.done_on,
    version: row.version,
  };
}

export function toHealthUpdate(row: HealthUpdateRow): HealthUpdate {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    health: row.health as InitiativeHealth,
    body: row.body,
    author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
    postedOn: row.posted_on,
    createdAt: row.created_at,
  };
}
