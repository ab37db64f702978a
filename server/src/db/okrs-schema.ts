/** Kysely table types of the OKR tables (migration 0016-okrs). */

export interface ObjectivesTable {
  id: string;
  /** FY2027 or FY2027-Q2. */
  period_key: string;
  title: string;
  description: string;
  owner_id: string;
  team_id: string | null;
  parent_id: string | null;
  /** average | weighted */
  rollup_method: string;
  /** 0 | 1 */
  include_children: number;
  /** on_track | at_risk | off_track, with its reason; null: derived from the key results. */
  status_override: string | null;
  status_override_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface KeyResultsTable {
  id: string;
  objective_id: string;
  title: string;
  type: string;
  unit: string;
  baseline: number;
  target: number;
  weight: number;
  /** manual | initiative | … (a registered feed). */
  source_kind: string;
  /** The fed-from record (an initiative id), null for manual. */
  source_ref: string | null;
  position: number;
  score: number | null;
  score_comment: string | null;
  /**
   * The value at close (migration 0022): a fed key result shows it while its period is closed.
   * Optional because only closing writes it: creating a key result need not name it.
   */
  final_value?: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface KeyResultCheckInsTable {
  id: string;
  key_result_id: string;
  value: number;
  confidence: string;
  comment: string;
  checked_in_on: string;
  author_id: string | null;
  created_at: string;
}

/** A row only once a period was closed; reopening keeps it (state open, reopen fields set). */
export interface OkrPeriodsTable {
  period_key: string;
  /** open | closed */
  state: string;
  closed_at: string | null;
  closed_by: string | null;
  close_comment: string | null;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
  version: number;
}
