/** Saved list filters (migration 0028). */
export interface SavedViewsTable {
  id: string;
  owner_id: string;
  /** SavedViewEntity, e.g. change_requests. */
  entity: string;
  name: string;
  /** SavedViewQuery as JSON. */
  query: string;
  /** 1: shown to the whole workspace. */
  shared: number;
  version: number;
  created_at: string;
  updated_at: string;
}
