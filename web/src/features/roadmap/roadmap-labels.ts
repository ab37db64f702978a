import type { InitiativeHealth, InitiativeStatus } from '@policyops/contracts';
import { formatDate } from '../../lib/format';

// "light" badges use shade 9 text on shade 1 (the theme darkens green and yellow further): AA.
export const STATUS_COLORS: Record<InitiativeStatus, string> = {
  proposed: 'gray',
  planned: 'blue',
  in_progress: 'indigo',
  paused: 'yellow',
  done: 'green',
  cancelled: 'red',
};

export const HEALTH_COLORS: Record<InitiativeHealth, string> = {
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
};

export const PRIORITY_COLORS = { p0: 'red', p1: 'orange', p2: 'blue', p3: 'gray' } as const;

/** "Jan 8, 2027" for a YYYY-MM-DD day (read as a calendar day, not an instant in the viewer's zone). */
export function formatDay(date: string): string {
  return formatDate(`${date}T12:00:00`);
}

/** The form's two ways of giving a start or end. */
export type SpanMode = 'quarter' | 'date';

/** "FY27 Q2 – FY27 Q3" when both ends line up with quarters (the server's label), else "Jan 8, 2027 – Mar 3, 2027". */
export function spanText(i: {
  spanLabel: string;
  startQuarter: string | null;
  endQuarter: string | null;
  start: string;
  end: string;
}) {
  if (i.startQuarter && i.endQuarter) return i.spanLabel;
  return i.start === i.end ? formatDay(i.start) : `${formatDay(i.start)} – ${formatDay(i.end)}`;
}
