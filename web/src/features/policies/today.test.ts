import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from './policy-labels';

describe('todayIso', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zone;
  });

  it('is the UTC date the server derives version states from, not the viewer’s local one', () => {
    process.env.TZ = 'America/Los_Angeles';
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-02T03:30:00Z')); // 19:30 on Dec 1 in Los Angeles
    expect(todayIso()).toBe('2026-12-02');
  });
});
