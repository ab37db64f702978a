import type { MetricImpact } from './impact-types.js';

const MINUS = '\u2212';

function decimalsFor(width: number): number {
  if (!(width > 0) || !Number.isFinite(width)) return 1;
  return Math.max(0, Math.min(4, 1 - Math.floor(Math.log10(width))));
}

function format(value: number, decimals: number, signed = false): string {
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  if (value < 0) return `${MINUS}${text}`;
  return signed ? `+${text}` : text;
}

function unitWords(unit: string, amount: string): string {
  if (unit === 'points') return `${amount} point${amount === '1' ? '' : 's'}`;
  if (unit === 'per10k') return `${amount} per 10k`;
  return `${amount} ${unit}`;
}

function methodNote(impact: Pick<MetricImpact, 'method'>, controlLabel: string | null): string {
  switch (impact.method) {
    case 'difference_in_differences':
      return ` (difference-in-differences against ${controlLabel ?? 'the control'})`;
    case 'interrupted_time_series':
      return ' (interrupted time series, observational)';
    default:
      return '';
  }
}

/**
 * The result in plain words, e.g. "Overturn rate fell 1.8 points (−9.8%), 95% CI 1.2 to 2.4,
 * significant after correction." When the interval excludes zero the verb says which way and the
 * interval is given as amounts of that change; otherwise it says "changed by" with signed bounds.
 */
export function impactSentence(
  impact: Pick<
    MetricImpact,
    'label' | 'unit' | 'method' | 'estimate' | 'lower' | 'upper' | 'relativeChange' | 'significant' | 'insufficientData'
  >,
  confidence: number,
  controlLabel: string | null,
): string {
  const { label, estimate, lower, upper } = impact;
  if (impact.insufficientData || estimate === null || lower === null || upper === null) {
    return `${label}: no verdict. ${impact.insufficientData ?? 'The analysis could not be run.'}`;
  }
  const decimals = decimalsFor(upper - lower);
  const level = `${Math.round(confidence * 100)}% CI`;
  const relative =
    impact.relativeChange !== null && Number.isFinite(impact.relativeChange)
      ? ` (${format(impact.relativeChange * 100, Math.abs(impact.relativeChange) < 0.1 ? 1 : 0, true)}%)`
      : '';
  const significance = impact.significant ? 'significant after correction' : 'not significant after correction';
  let body: string;
  if (lower > 0 || upper < 0) {
    const fell = estimate < 0;
    const [a, b] = fell ? [-upper, -lower] : [lower, upper];
    const amount = unitWords(impact.unit, format(Math.abs(estimate), decimals));
    body = `${fell ? 'fell' : 'rose'} ${amount}${relative}, ${level} ${format(a, decimals)} to ${format(b, decimals)}`;
  } else {
    const amount = unitWords(impact.unit, format(estimate, decimals, true));
    body = `changed by ${amount}${relative}, ${level} ${format(lower, decimals, true)} to ${format(upper, decimals, true)}`;
  }
  return `${label} ${body}, ${significance}${methodNote(impact, controlLabel)}.`;
}
