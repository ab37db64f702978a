/** Calendar feeds (migration 0034): a revocable secret URL per person or working group. */
export interface CalendarFeedsTable {
  id: string;
  /** CalendarFeedOwnerKind: person | working_group. */
  owner_kind: string;
  /** The creator: the feed answers with what this account may see. */
  user_id: string;
  stakeholder_id: string | null;
  working_group_id: string | null;
  /** sha256 hex of the secret; the secret itself is shown once and never stored. */
  token_hash: string;
  name: string;
  created_at: string;
  last_fetched_at: string | null;
  revoked_at: string | null;
}
