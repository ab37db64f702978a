import { describe, expect, it } from 'vitest';
import { CR_FIELDS, CrWorkflowConfigSchema, type CrWorkflowConfig } from '@policyops/contracts';
import { DEFAULT_CR_WORKFLOW } from './cr-default-workflow.js';
import {
  checkTransition,
  isLaunchStage,
  lanePath,
  overdue,
  reachableStages,
  requiredSignOffs,
  rolesToSignNow,
  stageAfterSignOff,
  stageDueOn,
  stageTargetDays,
  type CrSignOffState,
  type CrWorkflowState,
} from './cr-workflow.js';

const config = DEFAULT_CR_WORKFLOW;

const state = (overrides: Partial<CrWorkflowState> = {}): CrWorkflowState => ({
  stage: 'intake',
  lane: 'full',
  fieldsPresent: [...CR_FIELDS],
  signOffs: [],
  marketIds: [],
  lastTextEditorId: 'ana',
  ...overrides,
});

const approved = (role: CrSignOffState['role'], at: string, decision: CrSignOffState['decision'] = 'approve') => ({
  id: `${role}-${at}`,
  role,
  decision,
  personId: `person-${role}`,
  at,
});

const allReviewers = [
  approved('legal', '2026-03-01T09:00:00Z'),
  approved('moderation_ops', '2026-03-01T10:00:00Z'),
  approved('product', '2026-03-01T11:00:00Z', 'approve_with_conditions'),
];

describe('the default workflow', () => {
  it('is a valid workspace configuration', () => {
    expect(CrWorkflowConfigSchema.safeParse(config).success).toBe(true);
  });

  it('takes the fast lane through intake, drafting, approval, launched and closed only', () => {
    expect(lanePath(config, 'fast')).toEqual(['intake', 'drafting', 'approval', 'launched', 'closed']);
    expect(lanePath(config, 'full')).toHaveLength(9);
  });

  it('asks Regional only when markets are affected, and the fast lane only the policy owner', () => {
    expect(requiredSignOffs(config, 'full', [])).toEqual(['legal', 'moderation_ops', 'product', 'policy_owner']);
    expect(requiredSignOffs(config, 'full', ['br'])).toEqual([
      'legal',
      'moderation_ops',
      'product',
      'regional',
      'policy_owner',
    ]);
    expect(requiredSignOffs(config, 'fast', ['br'])).toEqual(['policy_owner']);
  });
});

describe('checkTransition: moves', () => {
  it('moves forward one stage along the lane', () => {
    expect(checkTransition(config, state(), 'scoping')).toEqual({ allowed: true, kind: 'forward' });
    expect(checkTransition(config, state({ lane: 'fast' }), 'drafting')).toEqual({ allowed: true, kind: 'forward' });
  });

  it('refuses to skip a stage and names the moves there are', () => {
    expect(checkTransition(config, state(), 'drafting')).toEqual({
      allowed: false,
      code: 'CR_MOVE_NOT_ALLOWED',
      message: 'Intake cannot move to Drafting; it can move to Scoping, Rejected and Withdrawn',
    });
  });

  it('refuses the fast lane a stage it skips', () => {
    const check = checkTransition(config, state({ lane: 'fast', stage: 'drafting' }), 'cross_functional_review');
    expect(check).toMatchObject({ allowed: false, code: 'CR_MOVE_NOT_ALLOWED' });
  });

  it('goes on along the lane from a stage off it (the type changed to editorial mid-review)', () => {
    const s = state({ lane: 'fast', stage: 'cross_functional_review' });
    expect(reachableStages(config, s)).toEqual(['approval', 'drafting', 'rejected', 'withdrawn']);
  });

  it('sends back to drafting from a later stage before launch, with a reason', () => {
    const s = state({ stage: 'approval' });
    expect(checkTransition(config, s, 'drafting', 'Legal found a gap')).toEqual({
      allowed: true,
      kind: 'back_to_drafting',
    });
    expect(checkTransition(config, s, 'drafting', '  ')).toMatchObject({
      allowed: false,
      code: 'CR_REQUIREMENTS_MISSING',
      blockers: { reasonMissing: true, message: 'To leave Approval: give a reason' },
    });
  });

  it('does not send a launched CR back to drafting', () => {
    expect(checkTransition(config, state({ stage: 'launched' }), 'drafting', 'x')).toMatchObject({
      allowed: false,
      code: 'CR_MOVE_NOT_ALLOWED',
    });
  });

  it('rejects or withdraws from any stage before launch, never after', () => {
    expect(checkTransition(config, state({ stage: 'intake' }), 'rejected', 'duplicate')).toEqual({
      allowed: true,
      kind: 'reject',
    });
    expect(checkTransition(config, state({ stage: 'enablement' }), 'withdrawn', 'launch cancelled')).toEqual({
      allowed: true,
      kind: 'withdraw',
    });
    expect(checkTransition(config, state({ stage: 'post_launch_review' }), 'withdrawn', 'x')).toMatchObject({
      allowed: false,
      code: 'CR_MOVE_NOT_ALLOWED',
    });
  });

  it('treats closed, rejected and withdrawn as final', () => {
    for (const stage of ['closed', 'rejected', 'withdrawn'] as const) {
      expect(checkTransition(config, state({ stage }), 'drafting', 'again')).toMatchObject({
        allowed: false,
        code: 'CR_STAGE_FINAL',
      });
      expect(reachableStages(config, state({ stage }))).toEqual([]);
    }
  });

  it('goes from launched to post-launch review in the full lane and straight to closed in the fast lane', () => {
    expect(reachableStages(config, state({ stage: 'launched' }))).toEqual(['post_launch_review']);
    expect(reachableStages(config, state({ stage: 'launched', lane: 'fast' }))).toEqual(['closed']);
  });
});

