/**
 * The sentence a public changelog entry carries when nobody wrote one: when a version went on the
 * changelog by itself (the workspace publishes automatically), came from an archive without a public
 * summary, or was published before public summaries existed (migration 0014). It names the policy
 * and the date only, so nothing internal (the change summary, file names) can reach the public.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2027-01-15" as "15 January 2027" (the calendar date as written, no time zone involved). */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** "Updated Hate Speech policy, effective 15 January 2027". Throws nothing. */
export function generatedPublicSummary(policyTitle: string, effectiveDate: string | null): string {
  const title = policyTitle.trim();
  const subject = /\bpolicy$/i.test(title) ? title : `${title} policy`;
  return effectiveDate ? `Updated ${subject}, effective ${longDate(effectiveDate)}` : `Updated ${subject}`;
}
