/** Change-request launches, conflict acknowledgements, post-launch reviews, notices (migration 0026). */
export interface ChangeRequestLaunchesTable {
  change_request_id: string;
  policy_version_id: string;
  effective_date: string;
  /** Recorded as the version's approver: the CR's policy-owner sign-off person, or the launcher. */
  approver_id: string | null;
  launched_by: string;
  published_at: string;
  /** When the CR became Launched; null while it waits for `scheduled_for`. */
  launched_at: string | null;
  scheduled_for: string | null;
}

export interface ChangeRequestConflictAcksTable {
  change_request_id: string;
  conflict_key: string;
  acknowledged_by: string;
  at: string;
  note: string;
}

export interface ChangeRequestReviewsTable {
  id: string;
  change_request_id: string;
  offset_days: number;
  due_on: string;
  notes: string;
  completed_by: string | null;
  completed_at: string | null;
  version: number;
  created_at: string;
}

/** A notification already sent, by key (e.g. overdue:<cr>:<stage entered at>). */
export interface ChangeRequestNoticesTable {
  notice_key: string;
  change_request_id: string;
  at: string;
}
