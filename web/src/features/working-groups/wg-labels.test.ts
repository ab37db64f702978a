import { describe, expect, it } from 'vitest';
import { presetRule } from './wg-labels';

describe('cadence presets', () => {
  it('make RRULEs on the weekday of the first meeting', () => {
    expect(presetRule('weekly', '2026-12-01T15:00:00Z', '')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(presetRule('biweekly', '2026-12-03T14:00:00Z', '')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(presetRule('monthly', '2026-12-16T16:00:00Z', '')).toBe('FREQ=MONTHLY;BYDAY=3WE');
    expect(presetRule('custom', '2026-12-16T16:00:00Z', 'FREQ=DAILY')).toBe('FREQ=DAILY');
  });
});
