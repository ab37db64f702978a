import { fiscalQuarterLabel, fiscalQuarterOf, parsePeriodKey, periodKey, periodSpan } from '@policyops/contracts';

/**
 * Initiative spans: a start or end given as a fiscal period is stored as a date (the period's first
 * day for a start, its last for an end), and a span that lines up with quarters reads as quarters.
 * Changing the fiscal-year start month therefore moves no initiative: it only changes the labels.
 */
export function resolveStart(value: string, startMonth: number): string {
  return periodSpan(value, startMonth)?.start ?? value;
}

export function resolveEnd(value: string, startMonth: number): string {
  return periodSpan(value, startMonth)?.end ?? value;
}

export interface SpanLabels {
  startQuarter: string | null;
  endQuarter: string | null;
  label: string;
}

/**
 * The quarter a span starts with (when it starts on a quarter's first day) and ends with (when it ends on
 * one's last), and its label: by quarters when both ends line up, else by dates.
 */
export function spanOf(start: string, end: string, startMonth: number): SpanLabels {
  const startQ = fiscalQuarterOf(start, startMonth);
  const endQ = fiscalQuarterOf(end, startMonth);
  const startQuarter = startQ.start === start ? periodKey(startQ) : null;
  const endQuarter = endQ.end === end ? periodKey(endQ) : null;
  // Quarters only when both ends line up: "FY27 Q1 – 2027-01-15" would read as two different things.
  const aligned = startQuarter !== null && endQuarter !== null;
  const startText = aligned ? fiscalQuarterLabel(startQ) : start;
  const endText = aligned ? fiscalQuarterLabel(endQ) : end;
  return { startQuarter, endQuarter, label: startText === endText ? startText : `${startText} – ${endText}` };
}

/** Whether a text is a period key (FY2027, FY2027-Q2) rather than a date. */
export function isPeriodKey(value: string): boolean {
  return parsePeriodKey(value) !== null;
}
