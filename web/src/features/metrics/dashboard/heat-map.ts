import type { MetricComparison, MetricKey } from '@policyops/contracts';
import {
  changeArrow,
  changeTone,
  describeChange,
  formatChange,
  formatValue,
  shownChange,
  type ChangeTone,
} from './metric-format';

export interface HeatCellView {
  tone: ChangeTone;
  /** 0 (no change to speak of) to 3 (a large change): how strong the colour is. */
  strength: 0 | 1 | 2 | 3;
  /** "↑ +0.8 pts": the change with its arrow, so the direction never rests on colour. */
  text: string;
  /** The value since the launch: "12.4%". */
  value: string;
  /** The whole cell in a sentence, for screen readers and the tooltip. */
  description: string;
  background: string;
}

const TONE_COLOR: Record<ChangeTone, string> = { good: 'teal', bad: 'red', neutral: 'gray' };

/**
 * The colour strength of a change, by its size relative to the value before the launch: under 2% is
 * noise to the eye, 2–10% a change, over 10% a large one. Rates compare their points to the previous
 * rate the same way, so a 1-point rise on a 4% overturn rate counts as large.
 */
export function changeStrength(comparison: MetricComparison): HeatCellView['strength'] {
  const { relativeChange, change } = comparison;
  if (change === null || change === 0) return 0;
  if (relativeChange === null) return 1;
  const size = Math.abs(relativeChange);
  if (size < 0.02) return 0;
  if (size < 0.1) return 2;
  return 3;
}

/** Good or bad news, or neither: a change under 2% of the previous value is called neither. */
export function comparisonTone(metric: MetricKey, comparison: MetricComparison): ChangeTone {
  // A change that rounds to nothing in its unit ("±0.0 h") is shown as none, so it is not coloured either.
  if (changeStrength(comparison) === 0 || shownChange(metric, comparison.change) === 0) return 'neutral';
  return changeTone(metric, comparison.change);
}

export function heatCellView(metric: MetricKey, comparison: MetricComparison): HeatCellView {
  const strength = changeStrength(comparison);
  const tone = comparisonTone(metric, comparison);
  const shade = tone === 'neutral' ? 0 : strength === 3 ? 3 : strength === 2 ? 2 : 1;
  const value = formatValue(metric, comparison.current.value);
  const text =
    comparison.change === null
      ? '—'
      : `${changeArrow(shownChange(metric, comparison.change))} ${formatChange(metric, comparison.change)}`;
  const before = formatValue(metric, comparison.previous.value);
  const description =
    comparison.change === null
      ? `${describeChange(metric, null)}; ${value} since the launch`
      : `${describeChange(metric, comparison.change)}; ${before} before the launch, ${value} since`;
  return {
    tone,
    strength,
    text,
    value,
    description,
    background: tone === 'neutral' ? 'transparent' : `var(--mantine-color-${TONE_COLOR[tone]}-${shade})`,
  };
}
