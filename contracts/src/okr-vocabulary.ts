// The words of OKRs without their schemas (no zod here, so the web app can label a key result or a
// confidence without loading zod). okrs.contract.ts builds the schemas from these and re-exports them.

export const KEY_RESULT_TYPES = [
  'increase_to',
  'decrease_to',
  'stay_at_or_above',
  'stay_at_or_below',
  'milestone',
  'yes_no',
] as const;
export type KeyResultType = (typeof KEY_RESULT_TYPES)[number];

export const KEY_RESULT_TYPE_LABELS: Record<KeyResultType, string> = {
  increase_to: 'Increase to',
  decrease_to: 'Decrease to',
  stay_at_or_above: 'Stay at or above',
  stay_at_or_below: 'Stay at or below',
  milestone: 'Milestone',
  yes_no: 'Yes / no',
};

/** Milestones and yes/no key results hold 0 (not yet / no) or 1 (reached / yes). */
export const BINARY_KEY_RESULT_TYPES: readonly KeyResultType[] = ['milestone', 'yes_no'];

export const CONFIDENCES = ['on_track', 'at_risk', 'off_track'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
};

export const ROLLUP_METHODS = ['average', 'weighted'] as const;
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

export const ROLLUP_METHOD_LABELS: Record<RollupMethod, string> = {
  average: 'Average of key results',
  weighted: 'Weighted by key-result weights',
};

export const OKR_PERIOD_STATES = ['open', 'closed'] as const;
export type OkrPeriodState = (typeof OKR_PERIOD_STATES)[number];

/** Days without a check-in after which a key result shows as "check-in due". */
export const CHECK_IN_DUE_AFTER_DAYS = 7;
