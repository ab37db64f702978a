import { auditSentence, formatDay, sentenceText, type AuditEvent } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format';
import { sentenceOf } from './AuditTable';

const version = {
  id: '01900000-0000-7000-8000-000000000010',
  label: '2.1',
  state: 'live',
  effectiveDate: '2027-01-15',
  changeSummary: '',
  bodyLength: 10,
  version: 4,
};

const published: AuditEvent = {
  id: '01900000-0000-7000-8000-000000000001',
  seq: 7,
  occurredAt: '2026-12-01T10:00:00.000Z',
  actor: { id: '01900000-0000-7000-8000-000000000002', name: 'Priya Raman' },
  action: 'policy_version.published',
  entityType: 'policy_version',
  entityId: version.id,
  before: { ...version, state: 'approved', version: 3 },
  after: version,
  sentence: 'Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027',
  target: { label: 'Hate Speech v2.1', href: `/policies/hate-speech/versions/${version.id}` },
  references: {},
  requestId: null,
  hash: 'x',
};

describe('audit sentences in the web app', () => {
  it('writes dates as the rest of the app does, which is how the server writes them', () => {
    expect(formatDate('2027-01-15')).toBe(formatDay('2027-01-15'));
    expect(sentenceText(sentenceOf(published))).toBe(published.sentence);
    expect(sentenceText(auditSentence(published))).toBe(published.sentence);
  });

  it('links the actor and the version it names', () => {
    expect(sentenceOf(published).filter((part) => part.href)).toEqual([
      { text: 'Priya Raman', href: '/people/01900000-0000-7000-8000-000000000002' },
      { text: 'Hate Speech v2.1', href: `/policies/hate-speech/versions/${version.id}` },
    ]);
  });
});
