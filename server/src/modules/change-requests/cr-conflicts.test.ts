import { describe, expect, it } from 'vitest';
import { findConflicts, marketsOverlap, type ConflictCr, type ConflictSubject } from './cr-conflicts.js';

const subject: ConflictSubject = {
  id: 'me',
  effectiveDate: '2027-03-10',
  policyId: 'hate',
  draftVersionId: 'my-draft',
  surfaceIds: ['feed'],
  marketIds: ['br'],
};

const cr = (overrides: Partial<ConflictCr>): ConflictCr => ({
  id: 'other',
  number: 7,
  title: 'Clarify satire',
  stage: 'approval',
  effectiveDate: '2027-03-12',
  policyId: 'bullying',
  surfaceIds: [],
  marketIds: ['in'],
  ...overrides,
});

describe('findConflicts', () => {
  it('finds another CR within the window on the same policy, surface or market', () => {
    const found = findConflicts(subject, 14, [cr({ policyId: 'hate' })], [], []);
    expect(found).toEqual([
      expect.objectContaining({
        key: 'change_request:other:2027-03-12',
        kind: 'change_request',
        title: 'CR-7 Clarify satire',
        reasons: ['same_policy'],
        detail: 'Takes effect on 2027-03-12, 2 days after; touches the same policy',
      }),
    ]);
    expect(findConflicts(subject, 14, [cr({ surfaceIds: ['feed'] })], [], [])[0]!.reasons).toEqual(['shared_surface']);
    expect(findConflicts(subject, 14, [cr({ marketIds: [] })], [], [])[0]!.reasons).toEqual(['shared_market']);
  });

  it('ignores a CR outside the window, or touching nothing shared', () => {
    expect(findConflicts(subject, 14, [cr({ policyId: 'hate', effectiveDate: '2027-03-25' })], [], [])).toEqual([]);
    expect(findConflicts(subject, 14, [cr({ policyId: 'hate', effectiveDate: '2027-03-24' })], [], [])).toHaveLength(1);
    expect(findConflicts(subject, 14, [cr({})], [], [])).toEqual([]);
    expect(findConflicts(subject, 0, [cr({ policyId: 'hate' })], [], [])).toEqual([]);
  });

  it('lists library versions of the same policy near the date, not its own draft', () => {
    const version = {
      id: 'v3',
      policyId: 'hate',
      policySlug: 'hate-speech',
      policyTitle: 'Hate speech',
      label: '3.2',
      state: 'scheduled',
      effectiveDate: '2027-03-01',
    };
    const found = findConflicts(subject, 14, [], [version, { ...version, id: 'my-draft' }], []);
    expect(found).toEqual([
      expect.objectContaining({
        key: 'policy_version:v3:2027-03-01',
        title: 'Hate speech 3.2',
        href: '/policies/hate-speech',
      }),
    ]);
    expect(found[0]!.detail).toBe(
      'Version 3.2 of the same policy (scheduled) takes effect on 2027-03-01, 9 days before',
    );
  });

  it('lists freeze windows covering the date in a shared market (empty: every market)', () => {
    const freeze = { name: 'Election', startsOn: '2027-03-01', endsOn: '2027-03-10', marketIds: ['br'], reason: '' };
    expect(findConflicts(subject, 14, [], [], [freeze])[0]).toMatchObject({
      key: 'freeze_window:Election:2027-03-01:2027-03-10',
      endsOn: '2027-03-10',
    });
    expect(findConflicts(subject, 14, [], [], [{ ...freeze, marketIds: ['in'] }])).toEqual([]);
    expect(findConflicts(subject, 14, [], [], [{ ...freeze, marketIds: [] }])).toHaveLength(1);
    expect(findConflicts(subject, 14, [], [], [{ ...freeze, endsOn: '2027-03-09' }])).toEqual([]);
  });

  it('changes the key when the other date moves, so it must be acknowledged again', () => {
    const a = findConflicts(subject, 14, [cr({ policyId: 'hate' })], [], [])[0]!.key;
    const b = findConflicts(subject, 14, [cr({ policyId: 'hate', effectiveDate: '2027-03-13' })], [], [])[0]!.key;
    expect(a).not.toBe(b);
  });

  it('treats an empty market list as every market', () => {
    expect(marketsOverlap([], ['br'])).toBe(true);
    expect(marketsOverlap(['in'], ['br'])).toBe(false);
  });
});
