import { describe, expect, it } from 'vitest';
import { readImportDate } from './import-dates.js';

describe('readImportDate', () => {
  it('reads Jira dates, with or without a time of day', () => {
    expect(readImportDate('11/May/24 03:26 PM')).toEqual({ ok: true, date: '2024-05-11' });
    expect(readImportDate('27/Sep/26 9:00 AM')).toEqual({ ok: true, date: '2026-09-27' });
    expect(readImportDate('1/Jul/2026')).toEqual({ ok: true, date: '2026-07-01' });
    expect(readImportDate('31/dec/26 17:30')).toEqual({ ok: true, date: '2026-12-31' });
  });

  it('reads ISO dates as Asana writes them, and ISO timestamps', () => {
    expect(readImportDate('2026-07-01')).toEqual({ ok: true, date: '2026-07-01' });
    expect(readImportDate(' 2026-07-01T09:00:00Z ')).toEqual({ ok: true, date: '2026-07-01' });
  });

  it('is null for an empty cell', () => {
    expect(readImportDate('')).toBeNull();
    expect(readImportDate('   ')).toBeNull();
  });

  it('refuses impossible and ambiguous dates with a reason', () => {
    expect(readImportDate('2026-13-01')).toEqual({ ok: false, message: 'Not a calendar date: 2026-13-01' });
    expect(readImportDate('31/Feb/26')).toEqual({ ok: false, message: 'Not a calendar date: 31/Feb/26' });
    expect(readImportDate('09/15/2026')).toEqual({
      ok: false,
      message: 'Not a date we can read: 09/15/2026 (use YYYY-MM-DD or the Jira form 15/Sep/26)',
    });
    expect(readImportDate('15/Sept/26')?.ok).toBe(false);
  });
});
