import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const cr = {
  id: id(70),
  number: 12,
  title: 'Clarify satire in hate speech',
  type: 'clarification',
  source: 'escalation',
  targetPolicyId: id(11),
  ownerId: id(2),
  stage: 'drafting',
  lane: 'full',
  impact: { surfaceIds: [], marketIds: [], expectedVolumeChangePct: null, moderationWorkload: null, riskLevel: null },
  scoring: { severity: 4, reach: 3, urgency: 5, effort: 2 },
  dueDate: '2027-03-01',
  effectiveDate: null,
  draftVersionId: null,
  problemStatementLength: 120,
  proposalLength: 300,
  version: 3,
} as const;
const workflow = {
  stages: ['intake', 'drafting', 'approval', 'launched', 'closed'].map((key) => ({
    key,
    lanes: ['fast', 'full'],
    requiredFields: [],
    signOffs: { roles: [], order: 'parallel' },
    targetDays: null,
  })),
};
const exponents = { severity: 1, reach: 1, urgency: 1, effort: 1 };

/** Policy change requests. */
export const CHANGE_REQUEST_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'change_request.created': [
    {
      payload: { entityType: 'change_request', after: cr },
      says: 'Priya Raman opened the change request CR-12 "Clarify satire in hate speech"',
    },
  ],
  'change_request.updated': [
    {
      payload: { entityType: 'change_request', before: cr, after: { ...cr, version: 4, signOffsReset: ['legal'] } },
      says: 'Priya Raman edited the change request CR-12, resetting the sign-off of Legal',
    },
  ],
  'change_request.moved': [
    {
      payload: {
        entityType: 'change_request',
        before: { number: 12, stage: 'approval', version: 5 },
        after: { number: 12, stage: 'drafting', version: 6, reason: 'Legal asked for changes' },
      },
      says: 'Priya Raman moved the change request CR-12 from Approval to Drafting (Legal asked for changes)',
    },
  ],
  'change_request.signed_off': [
    {
      payload: {
        entityType: 'change_request',
        after: { number: 12, signOffId: id(71), role: 'legal', decision: 'approve', comment: '', stage: 'approval' },
      },
      says: 'Priya Raman signed off on the change request CR-12 for Legal: approved',
    },
  ],
  'change_request.placed': [
    {
      payload: {
        entityType: 'change_request',
        before: { number: 12, afterId: null, reason: null },
        after: { number: 12, afterId: null, reason: 'Regulator deadline' },
      },
      says: 'Priya Raman placed the change request CR-12 at the top of the intake queue (Regulator deadline)',
    },
  ],
  'change_request_settings.updated': [
    {
      payload: {
        entityType: 'change_request_settings',
        before: { scoringModel: { exponents }, workflow, version: 1 },
        after: { scoringModel: { exponents: { ...exponents, severity: 2 } }, workflow, version: 2 },
      },
      says: 'Priya Raman changed the change-request scoring and workflow settings',
    },
  ],
  'change_request.draft_started': [
    {
      payload: {
        entityType: 'change_request',
        after: {
          number: 12,
          policyId: id(11),
          policyCreated: false,
          draftVersionId: id(72),
          draftLabel: '3.2',
          signOffsReset: [],
          version: 4,
        },
      },
      says: 'Priya Raman started the draft 3.2 for the change request CR-12',
    },
  ],
  'change_request.text_edited': [
    {
      payload: {
        entityType: 'change_request',
        after: { number: 12, draftVersionId: id(72), lastTextEditorId: id(2), signOffsReset: ['legal'], version: 5 },
      },
      says: 'Priya Raman edited the proposed text of the change request CR-12 in the library, resetting the sign-off of Legal',
    },
  ],
  'change_request.conflicts_acknowledged': [
    {
      payload: {
        entityType: 'change_request',
        after: { number: 12, effectiveDate: '2027-03-01', keys: ['a', 'b'], note: 'Agreed with Ops', version: 6 },
      },
      says: 'Priya Raman acknowledged 2 launch conflicts of the change request CR-12 for 2027-03-01',
    },
  ],
  'change_request.launch_published': [
    {
      payload: {
        entityType: 'change_request',
        after: {
          number: 12,
          policyId: id(11),
          policyVersionId: id(72),
          versionLabel: '3.2',
          effectiveDate: '2027-03-01',
          marketDates: [],
          approverId: id(2),
          scheduledFor: '2027-03-01',
          version: 7,
        },
      },
      says: 'Priya Raman launched the change request CR-12 as version 3.2, effective 2027-03-01 (scheduled)',
    },
  ],
  'change_request.launched': [
    {
      actor: null,
      payload: {
        entityType: 'change_request',
        after: {
          number: 12,
          policyVersionId: id(72),
          effectiveDate: '2027-03-01',
          materiality: 'material',
          reviewIds: [id(73), id(74)],
          scheduled: true,
        },
      },
      says: 'PolicyOps moved the change request CR-12 to Launched on its scheduled date',
    },
  ],
  'change_request.review_completed': [
    {
      payload: {
        entityType: 'change_request',
        after: { number: 12, reviewId: id(73), offsetDays: 30, notesLength: 40, version: 2 },
      },
      says: 'Priya Raman completed the 30-day post-launch review of the change request CR-12',
    },
  ],
};
