import { describe, expect, it } from 'vitest';
import { chartRowsOf, designBadge, formatNumber, formatP, newsOf } from './impact-format';

describe('newsOf', () => {
  it('reads a fall as good news where lower is better, bad where higher is', () => {
    expect(newsOf({ key: 'overturn_rate', verdict: 'decrease' })).toEqual({ tone: 'good', label: 'Fell — good news' });
    expect(newsOf({ key: 'accuracy', verdict: 'decrease' })).toEqual({ tone: 'bad', label: 'Fell — bad news' });
    expect(newsOf({ key: 'proactive_rate', verdict: 'increase' }).tone).toBe('good');
    expect(newsOf({ key: 'median_hours_to_action', verdict: 'increase' }).tone).toBe('bad');
  });

  it('says so when there is no change or no verdict', () => {
    expect(newsOf({ key: 'accuracy', verdict: 'no_significant_change' }).label).toBe('No significant change');
    expect(newsOf({ key: 'accuracy', verdict: 'insufficient_data' }).tone).toBe('unknown');
  });
});

describe('designBadge', () => {
  it('names the control markets of a difference-in-differences', () => {
    const control = {
      rule: 'markets_not_in_force' as const,
      label: 'DE',
      markets: [{ id: 'x', code: 'DE' }],
      cells: [],
    };
    expect(designBadge({ design: 'difference_in_differences', control })).toBe('Difference-in-differences vs DE');
    expect(designBadge({ design: 'interrupted_time_series', control: null })).toBe(
      'Interrupted time series — observational',
    );
  });
});

describe('formatting', () => {
  it('uses a real minus sign and small p-values as a bound', () => {
    expect(formatNumber(-1.234, 1)).toBe('\u22121.2');
    expect(formatNumber(0.2, 1, true)).toBe('+0.2');
    expect(formatNumber(null)).toBe('–');
    expect(formatP(0.0004)).toBe('< 0.001');
    expect(formatP(0.0312)).toBe('0.031');
  });
});

describe('chartRowsOf', () => {
  it('places each day in the pre window, the ramp-up or the post window', () => {
    const rows = chartRowsOf(
      {
        key: 'overturn_rate',
        unit: 'percent',
        points: [
          { date: '2026-05-31', treated: 20.1, control: 19.9 },
          { date: '2026-06-03', treated: 18, control: null },
          { date: '2026-06-08', treated: 15, control: 20 },
        ],
      },
      {
        pre: { start: '2026-05-04', end: '2026-05-31', days: 28 },
        rampUp: { start: '2026-06-01', end: '2026-06-07', days: 7 },
        post: { start: '2026-06-08', end: '2026-07-05', days: 28 },
        windowDays: 28,
        rampUpDays: 7,
        requestedWindowDays: 28,
      },
    );
    expect(rows.map((r) => r.phase)).toEqual(['pre', 'ramp-up', 'post']);
    expect(rows[1]).toEqual({ date: '2026-06-03', phase: 'ramp-up', treated: 18, control: null });
  });
});
