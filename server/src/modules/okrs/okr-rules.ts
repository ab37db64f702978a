import { CHECK_IN_DUE_AFTER_DAYS, parsePeriodKey, periodLabel } from '@policyops/contracts';
import { daysBetween } from '../../platform/clock.js';

/** "FY2027" for "FY2027-Q3" (and for "FY2027"). */
export function fiscalYearKeyOf(periodKey: string): string {
  const parsed = parsePeriodKey(periodKey);
  return parsed ? `FY${parsed.year}` : periodKey;
}

/**
 * Why an objective of `childKey` may not align to one of `parentKey`, or null when it may: the parent
 * is in the same period, or, for a quarter, in the fiscal year that encloses it. (A year never aligns
 * to a quarter: the parent is the longer-lived goal.)
 */
export function alignmentPeriodProblem(childKey: string, parentKey: string): string | null {
  if (childKey === parentKey) return null;
  const child = parsePeriodKey(childKey);
  const year = fiscalYearKeyOf(childKey);
  if (child?.quarter && parentKey === year) return null;
  const allowed = child?.quarter ? `${periodLabel(childKey)} or ${periodLabel(year)}` : periodLabel(childKey);
  return `A ${periodLabel(childKey)} objective aligns to one in ${allowed}, not ${periodLabel(parentKey)}`;
}

/**
 * The loop that aligning `objectiveId` under `newParentId` would close, as ids from the objective
 * round to itself (["a", "c", "b", "a"]: a under c, c under b, b under a), or null when there is none.
 */
export function alignmentCycle(
  objectiveId: string,
  newParentId: string,
  parentOf: (id: string) => string | null,
): string[] | null {
  const chain = [objectiveId];
  const seen = new Set<string>();
  for (let id: string | null = newParentId; id !== null; id = parentOf(id)) {
    chain.push(id);
    if (id === objectiveId) return chain;
    if (seen.has(id)) return null; // an older loop above: not this edit's doing
    seen.add(id);
  }
  return null;
}

/** Whole days from `date` to `today` (YYYY-MM-DD both). */
export function daysSince(date: string, today: string): number {
  return daysBetween(date, today);
}

/**
 * Whether a key result shows "check-in due": its period is open and has started, and the latest of
 * its last check-in, its creation and the period's start is at least CHECK_IN_DUE_AFTER_DAYS (7)
 * days before today. So a weekly check-in keeps it clear, and a new key result or a new quarter gets
 * a week before the first one is due. Closed periods are never due.
 */
export function checkInDue(input: {
  periodOpen: boolean;
  periodStart: string;
  createdOn: string;
  lastCheckIn: string | null;
  today: string;
}): boolean {
  if (!input.periodOpen || input.today < input.periodStart) return false;
  const since = [input.lastCheckIn, input.createdOn, input.periodStart]
    .filter((d): d is string => d !== null)
    .reduce((latest, d) => (d > latest ? d : latest));
  return daysSince(since, input.today) >= CHECK_IN_DUE_AFTER_DAYS;
}