describe('checkTransition: requirements', () => {
  it('names every required field still empty', () => {
    const s = state({ stage: 'scoping', fieldsPresent: ['problemStatement', 'surfaces', 'expectedVolumeChange'] });
    expect(checkTransition(config, s, 'drafting')).toEqual({
      allowed: false,
      code: 'CR_REQUIREMENTS_MISSING',
      kind: 'forward',
      blockers: {
        fields: ['scoring', 'riskLevel', 'moderationWorkload', 'dueDate'],
        signOffs: [],
        orderViolations: [],
        conflicts: [],
        reasonMissing: false,
        message:
          'To leave Scoping: fill in Score (severity, reach, urgency, effort), Risk level, Moderation workload and Due date',
      },
    });
  });

  it('needs Legal, Moderation Ops and Product before Approval, and Regional only with markets', () => {
    const noMarkets = state({ stage: 'cross_functional_review', signOffs: [] });
    expect(checkTransition(config, noMarkets, 'approval')).toMatchObject({
      blockers: {
        signOffs: ['legal', 'moderation_ops', 'product'],
        message: 'To leave Cross-functional review: sign-off missing from Legal, Moderation Ops and Product',
      },
    });
    const withMarkets = state({ stage: 'cross_functional_review', signOffs: allReviewers, marketIds: ['br', 'in'] });
    expect(checkTransition(config, withMarkets, 'approval')).toMatchObject({ blockers: { signOffs: ['regional'] } });
    expect(checkTransition(config, { ...withMarkets, marketIds: [] }, 'approval')).toEqual({
      allowed: true,
      kind: 'forward',
    });
  });

  it('counts only the latest sign-off of a role: an approval followed by a request for changes is missing', () => {
    const s = state({
      stage: 'cross_functional_review',
      signOffs: [...allReviewers, approved('legal', '2026-03-02T09:00:00Z', 'request_changes')],
    });
    expect(checkTransition(config, s, 'approval')).toMatchObject({ blockers: { signOffs: ['legal'] } });
  });

  it('asks the fast lane for the policy owner alone, at approval', () => {
    const drafting = state({ lane: 'fast', stage: 'drafting' });
    expect(checkTransition(config, drafting, 'approval')).toEqual({ allowed: true, kind: 'forward' });
    const approval = state({ lane: 'fast', stage: 'approval', fieldsPresent: ['proposedText'] });
    expect(checkTransition(config, approval, 'launched')).toMatchObject({
      blockers: { fields: ['effectiveDate'], signOffs: ['policy_owner'] },
    });
  });
});

describe('sequential sign-offs', () => {
  const sequential: CrWorkflowConfig = {
    stages: config.stages.map((s) =>
      s.key === 'cross_functional_review'
        ? { ...s, signOffs: { roles: ['legal', 'product'], order: 'sequential' } }
        : s,
    ),
  };

  it('names an approval given before the role it waits on', () => {
    const s = state({
      stage: 'cross_functional_review',
      signOffs: [approved('product', '2026-03-01T09:00:00Z'), approved('legal', '2026-03-01T10:00:00Z')],
    });
    expect(checkTransition(sequential, s, 'approval')).toMatchObject({
      blockers: {
        signOffs: [],
        orderViolations: [{ role: 'product', before: 'legal' }],
        message: 'To leave Cross-functional review: Product signed off before Legal and must sign off again after',
      },
    });
  });

  it('accepts approvals in the set order', () => {
    const s = state({
      stage: 'cross_functional_review',
      signOffs: [approved('legal', '2026-03-01T09:00:00Z'), approved('product', '2026-03-01T10:00:00Z')],
    });
    expect(checkTransition(sequential, s, 'approval')).toEqual({ allowed: true, kind: 'forward' });
  });

  it('lets only the next role sign in sequence, every missing role in parallel', () => {
    const s = state({ stage: 'cross_functional_review', marketIds: ['br'] });
    expect(rolesToSignNow(sequential, s)).toEqual(['legal']);
    expect(rolesToSignNow(sequential, { ...s, signOffs: [approved('legal', '2026-03-01T09:00:00Z')] })).toEqual([
      'product',
    ]);
    expect(rolesToSignNow(config, s)).toEqual(['legal', 'moderation_ops', 'product', 'regional']);
  });

  it('asks again, in turn, a role that approved out of order', () => {
    const s = state({
      stage: 'cross_functional_review',
      signOffs: [approved('product', '2026-03-01T09:00:00Z'), approved('legal', '2026-03-01T10:00:00Z')],
    });
    expect(rolesToSignNow(sequential, s)).toEqual(['product']);
  });
});

