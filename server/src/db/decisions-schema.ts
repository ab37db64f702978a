/** The decision register (migration 0033). */
export interface DecisionsTable {
  id: string;
  number: number;
  title: string;
  context: string;
  /** DecisionOption[] as JSON. */
  options: string;
  decision: string;
  rationale: string;
  decision_date: string | null;
  /** Stakeholder id. */
  owner_id: string | null;
  /** DecisionStatus. */
  status: string;
  /** 1: accepted, with a part replaced by a later accepted decision. */
  partly_superseded: number;
  /** RevisitTrigger as JSON, or null. */
  revisit_trigger: string | null;
  revisit_due_since: string | null;
  last_revisited_at: string | null;
  last_revisit_note: string | null;
  accepted_at: string | null;
  revoked_reason: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DecisionPeopleTable {
  decision_id: string;
  stakeholder_id: string;
  /** decided | consulted */
  role: string;
  position: number;
}

export interface DecisionLinksTable {
  decision_id: string;
  /** LinkedRecordKind. */
  kind: string;
  target_id: string;
  position: number;
}

export interface DecisionSupersessionsTable {
  /** The later decision. */
  decision_id: string;
  /** The earlier decision it supersedes. */
  superseded_id: string;
  /** whole | partial */
  scope: string;
  part: string | null;
  position: number;
}

export interface DecisionEventsTable {
  id: string;
  decision_id: string;
  /** DecisionEventKind. */
  kind: string;
  actor_id: string | null;
  detail: string;
  at: string;
}
