// The words of the roadmap without their schemas (no zod here, so the web app can label a status, a
// health or a milestone kind without loading zod). The roadmap contracts build their schemas from
// these and re-export them.

export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in_progress', 'paused', 'done', 'cancelled'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  in_progress: 'In progress',
  paused: 'Paused',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Health updates are expected only while an initiative is being worked on. */
export const STATUSES_EXPECTING_UPDATES: readonly InitiativeStatus[] = ['in_progress'];

/** P0 (drop everything) to P3 (when there is room). Stored as 0-3, so sorting by priority is numeric. */
export const INITIATIVE_PRIORITIES = ['p0', 'p1', 'p2', 'p3'] as const;
export type InitiativePriority = (typeof INITIATIVE_PRIORITIES)[number];

export const INITIATIVE_PRIORITY_LABELS: Record<InitiativePriority, string> = {
  p0: 'P0 · critical',
  p1: 'P1 · high',
  p2: 'P2 · medium',
  p3: 'P3 · low',
};

export const INITIATIVE_HEALTHS = ['on_track', 'at_risk', 'off_track'] as const;
export type InitiativeHealth = (typeof INITIATIVE_HEALTHS)[number];

export const INITIATIVE_HEALTH_LABELS: Record<InitiativeHealth, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
};

export const UPDATE_CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type UpdateCadence = (typeof UPDATE_CADENCES)[number];

export const UPDATE_CADENCE_LABELS: Record<UpdateCadence, string> = {
  weekly: 'Every week',
  biweekly: 'Every two weeks',
  monthly: 'Every month',
};

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAY_LABELS: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

/**
 * Internal milestones are the team's own checkpoints and may move; the other kinds are dates the
 * world sets (a regulator, the transparency-report calendar, a product launch) and are fixed.
 */
export const MILESTONE_KINDS = ['internal', 'regulatory_deadline', 'transparency_report', 'product_launch'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  internal: 'Internal',
  regulatory_deadline: 'Regulatory deadline',
  transparency_report: 'Transparency-report period',
  product_launch: 'Product launch',
};

/** Whether a milestone of this kind is an external, fixed date. */
export function isFixedMilestoneKind(kind: MilestoneKind): boolean {
  return kind !== 'internal';
}

export const DEPENDENCY_ENDPOINT_TYPES = ['initiative', 'milestone'] as const;
export type DependencyEndpointType = (typeof DEPENDENCY_ENDPOINT_TYPES)[number];

export const PROGRESS_SOURCES = ['milestones', 'children', 'status', 'none'] as const;
export type ProgressSource = (typeof PROGRESS_SOURCES)[number];
