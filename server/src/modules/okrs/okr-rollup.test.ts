import { describe, expect, it } from 'vitest';
import { objectiveStatus, rollUp, type RollupNode } from './okr-rollup.js';

const node = (
  id: string,
  keyResults: Array<[percent: number, weight?: number, score?: number | null]>,
  options: Partial<Omit<RollupNode, 'id' | 'keyResults'>> = {},
): RollupNode => ({
  id,
  parentId: options.parentId ?? null,
  method: options.method ?? 'average',
  includeChildren: options.includeChildren ?? false,
  keyResults: keyResults.map(([percent, weight = 1, score = null]) => ({ percent, weight, score })),
});

describe('rollUp progress', () => {
  it('averages key results and says how: (50% + 100% + 20%) / 3 = 56.7%', () => {
    const result = rollUp([node('o', [[50], [100], [20]])], 'progress').get('o');
    expect(result).toEqual({ value: 56.7, formula: 'average of 3 key results: (50% + 100% + 20%) / 3 = 56.7%' });
  });

  it('weights key results by their weights: (2 × 50% + 1 × 100% + 1 × 20%) / 4 = 55%', () => {
    const result = rollUp([node('o', [[50, 2], [100], [20]], { method: 'weighted' })], 'progress').get('o');
    expect(result).toEqual({
      value: 55,
      formula: 'weighted by key-result weights: (2 × 50% + 1 × 100% + 1 × 20%) / (2 + 1 + 1) = 55.0%',
    });
  });

  it('leaves aligned objectives out unless the parent includes them', () => {
    const tree = [node('parent', [[40], [80]]), node('child', [[10], [30]], { parentId: 'parent' })];
    expect(rollUp(tree, 'progress').get('parent')).toEqual({
      value: 60,
      formula: 'average of 2 key results: (40% + 80%) / 2 = 60.0%',
    });
  });

  it('counts an included child as one more term, with its own rolled-up progress', () => {
    // child: (10 + 30) / 2 = 20; parent: (40 + 80 + 20) / 3 = 46.7
    const tree = [
      node('parent', [[40], [80]], { includeChildren: true }),
      node('child', [[10], [30]], { parentId: 'parent' }),
    ];
    const rolled = rollUp(tree, 'progress');
    expect(rolled.get('child')?.value).toBe(20);
    expect(rolled.get('parent')).toEqual({
      value: 46.7,
      formula: 'average of 2 key results and 1 aligned objective: (40% + 80% + 20%) / 3 = 46.7%',
    });
  });

  it('rolls up through three levels, each by its own method', () => {
    // leaf: weighted (3 × 100 + 1 × 0) / 4 = 75
    // middle (average, includes leaf): (0 + 75) / 2 = 37.5
    // top (weighted, includes middle with weight 1): (3 × 60 + 1 × 37.5) / (3 + 1) = 54.375 → 54.4
    const tree = [
      node('top', [[60, 3]], { method: 'weighted', includeChildren: true }),
      node('middle', [[0]], { parentId: 'top', includeChildren: true }),
      node(
        'leaf',
        [
          [100, 3],
          [0, 1],
        ],
        { parentId: 'middle', method: 'weighted' },
      ),
    ];
    const rolled = rollUp(tree, 'progress');
    expect(rolled.get('leaf')?.value).toBe(75);
    expect(rolled.get('middle')?.formula).toBe(
      'average of 1 key result and 1 aligned objective: (0% + 75%) / 2 = 37.5%',
    );
    expect(rolled.get('top')).toEqual({
      value: 54.4,
      formula: 'weighted by key-result weights, aligned objectives weigh 1: (3 × 60% + 1 × 37.5%) / (3 + 1) = 54.4%',
    });
  });

  it('rolls up an objective made only of aligned objectives', () => {
    const tree = [
      node('top', [], { includeChildren: true }),
      node('a', [[50]], { parentId: 'top' }),
      node('b', [[20]], { parentId: 'top' }),
    ];
    expect(rollUp(tree, 'progress').get('top')).toEqual({
      value: 35,
      formula: 'average of 2 aligned objectives: (50% + 20%) / 2 = 35.0%',
    });
  });

  it('has no progress without key results, and leaves such children out, saying so', () => {
    const tree = [node('top', [[40]], { includeChildren: true }), node('empty', [], { parentId: 'top' })];
    const rolled = rollUp(tree, 'progress');
    expect(rolled.get('empty')).toEqual({ value: null, formula: 'no key results yet' });
    expect(rolled.get('top')).toEqual({
      value: 40,
      formula: 'average of 1 key result: (40%) / 1 = 40.0%; 1 aligned objective without progress left out',
    });
  });

  it('survives a cycle in stored data (never written, but never looped on either)', () => {
    const tree = [
      node('a', [[20]], { parentId: 'b', includeChildren: true }),
      node('b', [[60]], { parentId: 'a', includeChildren: true }),
    ];
    const rolled = rollUp(tree, 'progress');
    expect(rolled.get('a')?.value).toBeTypeOf('number');
    expect(rolled.get('b')?.value).toBeTypeOf('number');
  });
});

describe('rollUp score', () => {
  it('averages the 0.0–1.0 scores given at quarter close', () => {
    const tree = [
      node('o', [
        [50, 1, 0.5],
        [100, 1, 1],
        [20, 1, 0.2],
      ]),
    ];
    expect(rollUp(tree, 'score').get('o')).toEqual({
      value: 0.57,
      formula: 'average of 3 key-result scores: (0.5 + 1.0 + 0.2) / 3 = 0.57',
    });
  });

  it('weights scores and includes scored children like progress', () => {
    // child: (0.3 + 0.9) / 2 = 0.6; parent: (2 × 0.7 + 1 × 0.6) / (2 + 1) = 0.6667 → 0.67
    const tree = [
      node('parent', [[70, 2, 0.7]], { method: 'weighted', includeChildren: true }),
      node(
        'child',
        [
          [30, 1, 0.3],
          [90, 1, 0.9],
        ],
        { parentId: 'parent' },
      ),
    ];
    expect(rollUp(tree, 'score').get('parent')).toEqual({
      value: 0.67,
      formula: 'weighted by key-result weights, aligned objectives weigh 1: (2 × 0.7 + 1 × 0.6) / (2 + 1) = 0.67',
    });
  });

  it('is not scored until every key result is', () => {
    const tree = [
      node('o', [
        [50, 1, 0.5],
        [100, 1, null],
      ]),
    ];
    expect(rollUp(tree, 'score').get('o')).toEqual({ value: null, formula: 'not scored yet' });
  });
});

describe('objectiveStatus', () => {
  it('is the weakest key result confidence', () => {
    expect(objectiveStatus(['on_track', 'at_risk', 'on_track'], null)).toEqual({
      value: 'at_risk',
      derived: 'at_risk',
      source: 'key_results',
      reason: null,
    });
    expect(objectiveStatus(['at_risk', 'off_track'], null).value).toBe('off_track');
  });
  it('ignores key results without a check-in, and is unknown with none', () => {
    expect(objectiveStatus([null, 'on_track'], null).value).toBe('on_track');
    expect(objectiveStatus([null, null], null)).toEqual({
      value: null,
      derived: null,
      source: 'key_results',
      reason: null,
    });
  });
  it("takes the owner's override, keeping what the key results say beside it", () => {
    expect(objectiveStatus(['off_track'], { status: 'on_track', reason: 'Vendor fix lands Monday' })).toEqual({
      value: 'on_track',
      derived: 'off_track',
      source: 'override',
      reason: 'Vendor fix lands Monday',
    });
  });
});
