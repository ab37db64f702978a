/** Adoption campaigns (migration 0027). */
export interface AdoptionAudiencesTable {
  id: string;
  name: string;
  /** site | vendor | regional */
  kind: string;
  headcount: number;
  contact_email: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AdoptionCampaignsTable {
  id: string;
  change_request_id: string;
  policy_id: string;
  policy_version_id: string;
  /** sha256 hex of the pinned version's body. */
  content_hash: string;
  effective_date: string | null;
  /** material | editorial */
  materiality: string;
  /** AdoptionTraining as JSON, or null. */
  training: string | null;
  /** AdoptionQuiz as JSON (with the answers), or null. */
  quiz: string | null;
  /** AdoptionGate as JSON, or null. */
  gate: string | null;
  reminder_cadence_days: number;
  /** in_progress | adopted */
  status: string;
  adopted_at: string | null;
  launched_at: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AdoptionCampaignAudiencesTable {
  id: string;
  campaign_id: string;
  source_audience_id: string | null;
  name: string;
  kind: string;
  headcount: number;
  contact_email: string;
  target_pct: number;
  /** AdkarScores as JSON, or null. */
  readiness: string | null;
  readiness_at: string | null;
  readiness_by: string | null;
  last_reminder_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AdoptionLinksTable {
  id: string;
  campaign_id: string;
  campaign_audience_id: string;
  person_name: string;
  person_email: string | null;
  external_id: string | null;
  /** sha256 hex of the token; the token itself is never stored. */
  token_hash: string;
  content_hash: string;
  expires_at: string;
  revoked_at: string | null;
  created_by: string;
  acknowledged_at: string | null;
  name_confirmation: string | null;
  trained_at: string | null;
  quiz_passed_at: string | null;
  quiz_attempts: number;
  last_quiz_score: number | null;
  declined_at: string | null;
  decline_reason: string | null;
  exemption_at: string | null;
  exemption_reason: string | null;
  version: number;
  created_at: string;
}

export interface AdoptionQuizAttemptsTable {
  id: string;
  link_id: string;
  attempt: number;
  /** number[] as JSON. */
  answers: string;
  score_pct: number;
  correct: number;
  passed: number;
  at: string;
}
