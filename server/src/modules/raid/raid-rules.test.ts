import { decisionOverdue, riskBand, riskScore } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { automaticStep, levelWithin, nextLevel, startingLevel, type EscalationState } from './raid-rules.js';

const path = [
  { stakeholderId: 'a', label: 'Working group chair' },
  { stakeholderId: 'b', label: 'Head of Policy' },
  { stakeholderId: 'c', label: 'VP Trust & Safety' },
];
const blocker: EscalationState = {
  kind: 'issue',
  isBlocker: true,
  status: 'open',
  path,
  currentLevel: 1,
  decisionNeededBy: '2026-12-01',
  escalatedFor: null,
};

describe('risk score bands', () => {
  it('multiplies probability by impact', () => {
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [12, 'high'],
    [15, 'critical'],
    [25, 'critical'],
  ] as const)('puts %i in the %s band', (score, band) => {
    expect(riskBand(score)).toBe(band);
  });
});

describe('overdue detection', () => {
  it('is overdue only from the day after the date', () => {
    expect(decisionOverdue('2026-12-01', '2026-12-01')).toBe(false);
    expect(decisionOverdue('2026-12-01', '2026-12-02')).toBe(true);
    expect(decisionOverdue(null, '2026-12-02')).toBe(false);
  });
});

describe('escalation levels', () => {
  it('starts at the first level of a path, at 0 without one', () => {
    expect(startingLevel(path)).toBe(1);
    expect(startingLevel([])).toBe(0);
  });
  it('steps up one level and refuses beyond the last', () => {
    expect(nextLevel(path, 1)).toBe(2);
    expect(nextLevel(path, 2)).toBe(3);
    expect(nextLevel(path, 3)).toBeNull();
    expect(nextLevel([], 0)).toBeNull();
  });
  it('keeps the current level within an edited path', () => {
    expect(levelWithin(path.slice(0, 2), 3)).toBe(2);
    expect(levelWithin(path, 0)).toBe(1);
    expect(levelWithin([], 2)).toBe(0);
  });
});

describe('the daily escalation step', () => {
  it('escalates an open blocker one level once its decision date has passed', () => {
    expect(automaticStep(blocker, '2026-12-01')).toBeNull();
    expect(automaticStep(blocker, '2026-12-02')).toEqual({ kind: 'escalate', to: 2 });
  });
  it('acts once per missed date, again when a new date passes', () => {
    const done = { ...blocker, currentLevel: 2, escalatedFor: '2026-12-01' };
    expect(automaticStep(done, '2026-12-05')).toBeNull();
    expect(automaticStep({ ...done, decisionNeededBy: '2026-12-08' }, '2026-12-09')).toEqual({
      kind: 'escalate',
      to: 3,
    });
  });
  it('marks a blocker at its last level as at the top instead of escalating', () => {
    expect(automaticStep({ ...blocker, currentLevel: 3 }, '2026-12-02')).toEqual({ kind: 'top' });
  });
  it('leaves issues that are not blockers, resolved ones and ones without a path alone', () => {
    expect(automaticStep({ ...blocker, isBlocker: false }, '2026-12-02')).toBeNull();
    expect(automaticStep({ ...blocker, status: 'resolved' }, '2026-12-02')).toBeNull();
    expect(automaticStep({ ...blocker, path: [], currentLevel: 0 }, '2026-12-02')).toBeNull();
  });
});
