// The words of policy change requests (issue 10) without their schemas (no zod here, so the web app can
// label a stage, a role or a type without loading zod). change-requests.contract.ts builds the
// schemas from these and re-exports them.

/**
 * An editorial change is a type, not a flag on another type: "no change in meaning" contradicts every
 * other type (a clarification, expansion or narrowing changes what the rule means), so a flag would
 * allow combinations that cannot exist (an editorial retirement) and the lane would hang on two fields.
 */
export const CR_TYPES = [
  'new_policy',
  'clarification',
  'expansion',
  'narrowing',
  'enforcement_guidance',
  'retirement',
  'editorial',
] as const;
export type CrType = (typeof CR_TYPES)[number];

export const CR_TYPE_LABELS: Record<CrType, string> = {
  new_policy: 'New policy',
  clarification: 'Clarification',
  expansion: 'Expansion',
  narrowing: 'Narrowing',
  enforcement_guidance: 'Enforcement guidance',
  retirement: 'Retirement',
  editorial: 'Editorial change',
};

export const CR_SOURCES = [
  'escalation',
  'regulatory_requirement',
  'performance_finding',
  'product_launch',
  'external_stakeholder',
  'legal',
] as const;
export type CrSource = (typeof CR_SOURCES)[number];

export const CR_SOURCE_LABELS: Record<CrSource, string> = {
  escalation: 'Escalation',
  regulatory_requirement: 'Regulatory requirement',
  performance_finding: 'Performance finding',
  product_launch: 'Product launch',
  external_stakeholder: 'External stakeholder',
  legal: 'Legal',
};

/** Stage keys: a workspace orders and configures these; it cannot invent others (the rules hang on them). */
export const CR_STAGES = [
  'intake',
  'scoping',
  'drafting',
  'cross_functional_review',
  'approval',
  'enablement',
  'launched',
  'post_launch_review',
  'closed',
  'rejected',
  'withdrawn',
] as const;
export type CrStage = (typeof CR_STAGES)[number];

export const CR_STAGE_LABELS: Record<CrStage, string> = {
  intake: 'Intake',
  scoping: 'Scoping',
  drafting: 'Drafting',
  cross_functional_review: 'Cross-functional review',
  approval: 'Approval',
  enablement: 'Enablement',
  launched: 'Launched',
  post_launch_review: 'Post-launch review',
  closed: 'Closed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Stages nothing leaves. */
export const CR_FINAL_STAGES: readonly CrStage[] = ['closed', 'rejected', 'withdrawn'];
/** Side exits, reachable from every stage before launch; never part of the configured path. */
export const CR_EXIT_STAGES: readonly CrStage[] = ['rejected', 'withdrawn'];
/** Stages every configured path must contain, because a rule or a job refers to them. */
export const CR_MANDATORY_STAGES: readonly CrStage[] = ['intake', 'drafting', 'approval', 'launched', 'closed'];

export const SIGN_OFF_ROLES = ['legal', 'moderation_ops', 'product', 'regional', 'policy_owner'] as const;
export type SignOffRole = (typeof SIGN_OFF_ROLES)[number];

export const SIGN_OFF_ROLE_LABELS: Record<SignOffRole, string> = {
  legal: 'Legal',
  moderation_ops: 'Moderation Ops',
  product: 'Product',
  regional: 'Regional',
  policy_owner: 'Policy owner',
};

export const SIGN_OFF_DECISIONS = ['approve', 'approve_with_conditions', 'request_changes'] as const;
export type SignOffDecision = (typeof SIGN_OFF_DECISIONS)[number];

export const SIGN_OFF_DECISION_LABELS: Record<SignOffDecision, string> = {
  approve: 'Approved',
  approve_with_conditions: 'Approved with conditions',
  request_changes: 'Requested changes',
};

/** Decisions that count as approval of the text. */
export const APPROVING_DECISIONS: readonly SignOffDecision[] = ['approve', 'approve_with_conditions'];

export const SIGN_OFF_ORDERS = ['parallel', 'sequential'] as const;
export type SignOffOrder = (typeof SIGN_OFF_ORDERS)[number];

export const CR_LANES = ['fast', 'full'] as const;
export type CrLane = (typeof CR_LANES)[number];

export const CR_LANE_LABELS: Record<CrLane, string> = { fast: 'Fast lane', full: 'Full workflow' };

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Moderation workload is a word, not 1–5: beside the four 1–5 scoring inputs a fifth number would be
 * read as one of them (and summed in people's heads); words also say the direction.
 */
export const MODERATION_WORKLOADS = ['less', 'unchanged', 'slightly_more', 'more', 'much_more'] as const;
export type ModerationWorkload = (typeof MODERATION_WORKLOADS)[number];

export const MODERATION_WORKLOAD_LABELS: Record<ModerationWorkload, string> = {
  less: 'Less work per case',
  unchanged: 'Unchanged',
  slightly_more: 'Slightly more work per case',
  more: 'More work per case',
  much_more: 'Much more work per case (new skills or tooling)',
};

export const SCORING_INPUTS = ['severity', 'reach', 'urgency', 'effort'] as const;
export type ScoringInput = (typeof SCORING_INPUTS)[number];

/** Fields a stage may require before a CR leaves it; the service says which of them a CR has. */
export const CR_FIELDS = [
  'problemStatement',
  'proposal',
  'targetPolicy',
  'proposedText',
  'scoring',
  'surfaces',
  'riskLevel',
  'expectedVolumeChange',
  'moderationWorkload',
  'owner',
  'dueDate',
  'effectiveDate',
] as const;
export type CrField = (typeof CR_FIELDS)[number];

export const CR_FIELD_LABELS: Record<CrField, string> = {
  problemStatement: 'Problem statement',
  proposal: 'Proposal',
  targetPolicy: 'Target policy',
  proposedText: 'Proposed text',
  scoring: 'Score (severity, reach, urgency, effort)',
  surfaces: 'Surfaces affected',
  riskLevel: 'Risk level',
  expectedVolumeChange: 'Expected volume change',
  moderationWorkload: 'Moderation workload',
  owner: 'Owner',
  dueDate: 'Due date',
  effectiveDate: 'Effective date',
};
