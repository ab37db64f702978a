import type { FieldError, KeyResultType } from '@policyops/contracts';

/** What the progress rules need of a key result. */
export interface ProgressSubject {
  type: KeyResultType;
  baseline: number;
  target: number;
  /** Shown after values: "%" sticks to the number, other units follow a space ("24 h"). */
  unit: string;
}

export interface Progress {
  /** 0–100, one decimal. */
  percent: number;
  /** The rule applied to these numbers, for the UI to show beside the bar. */
  explanation: string;
}

/** One decimal, without float noise (50.00000000000011 → 50). */
export function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A number as people write it: at most four decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/** "10%", "24 h", "7". */
export function formatValue(value: number, unit: string): string {
  if (!unit) return formatNumber(value);
  return /^[%‰]/.test(unit) ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The progress of a key result standing at `current` (the latest check-in's value; null before the
 * first one), always clamped to 0–100%:
 *
 * - increase_to / decrease_to: the share of the way from baseline to target,
 *   (current − baseline) / (target − baseline). A decrease from 12% to 8% standing at 10% is
 *   (10 − 12) / (8 − 12) = 50%. Overshooting the target counts as 100%, moving away from it as 0%;
 *   with no check-in the value is the baseline, so 0%.
 * - stay_at_or_above / stay_at_or_below: the target is a floor (ceiling) to hold. 100% while the
 *   value holds it, equality included; 0% as soon as it does not: no partial credit, because a
 *   threshold that is missed by a little is still missed. With no check-in the baseline is judged.
 * - milestone / yes_no: 0 (not reached / no) is 0%, 1 (reached / yes) is 100%.
 */
export function keyResultProgress(kr: ProgressSubject, current: number | null): Progress {
  const v = (n: number) => formatValue(n, kr.unit);
  switch (kr.type) {
    case 'increase_to':
    case 'decrease_to': {
      if (current === null) return { percent: 0, explanation: 'no check-in yet: at the baseline, 0%' };
      const raw = roundTenth(((current - kr.baseline) / (kr.target - kr.baseline)) * 100);
      const percent = clamp(raw);
      const arithmetic = `(${v(current)} − ${v(kr.baseline)}) / (${v(kr.target)} − ${v(kr.baseline)}) = ${formatNumber(raw)}%`;
      if (raw > 100) return { percent, explanation: `${arithmetic}, capped at 100%` };
      if (raw < 0) return { percent, explanation: `${arithmetic}, floored at 0%` };
      return { percent, explanation: arithmetic };
    }
    case 'stay_at_or_above':
    case 'stay_at_or_below': {
      const value = current ?? kr.baseline;
      const prefix = current === null ? `no check-in yet: baseline ` : '';
      const above = kr.type === 'stay_at_or_above';
      const holds = above ? value >= kr.target : value <= kr.target;
      const sign = above ? (holds ? '≥' : '<') : holds ? '≤' : '>';
      const verdict = holds ? 'holding' : above ? 'below the floor' : 'above the ceiling';
      return { percent: holds ? 100 : 0, explanation: `${prefix}${v(value)} ${sign} ${v(kr.target)}: ${verdict}` };
    }
    case 'milestone':
      return (current ?? 0) >= 1
        ? { percent: 100, explanation: 'reached' }
        : { percent: 0, explanation: 'not reached yet' };
    case 'yes_no':
      return (current ?? 0) >= 1 ? { percent: 100, explanation: 'yes' } : { percent: 0, explanation: 'no' };
  }
}

const BINARY_WORDS: Partial<Record<KeyResultType, string>> = {
  milestone: 'A milestone key result runs from 0 (not reached) to 1 (reached)',
  yes_no: 'A yes/no key result runs from 0 (no) to 1 (yes)',
};

/**
 * What is wrong with this baseline and target for the type, as the field error to send (null when
 * nothing): an increase or decrease needs a target on the right side of its baseline (equal would
 * divide by zero and mean nothing to do); milestones and yes/no run from 0 to 1. Stay-at types take
 * any threshold.
 */
export function keyResultTargetProblem(type: KeyResultType, baseline: number, target: number): FieldError | null {
  const binary = BINARY_WORDS[type];
  if (binary) {
    if (baseline !== 0) return { path: 'body.baseline', message: binary };
    if (target !== 1) return { path: 'body.target', message: binary };
    return null;
  }
  if (type !== 'increase_to' && type !== 'decrease_to') return null;
  const what = type === 'increase_to' ? 'increase' : 'decrease';
  if (target === baseline)
    return {
      path: 'body.target',
      message: `The target must differ from the baseline (${formatNumber(baseline)}): there would be nothing to ${what}`,
    };
  if (type === 'increase_to' && target < baseline)
    return {
      path: 'body.target',
      message: `An increase-to target must be above the baseline (${formatNumber(baseline)})`,
    };
  if (type === 'decrease_to' && target > baseline)
    return {
      path: 'body.target',
      message: `A decrease-to target must be below the baseline (${formatNumber(baseline)})`,
    };
  return null;
}

/** Values a binary key result (milestone, yes/no) may hold. */
export function isBinaryValueOk(type: KeyResultType, value: number): boolean {
  return !(type in BINARY_WORDS) || value === 0 || value === 1;
}
