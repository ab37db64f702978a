import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, formatMoment, greeting, relativeDay, timeAgo } from './home-dates';

describe('relativeDay', () => {
  it('reads a date against the given today, not the machine clock', () => {
    expect(relativeDay('2026-05-12', '2026-05-12', 'en')).toBe('today');
    expect(relativeDay('2026-05-12', '2026-05-13', 'en')).toBe('tomorrow');
    expect(relativeDay('2026-05-12', '2026-06-02', 'en')).toBe('in 21 days');
  });

  it('counts whole calendar days across a month end and a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-05-12', '2026-05-10')).toBe(-2);
  });
});

describe('formatDay', () => {
  it('shows the calendar date with its weekday, and leaves a malformed one as it is', () => {
    expect(formatDay('2026-05-22', 'en-US')).toBe('Fri, May 22, 2026');
    expect(formatDay('soon', 'en-US')).toBe('soon');
  });
});

describe('greeting', () => {
  it('follows the hour', () => {
    expect(greeting(3)).toBe('Good evening');
    expect(greeting(9)).toBe('Good morning');
    expect(greeting(14)).toBe('Good afternoon');
    expect(greeting(20)).toBe('Good evening');
  });
});

describe('timeAgo', () => {
  const now = Date.parse('2026-05-12T12:00:00Z');
  const ago = (seconds: number) => timeAgo(new Date(now - seconds * 1000).toISOString(), now, 'en');

  it('picks the largest whole unit', () => {
    expect(ago(10)).toBe('just now');
    expect(ago(5 * 60)).toBe('5 minutes ago');
    expect(ago(3 * 3600)).toBe('3 hours ago');
    expect(ago(26 * 3600)).toBe('yesterday');
    expect(ago(3 * 86_400)).toBe('3 days ago');
    expect(ago(15 * 86_400)).toBe('2 weeks ago');
    expect(ago(400 * 86_400)).toBe('last year');
  });

  it('leaves something that is not a timestamp as it is', () => {
    expect(timeAgo('whenever', now, 'en')).toBe('whenever');
  });
});

describe('formatMoment', () => {
  it('writes the exact time', () => {
    expect(formatMoment('2026-05-12T14:05:00', 'en-US')).toBe('May 12, 2026, 2:05 PM');
  });
});
