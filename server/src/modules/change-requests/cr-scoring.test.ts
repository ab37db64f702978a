import { describe, expect, it } from 'vitest';
import type { CrScoringModel } from '@policyops/contracts';
import { DEFAULT_CR_SCORING_MODEL, crScore, rankQueue, scoringFormula, type QueueEntry } from './cr-scoring.js';

const model = (exponents: Partial<CrScoringModel['exponents']>): CrScoringModel => ({
  exponents: { ...DEFAULT_CR_SCORING_MODEL.exponents, ...exponents },
});

describe('crScore', () => {
  it('multiplies severity, reach and urgency and divides by effort: 4 × 3 × 5 ÷ 2 = 30', () => {
    expect(crScore({ severity: 4, reach: 3, urgency: 5, effort: 2 }, DEFAULT_CR_SCORING_MODEL)).toEqual({
      value: 30,
      formula: 'severity × reach × urgency ÷ effort',
      worked: '4 × 3 × 5 ÷ 2 = 30',
    });
  });

  it('rounds to two decimals: 5 × 5 × 5 ÷ 3 = 41.67', () => {
    const score = crScore({ severity: 5, reach: 5, urgency: 5, effort: 3 }, DEFAULT_CR_SCORING_MODEL);
    expect(score.value).toBe(41.67);
    expect(score.worked).toBe('5 × 5 × 5 ÷ 3 = 41.67');
  });

  it('gives the lowest inputs a fraction: 1 × 1 × 1 ÷ 5 = 0.2', () => {
    expect(crScore({ severity: 1, reach: 1, urgency: 1, effort: 5 }, DEFAULT_CR_SCORING_MODEL).value).toBe(0.2);
  });

  it('raises an input to its workspace power: 4² × 3 × 5 ÷ 2 = 120', () => {
    const score = crScore({ severity: 4, reach: 3, urgency: 5, effort: 2 }, model({ severity: 2 }));
    expect(score).toEqual({
      value: 120,
      formula: 'severity² × reach × urgency ÷ effort',
      worked: '4² × 3 × 5 ÷ 2 = 120',
    });
  });

  it('leaves out an input whose power is 0 and writes fractional powers: 4 × 5 ÷ 4^0.5 = 10', () => {
    const score = crScore({ severity: 4, reach: 3, urgency: 5, effort: 4 }, model({ reach: 0, effort: 0.5 }));
    expect(score).toEqual({ value: 10, formula: 'severity × urgency ÷ effort^0.5', worked: '4 × 5 ÷ 4^0.5 = 10' });
  });

  it('does not divide when effort is ignored: 4 × 3 × 5 = 60', () => {
    expect(crScore({ severity: 4, reach: 3, urgency: 5, effort: 2 }, model({ effort: 0 })).worked).toBe(
      '4 × 3 × 5 = 60',
    );
  });

  it('writes 1 over effort when every numerator input is ignored: 1 ÷ 2 = 0.5', () => {
    const score = crScore(
      { severity: 4, reach: 3, urgency: 5, effort: 2 },
      model({ severity: 0, reach: 0, urgency: 0 }),
    );
    expect(score).toEqual({ value: 0.5, formula: '1 ÷ effort', worked: '1 ÷ 2 = 0.5' });
  });

  it('has no value until the CR is scored, but still shows the formula', () => {
    expect(crScore(null, DEFAULT_CR_SCORING_MODEL)).toEqual({
      value: null,
      formula: scoringFormula(DEFAULT_CR_SCORING_MODEL),
      worked: 'not scored yet',
    });
  });
});

const entry = (id: string, score: number | null, pin: QueueEntry['pin'] = null): QueueEntry => ({ id, score, pin });
const ids = (entries: QueueEntry[]) => rankQueue(entries).ranked.map((e) => e.id);

describe('rankQueue', () => {
  it('orders by score, highest first, unscored last, equal scores in the order given', () => {
    const { ranked } = rankQueue([entry('a', 10), entry('b', 30), entry('c', null), entry('d', 30), entry('e', null)]);
    expect(ranked.map((e) => [e.id, e.rank, e.placement])).toEqual([
      ['b', 1, 'score'],
      ['d', 2, 'score'],
      ['a', 3, 'score'],
      ['c', 4, 'score'],
      ['e', 5, 'score'],
    ]);
  });

  it('keeps a pinned CR directly below its anchor, whatever its own score', () => {
    const pinned = entry('x', 50, { afterId: 'c', at: '2026-03-01T10:00:00Z' });
    expect(ids([entry('a', 30), entry('b', 20), entry('c', 10), pinned])).toEqual(['a', 'b', 'c', 'x']);
    expect(rankQueue([entry('a', 30), entry('b', 20), entry('c', 10), pinned]).ranked[3]!.placement).toBe('manual');
  });

  it('moves the pinned CR with its anchor when the anchor is rescored', () => {
    const pinned = entry('x', 1, { afterId: 'c', at: '2026-03-01T10:00:00Z' });
    expect(ids([entry('a', 30), entry('b', 20), entry('c', 40), pinned])).toEqual(['c', 'x', 'a', 'b']);
  });

  it('puts a CR pinned at the top first, the latest pin above older ones', () => {
    const older = entry('p', 1, { afterId: null, at: '2026-03-01T10:00:00Z' });
    const newer = entry('q', 2, { afterId: null, at: '2026-03-02T10:00:00Z' });
    expect(ids([entry('a', 30), older, newer])).toEqual(['q', 'p', 'a']);
  });

  it('stacks pins below the same anchor newest first, and chains pins below pins', () => {
    const p1 = entry('p1', 5, { afterId: 'a', at: '2026-03-01T10:00:00Z' });
    const p2 = entry('p2', 5, { afterId: 'a', at: '2026-03-02T10:00:00Z' });
    const y = entry('y', 99, { afterId: 'p1', at: '2026-03-03T10:00:00Z' });
    expect(ids([entry('a', 30), entry('b', 20), p1, p2, y])).toEqual(['a', 'p2', 'p1', 'y', 'b']);
  });

  it('lapses a pin whose anchor left the queue: the CR goes back to its score and the service is told', () => {
    const orphan = entry('x', 25, { afterId: 'gone', at: '2026-03-01T10:00:00Z' });
    const result = rankQueue([entry('a', 30), entry('b', 20), orphan]);
    expect(result.ranked.map((e) => [e.id, e.placement])).toEqual([
      ['a', 'score'],
      ['x', 'score'],
      ['b', 'score'],
    ]);
    expect(result.lapsed).toEqual(['x']);
  });

  it('breaks a loop of pins by lapsing the older pin', () => {
    const a = entry('a', 10, { afterId: 'b', at: '2026-03-01T10:00:00Z' });
    const b = entry('b', 5, { afterId: 'a', at: '2026-03-02T10:00:00Z' });
    const result = rankQueue([a, b, entry('c', 20)]);
    expect(result.ranked.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(result.lapsed).toEqual(['a']);
    expect(rankQueue([b, a, entry('c', 20)]).lapsed).toEqual(['a']);
  });

  it('lapses a CR pinned below itself', () => {
    const result = rankQueue([entry('a', 10, { afterId: 'a', at: '2026-03-01T10:00:00Z' }), entry('b', 20)]);
    expect(result.ranked.map((e) => e.id)).toEqual(['b', 'a']);
    expect(result.lapsed).toEqual(['a']);
  });
});
