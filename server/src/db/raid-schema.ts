/** RAID items (migration 0032): one row per risk, issue/blocker, assumption or dependency. */
export interface RaidItemsTable {
  id: string;
  /** RaidKind: risk | issue | assumption | dependency */
  kind: string;
  /** Per kind: R-<number>, I-<number>, ... */
  number: number;
  title: string;
  description: string;
  /** A stakeholder id. */
  owner_id: string | null;
  status: string;
  probability: number | null;
  impact: number | null;
  mitigation: string | null;
  trigger_text: string | null;
  /** 0/1 */
  is_blocker: number;
  severity: string | null;
  /** JSON: [{ stakeholderId, label }], level 1 first. */
  escalation_path: string | null;
  /** 0: not escalated yet. */
  current_level: number;
  /** 0/1: at its last level and its decision date passed again. */
  at_top: number;
  decision_needed_by: string | null;
  /** The decision-needed-by date the job last escalated for: one automatic step per missed date. */
  escalated_for: string | null;
  resolution: string | null;
  resolved_at: string | null;
  validate_by: string | null;
  validation_note: string | null;
  requesting_team_id: string | null;
  providing_team_id: string | null;
  needed_by: string | null;
  committed_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RaidItemLinksTable {
  item_id: string;
  /** LinkedRecordKind */
  target_kind: string;
  target_id: string;
  position: number;
}

export interface RaidEscalationsTable {
  id: string;
  item_id: string;
  from_level: number;
  to_level: number;
  /** 0/1: 1 when the daily job escalated. */
  automatic: number;
  /** The user who escalated by hand; null for the job. */
  actor_id: string | null;
  note: string;
  at: string;
}