describe('a workflow changed under its CRs', () => {
  const withoutScoping: CrWorkflowConfig = { stages: config.stages.filter((s) => s.key !== 'scoping') };

  it('lets a CR left in a removed stage go on to the next configured stage, or leave', () => {
    expect(reachableStages(withoutScoping, state({ stage: 'scoping' }))).toEqual(['drafting', 'rejected', 'withdrawn']);
    expect(stageTargetDays(withoutScoping, 'scoping')).toBeNull();
    expect(stageTargetDays(config, 'scoping')).toBe(10);
  });
});

describe('stageAfterSignOff', () => {
  it('returns the CR to drafting when a reviewer requests changes, and leaves it otherwise', () => {
    expect(stageAfterSignOff(config, 'cross_functional_review', 'request_changes')).toBe('drafting');
    expect(stageAfterSignOff(config, 'approval', 'request_changes')).toBe('drafting');
    expect(stageAfterSignOff(config, 'cross_functional_review', 'approve_with_conditions')).toBeNull();
    expect(stageAfterSignOff(config, 'drafting', 'request_changes')).toBeNull();
    expect(stageAfterSignOff(config, 'launched', 'request_changes')).toBeNull();
  });
});

describe('overdue', () => {
  it('counts calendar days from the day the stage was entered, whatever the hour', () => {
    expect(overdue('2026-01-01T23:59:00Z', 5, '2026-01-06')).toBe(false);
    expect(overdue('2026-01-01T23:59:00Z', 5, '2026-01-07')).toBe(true);
  });

  it('crosses month ends by the calendar (February 2026 has 28 days)', () => {
    expect(stageDueOn('2026-02-26T10:00:00Z', 3)).toBe('2026-03-01');
    expect(overdue('2026-02-26T10:00:00Z', 3, '2026-03-01')).toBe(false);
    expect(overdue('2026-02-26T10:00:00Z', 3, '2026-03-02')).toBe(true);
  });

  it('is never overdue without a target', () => {
    expect(overdue('2020-01-01T00:00:00Z', null, '2026-01-01')).toBe(false);
    expect(stageDueOn('2020-01-01T00:00:00Z', null)).toBeNull();
  });
});

describe('leaving Approval: effective date and acknowledged conflicts (rule 9)', () => {
  const approvalConfig: CrWorkflowConfig = {
    stages: config.stages.map((s) => (s.key === 'approval' ? { ...s, requiredFields: [] } : s)),
  };
  const ready = state({
    stage: 'approval',
    signOffs: [approved('policy_owner', '2027-01-02T00:00:00Z')],
  });

  it('needs an effective date even when the workspace does not require one', () => {
    const s = { ...ready, fieldsPresent: CR_FIELDS.filter((f) => f !== 'effectiveDate') };
    expect(checkTransition(approvalConfig, s, 'enablement')).toMatchObject({
      allowed: false,
      blockers: { fields: ['effectiveDate'], message: 'To leave Approval: fill in Effective date' },
    });
  });

  it('names the conflicts not acknowledged, and passes once none is left', () => {
    const s = {
      ...ready,
      unacknowledgedConflicts: [
        { key: 'change_request:a:2027-02-01', title: 'CR-7 Clarify satire' },
        { key: 'freeze_window:Election:2027-01-20:2027-02-10', title: 'Election freeze' },
      ],
    };
    expect(checkTransition(config, s, 'enablement')).toMatchObject({
      allowed: false,
      blockers: {
        conflicts: ['change_request:a:2027-02-01', 'freeze_window:Election:2027-01-20:2027-02-10'],
        message: 'To leave Approval: acknowledge the launch conflicts with CR-7 Clarify satire and Election freeze',
      },
    });
    expect(checkTransition(config, { ...s, unacknowledgedConflicts: [] }, 'enablement')).toEqual({
      allowed: true,
      kind: 'forward',
    });
  });

  it('does not ask for conflicts when leaving another stage', () => {
    const s = state({ stage: 'enablement', unacknowledgedConflicts: [{ key: 'k', title: 'T' }] });
    expect(checkTransition(config, s, 'launched')).toEqual({ allowed: true, kind: 'forward' });
  });

  it('launches from the stage right before Launched on the lane', () => {
    expect(isLaunchStage(config, 'enablement', 'full')).toBe(true);
    expect(isLaunchStage(config, 'approval', 'full')).toBe(false);
    expect(isLaunchStage(config, 'approval', 'fast')).toBe(true);
  });
});
