/** An initiative serves a key result (migration 0020). */
export interface InitiativeKeyResultsTable {
  initiative_id: string;
  key_result_id: string;
  created_at: string;
}
