// The words and colours of change requests in the web app, in one place for the list and the CR page.
// The labels themselves are the contracts' (change-requests-vocabulary.ts, no zod); this adds what only
// the screen needs: colours, "CR-12", and a few labels the contracts do not carry.
import {
  CR_FIELD_LABELS,
  CR_LANE_LABELS,
  CR_SOURCE_LABELS,
  CR_STAGE_LABELS,
  CR_TYPE_LABELS,
  MODERATION_WORKLOAD_LABELS,
  SIGN_OFF_DECISION_LABELS,
  SIGN_OFF_ROLE_LABELS,
  type CrLane,
  type CrStage,
  type RiskLevel,
  type ScoringInput,
  type SignOffDecision,
} from '@policyops/contracts';

export {
  CR_FIELD_LABELS,
  CR_LANE_LABELS,
  CR_SOURCE_LABELS,
  CR_STAGE_LABELS,
  CR_TYPE_LABELS,
  MODERATION_WORKLOAD_LABELS,
  SIGN_OFF_DECISION_LABELS,
  SIGN_OFF_ROLE_LABELS,
};

/** "CR-12": how people name a change request. */
export const crNumber = (number: number): string => `CR-${number}`;

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const SCORING_INPUT_LABELS: Record<ScoringInput, string> = {
  severity: 'Severity',
  reach: 'Reach',
  urgency: 'Urgency',
  effort: 'Effort',
};

/** What 1 and 5 mean for each scoring input (the contracts' descriptions, shortened for a form). */
export const SCORING_INPUT_HINTS: Record<ScoringInput, string> = {
  severity: '1 minor – 5 severe harm',
  reach: '1 few – 5 very many people or cases',
  urgency: '1 whenever – 5 now',
  effort: '1 little – 5 a great deal of work (divides the score)',
};

// "light" badges use shade 9 text on shade 1: AA contrast.
export const LANE_COLORS: Record<CrLane, string> = { fast: 'teal', full: 'indigo' };

export const STAGE_COLORS: Record<CrStage, string> = {
  intake: 'gray',
  scoping: 'blue',
  drafting: 'indigo',
  cross_functional_review: 'violet',
  approval: 'grape',
  enablement: 'cyan',
  launched: 'green',
  post_launch_review: 'teal',
  closed: 'dark',
  rejected: 'red',
  withdrawn: 'orange',
};

export const RISK_COLORS: Record<RiskLevel, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export const DECISION_COLORS: Record<SignOffDecision, string> = {
  approve: 'green',
  approve_with_conditions: 'teal',
  request_changes: 'orange',
};
