import { METRIC_DEFINITIONS, type MetricFigure, type MetricKey } from '@policyops/contracts';

// How every figure reads on the dashboards: in its unit, a rate never without its 95% interval and
// its denominator, a change with its sign, an arrow and (for rates) in points, never as a bare colour.

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function decimals(metric: MetricKey, value: number): number {
  const { unit } = METRIC_DEFINITIONS[metric];
  if (unit === 'count') return 0;
  if (unit === 'per10k') return Math.abs(value) < 10 ? 2 : 1;
  return 1;
}

function fixed(metric: MetricKey, value: number): string {
  const digits = decimals(metric, value);
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** The unit after a value: "%", " per 10k", " h" or nothing for a volume. */
export function unitSuffix(metric: MetricKey): string {
  switch (METRIC_DEFINITIONS[metric].unit) {
    case 'percent':
      return '%';
    case 'per10k':
      return ' per 10k';
    case 'hours':
      return ' h';
    case 'count':
      return '';
  }
}

/** The unit a chart axis or CSV column names: "%", "per 10k views", "hours", "items". */
export function unitName(metric: MetricKey): string {
  switch (METRIC_DEFINITIONS[metric].unit) {
    case 'percent':
      return '%';
    case 'per10k':
      return 'per 10k views';
    case 'hours':
      return 'hours';
    case 'count':
      return 'count';
  }
}

/** "12.4%", "3.21 per 10k", "5.3 h", "18,204"; "—" with no data. */
export function formatValue(metric: MetricKey, value: number | null): string {
  if (value === null) return '—';
  return `${fixed(metric, value)}${unitSuffix(metric)}`;
}

/** The bare number of a value, for axis ticks: "12.4", "18,204". */
export function formatNumber(metric: MetricKey, value: number): string {
  return fixed(metric, value);
}

/** "12.4% (11.9–12.9)" for a rate with its interval; the value alone for times and volumes. */
export function formatFigure(metric: MetricKey, figure: MetricFigure): string {
  const value = formatValue(metric, figure.value);
  if (figure.value === null || figure.lower === null || figure.upper === null) return value;
  return `${value} (${fixed(metric, figure.lower)}–${fixed(metric, figure.upper)})`;
}

/** "n = 18,204": what the figure rests on; null for volumes (their value is the count). */
export function formatDenominator(figure: MetricFigure): string | null {
  return figure.denominator === null ? null : `n = ${count.format(figure.denominator)}`;
}

/** "12.4% (11.9–12.9), n = 18,204": the whole figure in one line, as tables and exports show it. */
export function formatFigureWithDenominator(metric: MetricKey, figure: MetricFigure): string {
  const denominator = formatDenominator(figure);
  return denominator && figure.value !== null
    ? `${formatFigure(metric, figure)}, ${denominator}`
    : formatFigure(metric, figure);
}

const SIGN = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±');

/** "+0.8 pts", "−1.2 h", "+0.35 per 10k", "+1,204"; "—" when there is nothing to compare. */
export function formatChange(metric: MetricKey, change: number | null): string {
  if (change === null) return '—';
  const { unit } = METRIC_DEFINITIONS[metric];
  const magnitude = fixed(metric, Math.abs(change));
  const suffix = unit === 'percent' ? ' pts' : unitSuffix(metric);
  return `${SIGN(Number(magnitude.replace(/,/g, '')) === 0 ? 0 : change)}${magnitude}${suffix}`;
}

/** "+7.1%" of the previous value. */
export function formatRelativeChange(relative: number | null): string | null {
  if (relative === null) return null;
  const percent = Math.abs(relative * 100);
  const text = percent >= 100 ? percent.toFixed(0) : percent.toFixed(1);
  return `${SIGN(Number(text) === 0 ? 0 : relative)}${text}%`;
}

export type ChangeTone = 'good' | 'bad' | 'neutral';

/** Whether a change is good news: by the figure's direction; volumes and no change are neither. */
export function changeTone(metric: MetricKey, change: number | null): ChangeTone {
  const { higherIsBetter } = METRIC_DEFINITIONS[metric];
  if (change === null || change === 0 || higherIsBetter === null) return 'neutral';
  return change > 0 === higherIsBetter ? 'good' : 'bad';
}

/** The change as shown: 0 when it rounds to nothing in its unit, so that "±0.0 pts" never gets an arrow. */
export function shownChange(metric: MetricKey, change: number | null): number | null {
  if (change === null) return null;
  return Number(fixed(metric, Math.abs(change)).replace(/,/g, '')) === 0 ? 0 : change;
}

/** The arrow shown beside a change so that its direction never rests on colour. */
export function changeArrow(change: number | null): string {
  if (change === null || change === 0) return '→';
  return change > 0 ? '↑' : '↓';
}

/** "Overturn rate fell 1.2 points: better" — the sentence screen readers and tooltips give. */
export function describeChange(metric: MetricKey, change: number | null): string {
  const { label, unit } = METRIC_DEFINITIONS[metric];
  if (change === null) return `${label}: no comparison`;
  if (shownChange(metric, change) === 0) return `${label} unchanged`;
  const magnitude = formatChange(metric, Math.abs(change)).slice(1);
  const amount = unit === 'percent' ? magnitude.replace(' pts', ' points') : magnitude;
  const tone = changeTone(metric, change);
  const verdict = tone === 'good' ? ': better' : tone === 'bad' ? ': worse' : '';
  return `${label} ${change > 0 ? 'rose' : 'fell'} ${amount.trim()}${verdict}`;
}
