import type { Confidence, KeyResult } from '@policyops/contracts';
import { CONFIDENCE_LABELS } from '@policyops/contracts';

// How OKR values read on screen. The rules (progress, roll-up, due) are the server's: these only word
// what it resolved.

// "light" badges use shade 9 text on shade 1 (the theme darkens green and yellow): AA contrast.
export const CONFIDENCE_COLORS: Record<Confidence, string> = { on_track: 'green', at_risk: 'yellow', off_track: 'red' };

export function confidenceLabel(confidence: Confidence | null): string {
  return confidence ? CONFIDENCE_LABELS[confidence] : 'No check-in yet';
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 4 }).format(value);
}

/** "10%", "24 h", "1,200". */
export function formatMeasure(value: number, unit: string): string {
  if (!unit) return formatNumber(value);
  return /^[%‰]/.test(unit) ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

/** What the key result aims at, its type included: "Decrease 12% → 8%", "Stay at or above 90%", "Milestone". */
export function targetText(kr: Pick<KeyResult, 'type' | 'baseline' | 'target' | 'unit'>): string {
  switch (kr.type) {
    case 'increase_to':
    case 'decrease_to':
      return `${kr.type === 'increase_to' ? 'Increase' : 'Decrease'} ${formatMeasure(kr.baseline, kr.unit)} → ${formatMeasure(kr.target, kr.unit)}`;
    case 'stay_at_or_above':
      return `Stay at or above ${formatMeasure(kr.target, kr.unit)}`;
    case 'stay_at_or_below':
      return `Stay at or below ${formatMeasure(kr.target, kr.unit)}`;
    case 'milestone':
      return 'Milestone';
    case 'yes_no':
      return 'Yes / no';
  }
}

/** The current value in words: "10%", "Reached", "No", or "—" before any check-in. */
export function currentText(kr: Pick<KeyResult, 'type' | 'currentValue' | 'unit'>): string {
  if (kr.currentValue === null) return '—';
  if (kr.type === 'milestone') return kr.currentValue >= 1 ? 'Reached' : 'Not reached';
  if (kr.type === 'yes_no') return kr.currentValue >= 1 ? 'Yes' : 'No';
  return formatMeasure(kr.currentValue, kr.unit);
}

/** "today", "yesterday", "8 days ago", "never". */
export function ageText(days: number | null): string {
  if (days === null) return 'never';
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export function percentText(value: number | null): string {
  return value === null ? '—' : `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value)}%`;
}

/** A score 0.0–1.0 as OKR people write it: "0.7". */
export function scoreText(score: number | null): string {
  return score === null ? '—' : score.toFixed(2).replace(/0$/, '');
}
