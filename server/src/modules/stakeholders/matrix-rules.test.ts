import { describe, expect, it } from 'vitest';
import { matrixRuleErrors, quadrantOf } from './matrix-rules.js';

const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('quadrantOf', () => {
  it('places high influence and high interest as manage closely', () => {
    expect(quadrantOf(5, 5)).toBe('manage_closely');
    expect(quadrantOf(3, 3)).toBe('manage_closely');
  });
  it('places high influence and low interest as keep satisfied', () => {
    expect(quadrantOf(4, 2)).toBe('keep_satisfied');
  });
  it('places low influence and high interest as keep informed', () => {
    expect(quadrantOf(2, 4)).toBe('keep_informed');
  });
  it('places low influence and low interest as monitor', () => {
    expect(quadrantOf(1, 2)).toBe('monitor');
  });
  it('does not place a person with a missing score', () => {
    expect(quadrantOf(null, 4)).toBeNull();
    expect(quadrantOf(4, null)).toBeNull();
  });
});

describe('matrixRuleErrors', () => {
  it('accepts one Accountable and distinct people', () => {
    expect(
      matrixRuleErrors([
        { stakeholderId: id(1), role: 'A' },
        { stakeholderId: id(2), role: 'R' },
        { stakeholderId: id(3), role: 'C' },
      ]),
    ).toEqual([]);
  });
  it('names the row of a second Accountable', () => {
    const errors = matrixRuleErrors([
      { stakeholderId: id(1), role: 'A' },
      { stakeholderId: id(2), role: 'I' },
      { stakeholderId: id(3), role: 'A' },
    ]);
    expect(errors).toEqual([{ path: 'body.rows.2.role', message: expect.stringContaining('row 1') }]);
  });
  it('names the row that gives a person a second role', () => {
    const errors = matrixRuleErrors([
      { stakeholderId: id(1), role: 'R' },
      { stakeholderId: id(1), role: 'C' },
    ]);
    expect(errors.map((e) => e.path)).toEqual(['body.rows.1.stakeholderId']);
  });
});
