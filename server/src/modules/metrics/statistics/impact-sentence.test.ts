import { describe, expect, it } from 'vitest';
import { impactSentence } from './impact-sentence.js';

const base = {
  label: 'Overturn rate',
  unit: 'points',
  method: 'two_proportion' as const,
  relativeChange: null,
  insufficientData: null,
};

describe('impactSentence', () => {
  it('reads like the issue: a fall with its interval as amounts of the fall', () => {
    const s = impactSentence({ ...base, estimate: -1.8, lower: -2.4, upper: -1.2, significant: true }, 0.95, null);
    expect(s).toBe('Overturn rate fell 1.8 points, 95% CI 1.2 to 2.4, significant after correction.');
  });

  it('says "changed by" with signed bounds when the interval holds zero', () => {
    const s = impactSentence(
      { ...base, estimate: 0.31, lower: -0.2, upper: 0.8, significant: false, relativeChange: 0.02 },
      0.95,
      null,
    );
    expect(s).toBe(
      'Accuracy changed by +0.3 points (+2.0%), 95% CI \u22120.2 to +0.8, not significant after correction.'.replace(
        'Accuracy',
        'Overturn rate',
      ),
    );
  });

  it('names the design and the unit', () => {
    const did = impactSentence(
      {
        ...base,
        method: 'difference_in_differences',
        unit: 'per10k',
        label: 'Prevalence',
        estimate: 0.52,
        lower: 0.21,
        upper: 0.83,
        significant: true,
      },
      0.95,
      'markets where v3 did not apply',
    );
    expect(did).toBe(
      'Prevalence rose 0.52 per 10k, 95% CI 0.21 to 0.83, significant after correction (difference-in-differences against markets where v3 did not apply).',
    );
    const its = impactSentence(
      {
        ...base,
        method: 'interrupted_time_series',
        unit: 'hours',
        label: 'Median time to action',
        estimate: -1.2,
        lower: -2,
        upper: -0.4,
        significant: false,
      },
      0.95,
      null,
    );
    expect(its).toBe(
      'Median time to action fell 1.2 hours, 95% CI 0.4 to 2.0, not significant after correction (interrupted time series, observational).',
    );
  });

  it('gives the reason instead of a verdict when data is short', () => {
    const s = impactSentence(
      {
        ...base,
        estimate: null,
        lower: null,
        upper: null,
        significant: false,
        insufficientData: 'Too little data: 3 days.',
      },
      0.95,
      null,
    );
    expect(s).toBe('Overturn rate: no verdict. Too little data: 3 days.');
  });
});
