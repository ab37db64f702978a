import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const snapshot = {
  key: 'DEC-3',
  title: 'Label realistic AI-generated video',
  status: 'proposed',
  context: 'Realistic synthetic video misleads viewers.',
  options: [{ title: 'Label only', pros: ['Keeps the content up'], cons: ['Labels are missed'] }],
  decision: 'Label it.',
  rationale: 'Proportionate.',
  decidedByIds: [id(40)],
  consultedIds: [],
  decisionDate: null,
  ownerId: id(40),
  links: [{ kind: 'working_group', id: id(41) }],
  supersedes: [],
  revisitTrigger: { kind: 'date', date: '2027-03-01' },
  version: 1,
} as const;
const key = { key: 'DEC-3', title: 'Label realistic AI-generated video' } as const;

/** One sample event per audit action of the decision register. */
export const DECISION_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'decision.created': [
    {
      payload: { entityType: 'decision', after: snapshot },
      says: 'Priya Raman recorded the decision DEC-3 "Label realistic AI-generated video" as proposed',
    },
  ],
  'decision.updated': [
    {
      payload: { entityType: 'decision', before: snapshot, after: { ...snapshot, rationale: 'Clearer.', version: 2 } },
      says: 'Priya Raman edited the decision DEC-3 "Label realistic AI-generated video"',
    },
  ],
  'decision.accepted': [
    {
      payload: {
        entityType: 'decision',
        before: { ...key, status: 'proposed' },
        after: { ...key, status: 'accepted', decisionDate: '2026-09-15' },
      },
      says: 'Priya Raman accepted the decision DEC-3 "Label realistic AI-generated video" (decided 2026-09-15)',
    },
  ],
  'decision.revoked': [
    {
      payload: {
        entityType: 'decision',
        before: { ...key, status: 'accepted' },
        after: { ...key, status: 'revoked', reason: 'The law changed' },
      },
      says: 'Priya Raman revoked the decision DEC-3 "Label realistic AI-generated video": The law changed',
    },
  ],
  'decision.superseded': [
    {
      payload: {
        entityType: 'decision',
        before: { ...key, status: 'accepted' },
        after: {
          ...key,
          status: 'superseded',
          partlySuperseded: false,
          byId: id(42),
          byKey: 'DEC-7',
          scope: 'whole',
          part: null,
        },
      },
      says: 'Priya Raman accepted DEC-7, which supersedes the decision DEC-3 "Label realistic AI-generated video"',
    },
    {
      payload: {
        entityType: 'decision',
        before: { ...key, status: 'accepted' },
        after: {
          ...key,
          status: 'accepted',
          partlySuperseded: true,
          byId: id(42),
          byKey: 'DEC-7',
          scope: 'partial',
          part: 'the audio clause',
        },
      },
      says: 'Priya Raman accepted DEC-7, which supersedes the audio clause of DEC-3 "Label realistic AI-generated video"',
    },
  ],
  'decision.revisit_due': [
    {
      actor: null,
      payload: {
        entityType: 'decision',
        after: { ...key, trigger: { kind: 'date', date: '2027-03-01' }, dueSince: '2027-03-01T06:30:00.000Z' },
      },
      says: 'PolicyOps marked the decision DEC-3 "Label realistic AI-generated video" due for a revisit (its trigger fired)',
    },
  ],
  'decision.revisited': [
    {
      payload: {
        entityType: 'decision',
        after: { ...key, note: 'Still right', nextTrigger: null },
      },
      says: 'Priya Raman marked the decision DEC-3 "Label realistic AI-generated video" revisited: Still right',
    },
  ],
};
