/** Kysely table types of team capacity (migration 0019). */

export interface TeamCapacityTable {
  team_id: string;
  people: number;
  /** Share of their time for roadmap work, 0–1. */
  focus: number;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface TeamCapacityQuartersTable {
  team_id: string;
  /** A quarter key, FY2027-Q2. */
  period: string;
  people: number;
  focus: number;
}
