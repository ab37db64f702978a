import { describe, expect, it } from 'vitest';
import { deriveProgress, shownProgress } from './progress.js';

const none = { total: 0, done: 0 };

describe('deriveProgress', () => {
  it('is the share of milestones done', () => {
    const p = deriveProgress({ status: 'in_progress', milestones: { total: 3, done: 2 }, children: [] });
    expect(p.source).toBe('milestones');
    expect(p.value).toBeCloseTo(66.667, 2);
    expect(shownProgress(p.value, null)).toBe(67);
    expect(p.basis).toBe('2 of 3 milestones done');
  });

  it('is 100% once the initiative is done, whatever its milestones say', () => {
    expect(deriveProgress({ status: 'done', milestones: { total: 4, done: 1 }, children: [] })).toMatchObject({
      value: 100,
      source: 'status',
      basis: 'Marked done',
    });
  });

  it('averages child initiatives weighted by effort when every child has an estimate', () => {
    const p = deriveProgress({
      status: 'in_progress',
      milestones: { total: 2, done: 2 },
      children: [
        { status: 'in_progress', progress: 50, effortWeeks: 2 },
        { status: 'done', progress: 100, effortWeeks: 6 },
      ],
    });
    // (50 x 2 + 100 x 6) / 8 = 87.5: the children win over the parent's own milestones.
    expect(p).toMatchObject({ value: 87.5, source: 'children' });
    expect(shownProgress(p.value, null)).toBe(88);
    expect(p.basis).toBe('2 child initiatives, weighted by effort (1 done)');
  });

  it('averages plainly when a child has no estimate, and leaves cancelled children out', () => {
    expect(
      deriveProgress({
        status: 'planned',
        milestones: none,
        children: [
          { status: 'in_progress', progress: 50, effortWeeks: 2 },
          { status: 'planned', progress: 100, effortWeeks: null },
          { status: 'cancelled', progress: 0, effortWeeks: 10 },
        ],
      }),
    ).toMatchObject({ value: 75, source: 'children', basis: 'Average of 2 child initiatives (0 done)' });
    expect(
      deriveProgress({
        status: 'planned',
        milestones: none,
        children: [
          { status: 'planned', progress: 40, effortWeeks: 0 },
          { status: 'planned', progress: 80, effortWeeks: 4 },
        ],
      }).value,
    ).toBe(60);
  });

  it('falls back to milestones when every child is cancelled, and to nothing without either', () => {
    expect(
      deriveProgress({
        status: 'in_progress',
        milestones: { total: 2, done: 1 },
        children: [{ status: 'cancelled', progress: 10, effortWeeks: 1 }],
      }),
    ).toMatchObject({ value: 50, source: 'milestones' });
    expect(deriveProgress({ status: 'proposed', milestones: none, children: [] })).toMatchObject({
      value: 0,
      source: 'none',
      basis: 'No milestones yet',
    });
  });
});

describe('shownProgress', () => {
  it('shows the override instead of the derived figure', () => {
    expect(shownProgress(33.3, 80)).toBe(80);
    expect(shownProgress(99.6, null)).toBe(100);
  });
});
