import { MetricRowInputSchema } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { surelyValid } from './metric-row-check.js';

const base = {
  date: '2026-03-01',
  policy: 'hate-speech',
  market: 'DE',
  surface: 'LIVE',
  detection: 'automated',
  actioned: 10,
  user_reports: 1,
  views: 100,
  violating_views: 1,
  qa_sampled: 2,
  qa_correct: 1,
  appeals: 1,
  appeals_overturned: 0,
  proactive: 3,
  median_hours_to_action: 1.5,
  p90_hours_to_action: null,
};

const variants: Record<string, unknown>[] = [
  base,
  { ...base, median_hours_to_action: undefined, p90_hours_to_action: undefined },
  { ...base, date: '2024-02-29' },
  { ...base, date: '2026-02-29' },
  { ...base, date: '2026-13-01' },
  { ...base, date: '2026-3-01' },
  { ...base, date: 20260301 },
  { ...base, policy: '  hate-speech  ' },
  { ...base, policy: '   ' },
  { ...base, market: 'D' },
  { ...base, surface: 'x'.repeat(81) },
  { ...base, detection: 'Automated' },
  { ...base, actioned: -1 },
  { ...base, actioned: 1.5 },
  { ...base, views: 2 ** 60 },
  { ...base, views: '100' },
  { ...base, median_hours_to_action: -0.5 },
  { ...base, median_hours_to_action: Number.POSITIVE_INFINITY },
  { ...base, colour: 'red' },
];

describe('surelyValid', () => {
  it.each(variants.map((v, i) => [i, v] as const))(
    'accepts variant %i only when the schema does, and as it parses it',
    (_i, row) => {
      const fast = surelyValid(row, false);
      const schema = MetricRowInputSchema.safeParse(row);
      if (fast) expect(schema.data).toEqual(fast);
      else expect(schema.success && row === base).toBe(false);
      if (row === base) expect(fast).not.toBeNull();
    },
  );
});
