import type { CrStageConfig, CrWorkflowConfig } from '@policyops/contracts';

const stage = (config: Omit<CrStageConfig, 'lanes' | 'signOffs'> & Partial<CrStageConfig>): CrStageConfig => ({
  lanes: ['fast', 'full'],
  signOffs: { roles: [], order: 'parallel' },
  ...config,
});

/**
 * The workflow a workspace starts with (issue 10, item 5). The fast lane skips scoping, cross-functional
 * review, enablement (an editorial change asks nobody to acknowledge again) and post-launch review.
 */
export const DEFAULT_CR_WORKFLOW: CrWorkflowConfig = {
  stages: [
    stage({ key: 'intake', requiredFields: ['problemStatement'], targetDays: 5 }),
    stage({
      key: 'scoping',
      lanes: ['full'],
      requiredFields: ['scoring', 'surfaces', 'riskLevel', 'expectedVolumeChange', 'moderationWorkload', 'dueDate'],
      targetDays: 10,
    }),
    stage({ key: 'drafting', requiredFields: ['proposal', 'targetPolicy', 'proposedText'], targetDays: 15 }),
    stage({
      key: 'cross_functional_review',
      lanes: ['full'],
      requiredFields: [],
      signOffs: { roles: ['legal', 'moderation_ops', 'product', 'regional'], order: 'parallel' },
      targetDays: 10,
    }),
    stage({
      key: 'approval',
      requiredFields: ['effectiveDate'],
      signOffs: { roles: ['policy_owner'], order: 'parallel' },
      targetDays: 5,
    }),
    stage({ key: 'enablement', lanes: ['full'], requiredFields: [], targetDays: 10 }),
    stage({ key: 'launched', requiredFields: [], targetDays: 30 }),
    stage({ key: 'post_launch_review', lanes: ['full'], requiredFields: [], targetDays: 60 }),
    stage({ key: 'closed', requiredFields: [], targetDays: null }),
  ],
};
