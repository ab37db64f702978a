import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';
import { AdjustableClock, addDays, daysBetween, isoDay } from './clock.js';

describe('clock', () => {
  it('counts calendar days in UTC across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-12-01', '2027-01-15')).toBe(45);
    expect(isoDay(new Date('2026-12-01T23:59:59.999Z'))).toBe('2026-12-01');
  });

  it('moves a test clock to a date and back to the machine', () => {
    const clock = new AdjustableClock();
    const machine = isoDay(new Date());
    clock.setToday('2030-06-15');
    expect(clock.today()).toBe('2030-06-15');
    expect(clock.offset).toBe(daysBetween(machine, '2030-06-15'));
    clock.setToday(null);
    expect([clock.today(), clock.offset]).toEqual([machine, 0]);
  });

  it('allows TEST_CLOCK only outside production', () => {
    const base = { SESSION_SECRET: 'x'.repeat(40), AUDIT_KEY: 'k'.repeat(40) };
    expect(loadConfig(base).testClock).toBe(false);
    expect(loadConfig({ ...base, TEST_CLOCK: '1', NODE_ENV: 'test' }).testClock).toBe(true);
    expect(() => loadConfig({ ...base, TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, TEST_CLOCK: 'yes' })).toThrow(/TEST_CLOCK/);
  });
});
