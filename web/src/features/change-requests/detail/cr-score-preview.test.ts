import { describe, expect, it } from 'vitest';
import { previewScore } from './cr-score-preview';

describe('previewScore', () => {
  const inputs = { severity: 4, reach: 3, urgency: 5, effort: 2 };
  it('works the default model out as the server does', () => {
    expect(previewScore(inputs, { exponents: { severity: 1, reach: 1, urgency: 1, effort: 1 } })).toEqual({
      value: 30,
      formula: 'severity × reach × urgency ÷ effort',
      worked: '4 × 3 × 5 ÷ 2 = 30',
    });
  });
  it('shows powers, leaves out a power of 0, rounds to two decimals', () => {
    const score = previewScore(inputs, { exponents: { severity: 2, reach: 0, urgency: 1, effort: 1.5 } });
    expect(score.formula).toBe('severity² × urgency ÷ effort^1.5');
    expect(score.value).toBe(28.28);
    expect(score.worked).toBe('4² × 5 ÷ 2^1.5 = 28.28');
  });
  it('says when nothing is scored', () => {
    expect(previewScore(null, { exponents: { severity: 1, reach: 1, urgency: 1, effort: 1 } }).worked).toBe(
      'not scored yet',
    );
  });
});
