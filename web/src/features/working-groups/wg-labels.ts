import type { WorkingGroupStatus } from '@policyops/contracts';

export const STATUS_COLORS: Record<WorkingGroupStatus, string> = {
  forming: 'blue',
  active: 'teal',
  paused: 'yellow',
  closed: 'gray',
};

/** "Tue, Dec 1, 2026, 15:00 UTC": meetings are shown in UTC, the time the cadence is stored in. */
export function formatMeetingTime(iso: string): string {
  const date = new Date(iso);
  return `${date.toLocaleString('en-US', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  })} UTC`;
}

export interface CadencePreset {
  value: string;
  label: string;
  /** The RRULE for a start on this weekday (two letters, e.g. TU). */
  rule: (weekday: string, monthWeek: number) => string;
}

export const CADENCE_PRESETS: CadencePreset[] = [
  { value: 'weekly', label: 'Weekly', rule: (d) => `FREQ=WEEKLY;BYDAY=${d}` },
  { value: 'biweekly', label: 'Every other week', rule: (d) => `FREQ=WEEKLY;INTERVAL=2;BYDAY=${d}` },
  { value: 'monthly', label: 'Monthly (same weekday)', rule: (d, n) => `FREQ=MONTHLY;BYDAY=${n}${d}` },
  { value: 'custom', label: 'Custom rule', rule: () => '' },
];

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The RRULE a preset makes for a first meeting at `startsAt` (UTC). */
export function presetRule(preset: string, startsAt: string, custom: string): string {
  if (preset === 'custom') return custom;
  const date = new Date(startsAt);
  const found = CADENCE_PRESETS.find((p) => p.value === preset) ?? CADENCE_PRESETS[0]!;
  const monthWeek = Math.min(4, Math.floor((date.getUTCDate() - 1) / 7) + 1);
  return found.rule(WEEKDAYS[date.getUTCDay()]!, monthWeek);
}
