/** Policy change requests (migration 0024). */
export interface ChangeRequestsTable {
  id: string;
  /** Shown as CR-12; one sequence per workspace. */
  number: number;
  title: string;
  type: string;
  source: string;
  target_policy_id: string | null;
  problem_statement: string;
  proposal: string;
  /** CrImpact as JSON. */
  impact: string;
  severity: number | null;
  reach: number | null;
  urgency: number | null;
  effort: number | null;
  owner_id: string;
  due_date: string | null;
  effective_date: string | null;
  stage: string;
  stage_entered_at: string;
  lane: string;
  /** Manual placement in the intake queue: below this CR (null with a placement_at: the top). */
  placement_after_id: string | null;
  placement_reason: string | null;
  placement_by: string | null;
  placement_at: string | null;
  draft_version_id: string | null;
  last_text_editor_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ChangeRequestSignOffsTable {
  id: string;
  change_request_id: string;
  role: string;
  decision: string;
  comment: string;
  person_id: string;
  at: string;
  reset_at: string | null;
  reset_reason: string | null;
}

export interface ChangeRequestEventsTable {
  id: string;
  change_request_id: string;
  /** created | moved | signed_off | sign_offs_reset | placed | edited */
  kind: string;
  actor_id: string | null;
  from_stage: string | null;
  to_stage: string | null;
  reason: string | null;
  /** Anything else the timeline shows, JSON. */
  detail: string;
  at: string;
}

export interface ChangeRequestLinksTable {
  change_request_id: string;
  /** initiative | change_request | decision */
  kind: string;
  position: number;
  target_id: string | null;
  title: string | null;
  url: string | null;
}

/** One row, id 'workspace'; absent until an admin saves (the defaults apply). */
export interface ChangeRequestSettingsTable {
  id: string;
  scoring_model: string;
  workflow: string;
  /** Migration 0026; null: the default (14). */
  conflict_window_days: number | null;
  /** CrFreezeWindow[] as JSON (migration 0026); null: none. */
  freeze_windows: string | null;
  version: number;
  updated_at: string;
}
