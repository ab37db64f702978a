// Loaded by the router, hence in the entry chunk: no imports of values from the contracts.

/** The baselines page's state in the URL: which year, and what it is compared with. */
export interface BaselinesSearch {
  year?: string;
  baseline?: string;
  date?: string;
}

const YEAR = /^FY\d{4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const matching = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

/** Keeps only well-formed values; a baseline wins over a date when both are given. */
export function validateBaselinesSearch(search: Record<string, unknown>): BaselinesSearch {
  const out: BaselinesSearch = {};
  const year = matching(search.year, YEAR);
  const baseline = matching(search.baseline, ID);
  const date = matching(search.date, DAY);
  if (year) out.year = year;
  if (baseline) out.baseline = baseline;
  else if (date) out.date = date;
  return out;
}
