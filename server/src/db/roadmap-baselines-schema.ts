/** A named, immutable snapshot of a fiscal year's roadmap (migration 0018). */
export interface RoadmapBaselinesTable {
  id: string;
  year_key: string;
  name: string;
  /** manual | automatic */
  kind: string;
  /** The quarter an automatic baseline opens (FY2027-Q2); null for a manual one. */
  period: string | null;
  /** The compact snapshot (baseline-snapshot.ts), JSON. */
  snapshot: string;
  initiative_count: number;
  milestone_count: number;
  key_result_count: number;
  created_by: string | null;
  created_at: string;
}
