/** Working groups and their meetings (migration 0030). Times are UTC ISO strings, dates YYYY-MM-DD. */
export interface WorkingGroupsTable {
  id: string;
  name: string;
  /** forming | active | paused | closed */
  status: string;
  purpose: string;
  /** JSON array of strings. */
  deliverables: string;
  /** JSON array of strings. */
  success_criteria: string;
  end_date: string | null;
  /** stakeholders.id */
  chair_id: string;
  cadence_rule: string | null;
  cadence_starts_at: string | null;
  cadence_time_zone: string | null;
  cadence_duration_minutes: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface WorkingGroupMembersTable {
  working_group_id: string;
  stakeholder_id: string;
  /** chair | member | secretary | observer */
  role: string;
  position: number;
}

/** Policies in scope (kind policy) and linked initiatives and change requests. */
export interface WorkingGroupLinksTable {
  working_group_id: string;
  /** policy | initiative | change_request */
  kind: string;
  target_id: string;
  position: number;
}

export interface MeetingsTable {
  id: string;
  working_group_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  /** The cadence occurrence this meeting is (null: ad hoc); unique per group. */
  occurrence_start: string | null;
  location: string;
  video_link: string;
  notes: string;
  cancelled: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingAttendeesTable {
  meeting_id: string;
  stakeholder_id: string;
  attended: number;
  position: number;
}

export interface MeetingAgendaItemsTable {
  id: string;
  meeting_id: string;
  section: string;
  title: string;
  detail: string;
  source_kind: string | null;
  source_id: string | null;
  href: string | null;
  carried_from: string | null;
  done: number;
  position: number;
  version: number;
  created_at: string;
}

export interface MeetingOutcomesTable {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  /** information | decision | action */
  kind: string;
  text: string;
  record_id: string | null;
  record_title: string | null;
  record_href: string | null;
  created_by: string | null;
  created_at: string;
}
