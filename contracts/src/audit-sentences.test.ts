import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_PAYLOAD_SCHEMAS, type AuditAction } from './audit-actions.js';
import {
  auditReferences,
  auditSentence,
  auditTargetRef,
  hasAuditSentence,
  type AuditSentenceInput,
} from './audit-sentences.js';
import {
  AREA,
  LEE,
  POLICY,
  PRIYA,
  SAM,
  TARGET,
  area,
  comment,
  type Sample,
} from './audit-sentence-samples/fixtures.js';
import { LIBRARY_SAMPLES } from './audit-sentence-samples/library.js';
import { PEOPLE_SAMPLES } from './audit-sentence-samples/people.js';
import { PLANNING_SAMPLES } from './audit-sentence-samples/planning.js';
import { formatDay, sentenceText } from './sentence.js';

/** One event of every action and what it says: a new action fails here until it has a sentence and a sample. */
const SAMPLES: Partial<Record<AuditAction, Sample[]>> = { ...PEOPLE_SAMPLES, ...LIBRARY_SAMPLES, ...PLANNING_SAMPLES };

/** What the server resolves: Sam by name and the referenced policy and area; LEE is a deleted person. */
const REFERENCES = {
  [SAM]: { label: 'Sam Okafor', href: `/people/${SAM}` },
  [POLICY]: { label: 'Hate Speech', href: '/policies/hate-speech' },
  [AREA]: { label: 'Harmful Content', href: null },
};

function inputOf(action: AuditAction, sample: Sample): AuditSentenceInput {
  return {
    action,
    actor: sample.actor === undefined ? PRIYA : sample.actor,
    entityType: sample.payload.entityType,
    entityId: TARGET,
    before: sample.payload.before ?? null,
    after: sample.payload.after ?? null,
    target: sample.target ? { label: sample.target, href: '/somewhere' } : null,
    references: REFERENCES,
  };
}

describe('auditSentence', () => {
  it('has a sample for every audit action, each a valid payload of its action', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const action of AUDIT_ACTIONS) {
      expect(SAMPLES[action]?.length, `a sample of ${action}`).toBeGreaterThan(0);
      for (const { payload } of SAMPLES[action] ?? []) {
        const parsed = AUDIT_PAYLOAD_SCHEMAS[action].safeParse(payload);
        expect(parsed.error?.issues ?? [], action).toEqual([]);
      }
    }
  });

  it.each([...AUDIT_ACTIONS])('says what %s did, in words', (action) => {
    expect(hasAuditSentence(action), `a sentence for ${action}`).toBe(true);
    expect(SAMPLES[action], `a sample of ${action}`).toBeDefined();
    for (const sample of SAMPLES[action] ?? []) {
      const sentence = auditSentence(inputOf(action, sample));
      expect(sentenceText(sentence)).toBe(sample.says);
      expect(sentenceText(sentence)).not.toContain(action);
    }
  });

  it('links the actor, the target and the people named, and keeps words plain', () => {
    const sentence = auditSentence(inputOf('team.member_added', SAMPLES['team.member_added']![0]!));
    expect(sentence).toEqual([
      { text: 'Priya Raman', href: `/people/${PRIYA.id}` },
      { text: ' added ' },
      { text: 'Sam Okafor', href: `/people/${SAM}` },
      { text: ' to the team ' },
      { text: 'Legal', href: '/somewhere' },
    ]);
  });

  it('writes dates with the formatter it is given', () => {
    const sample = SAMPLES['policy_version.published']![0]!;
    const text = sentenceText(auditSentence(inputOf('policy_version.published', sample), { formatDate: () => 'soon' }));
    expect(text).toBe('Priya Raman made Hate Speech v2.1 live, effective soon');
  });

  it('falls back to the action name for an unknown action or a payload that does not read', () => {
    const odd = { ...inputOf('team.created', SAMPLES['team.created']![0]!), after: null };
    expect(sentenceText(auditSentence(odd))).toBe('Priya Raman · team.created · Legal');
    const unknown = { ...odd, action: 'team.exploded' as AuditAction };
    expect(sentenceText(auditSentence(unknown))).toBe('Priya Raman · team.exploded · Legal');
  });
});

describe('auditReferences and auditTargetRef', () => {
  it('names the people and records a payload refers to', () => {
    const reviewers = SAMPLES['policy_review.requested']![0]!.payload;
    expect(auditReferences({ action: 'policy_review.requested', before: null, after: reviewers.after })).toEqual([
      { kind: 'user', id: SAM },
      { kind: 'user', id: LEE },
    ]);
    expect(auditReferences({ action: 'comment.deleted', before: comment, after: null })).toEqual([
      { kind: 'policy', id: POLICY },
    ]);
    expect(auditReferences({ action: 'policy_area.updated', before: area, after: area })).toEqual([]);
    expect(auditReferences({ action: 'team.member_added', before: null, after: 'garbage' })).toEqual([]);
  });

  it('names targets of the kinds it can look up, and no others', () => {
    expect(auditTargetRef({ entityType: 'policy_version', entityId: TARGET })).toEqual({
      kind: 'policy_version',
      id: TARGET,
    });
    expect(auditTargetRef({ entityType: 'session', entityId: TARGET })).toBeNull();
  });
});

describe('formatDay', () => {
  it('writes a date or a timestamp as the web app does in English', () => {
    expect(formatDay('2027-01-15')).toBe('Jan 15, 2027');
    expect(formatDay('2026-12-01T23:30:00.000Z')).toBe('Dec 1, 2026');
    expect(formatDay('soon')).toBe('soon');
  });
});
