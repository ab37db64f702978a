import type { ChangelogEntry, VersionState } from '@policyops/contracts';

/** "2027-01-15" as "15 January 2027": one way of writing dates on the public page, as in its generated summaries. */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A timestamp's UTC calendar date, written like the others. */
export function longDay(timestamp: string): string {
  return longDate(timestamp.slice(0, 10));
}

/** What a reader outside the company is told about a version's state today (the server decides it). */
export const PUBLIC_STATE_LABELS: Partial<Record<VersionState, string>> = {
  live: 'In force',
  scheduled: 'Scheduled',
  superseded: 'No longer in force',
};

/**
 * "Takes effect 15 January 2027" or "Took effect …" (from the state the server gave), followed by
 * ", except in:" when some markets have dates of their own (listed after it).
 */
export function effectiveSentence(version: ChangelogEntry['version']): string {
  if (!version.effectiveDate) return 'Effective date not set';
  const verb = version.state === 'scheduled' ? 'Takes effect' : 'Took effect';
  const except = version.marketDates.length > 0 ? ', except in:' : '';
  return `${verb} ${longDate(version.effectiveDate)}${except}`;
}
