import { describe, expect, it } from 'vitest';
import { resolveEnd, resolveStart, spanOf } from './initiative-dates.js';

describe('resolveStart / resolveEnd', () => {
  it('reads a quarter as its first day for a start and its last day for an end', () => {
    // July fiscal year: FY2027 Q2 is October-December 2026.
    expect(resolveStart('FY2027-Q2', 7)).toBe('2026-10-01');
    expect(resolveEnd('FY2027-Q2', 7)).toBe('2026-12-31');
    expect(resolveStart('FY2027', 1)).toBe('2027-01-01');
    expect(resolveEnd('FY2027', 1)).toBe('2027-12-31');
  });

  it('passes exact dates through', () => {
    expect(resolveStart('2026-04-03', 1)).toBe('2026-04-03');
    expect(resolveEnd('2026-04-03', 7)).toBe('2026-04-03');
  });
});

describe('spanOf', () => {
  it('labels quarter-aligned spans by quarter', () => {
    expect(spanOf('2026-10-01', '2027-03-31', 7)).toEqual({
      startQuarter: 'FY2027-Q2',
      endQuarter: 'FY2027-Q3',
      label: 'FY27 Q2 – FY27 Q3',
    });
    expect(spanOf('2026-10-01', '2026-12-31', 7).label).toBe('FY27 Q2');
  });

  it('labels other spans by their dates, even when one end lines up with a quarter', () => {
    expect(spanOf('2026-10-02', '2026-12-31', 7)).toEqual({
      startQuarter: null,
      endQuarter: 'FY2027-Q2',
      label: '2026-10-02 – 2026-12-31',
    });
    expect(spanOf('2030-01-01', '2030-01-01', 1).label).toBe('2030-01-01');
    expect(spanOf('2026-04-03', '2026-08-01', 1).label).toBe('2026-04-03 – 2026-08-01');
  });
});
