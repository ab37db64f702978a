/** Kysely table types of the roadmap (migration 0015). Dates are YYYY-MM-DD text, timestamps ISO-8601 UTC. */

/** The one row (id 1) of planning settings. */
export interface PlanningSettingsTable {
  id: number;
  fiscal_year_start_month: number;
  /** Bumped by every dependency write, so cycle checks run one at a time. */
  graph_seq: number;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface InitiativesTable {
  id: string;
  title: string;
  description: string;
  owner_id: string;
  parent_id: string | null;
  status: string;
  /** 0 = P0 … 3 = P3. */
  priority: number;
  effort_weeks: number | null;
  start_date: string;
  end_date: string;
  cadence: string;
  /** ISO weekday, 1 = Monday. */
  cadence_weekday: number;
  /** The day the update schedule counts from (the day it was created). */
  cadence_anchor: string;
  last_update_on: string | null;
  last_health: string | null;
  /** Derived from the cadence and the latest update; an update is due when this day has come (in progress). */
  next_update_due_on: string;
  /** Derived progress, 0-100 (unrounded, so parents average exact figures). */
  derived_progress: number;
  /** milestones | children | status | none */
  progress_source: string;
  /** How the derived figure was reached: "2 of 3 milestones done". */
  progress_basis: string;
  /** The initiative's own milestones, and how many are done. */
  milestone_count: number;
  milestones_done: number;
  progress_override: number | null;
  progress_override_reason: string | null;
  progress_override_by: string | null;
  progress_override_at: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface InitiativeAreasTable {
  initiative_id: string;
  area_id: string;
}

export interface InitiativeTeamsTable {
  initiative_id: string;
  team_id: string;
}

export interface InitiativePoliciesTable {
  initiative_id: string;
  policy_id: string;
}

export interface InitiativeMilestonesTable {
  id: string;
  initiative_id: string;
  title: string;
  kind: string;
  date: string;
  /** 1 for external dates (every kind but internal). */
  fixed: number;
  done_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface InitiativeDependenciesTable {
  id: string;
  from_initiative_id: string;
  /** Null: the predecessor is the initiative itself. */
  from_milestone_id: string | null;
  to_initiative_id: string;
  /** Null: the successor is the initiative itself. */
  to_milestone_id: string | null;
  lag_days: number;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface InitiativeUpdatesTable {
  id: string;
  initiative_id: string;
  author_id: string | null;
  health: string;
  body: string;
  posted_on: string;
  created_at: string;
}

/** One row: raised by triggers on every write a roadmap year is read from (migration 0023). */
export interface RoadmapRevisionTable {
  id: number;
  /** bigint: node-pg reads it as a string, better-sqlite3 as a number. */
  revision: number | string;
}
