/** Action items (migration 0031). */
export interface ActionItemsTable {
  id: string;
  title: string;
  notes: string;
  /** stakeholders.id: an account's or a contact's directory entry. */
  owner_id: string;
  /** YYYY-MM-DD or null. */
  due_date: string | null;
  /** ActionItemStatus. */
  status: string;
  done_at: string | null;
  /** ActionItemSourceKind. */
  source_kind: string;
  source_id: string | null;
  working_group_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** What an action links to (LinkedRecordKind + id), for the need-to-know rule and the UI. */
export interface ActionItemLinksTable {
  action_item_id: string;
  kind: string;
  record_id: string;
  position: number;
}

/** One row per action and day a reminder went out: the daily job never reminds twice a day. */
export interface ActionItemRemindersTable {
  action_item_id: string;
  day: string;
  sent_at: string;
}
