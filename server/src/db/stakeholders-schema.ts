/** The stakeholder directory and its RACI matrices (migration 0029). */
export interface StakeholdersTable {
  id: string;
  /** account | contact */
  kind: string;
  /** The account, for kind account; its name and e-mail are read from users. */
  user_id: string | null;
  /** A contact's name; for an account, its name when the row was made (the list reads users.name). */
  name: string;
  /** A contact's e-mail (unique among contacts); null for accounts. */
  email: string | null;
  function: string | null;
  region: string | null;
  team: string | null;
  organisation: string | null;
  title: string | null;
  notes: string;
  /** 0: function and team come from the account's first team when read; 1: as stored. */
  profile_edited: number;
  /** Contacts: 0 once deactivated. Accounts follow users.status instead. */
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface StakeholderMatricesTable {
  id: string;
  /** initiative | change_request */
  record_kind: string;
  record_id: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface StakeholderMatrixRowsTable {
  matrix_id: string;
  stakeholder_id: string;
  position: number;
  /** R | A | C | I */
  role: string;
  influence: number | null;
  interest: number | null;
}
