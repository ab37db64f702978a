import { describe, expect, it } from 'vitest';
import {
  changeArrow,
  changeTone,
  describeChange,
  formatChange,
  formatFigure,
  formatFigureWithDenominator,
  formatRelativeChange,
  formatValue,
} from './metric-format';

const rate = { value: 12.4, lower: 11.93, upper: 12.87, numerator: 2257, denominator: 18204 };

describe('figure formatting', () => {
  it('shows a rate with its 95% interval and its denominator', () => {
    expect(formatFigure('overturn_rate', rate)).toBe('12.4% (11.9–12.9)');
    expect(formatFigureWithDenominator('overturn_rate', rate)).toBe('12.4% (11.9–12.9), n = 18,204');
  });

  it('shows prevalence per 10k views with two decimals below 10', () => {
    const figure = { value: 3.214, lower: 2.9, upper: 3.55, numerator: 321, denominator: 1_000_000 };
    expect(formatFigureWithDenominator('prevalence', figure)).toBe('3.21 per 10k (2.90–3.55), n = 1,000,000');
    expect(formatValue('prevalence', 12.34)).toBe('12.3 per 10k');
  });

  it('shows times in hours with no interval and volumes as counts', () => {
    const time = { value: 5.26, lower: null, upper: null, numerator: null, denominator: 900 };
    expect(formatFigureWithDenominator('median_hours_to_action', time)).toBe('5.3 h, n = 900');
    const volume = { value: 18204, lower: null, upper: null, numerator: null, denominator: null };
    expect(formatFigureWithDenominator('actioned', volume)).toBe('18,204');
  });

  it('shows a dash and no denominator when there is no data', () => {
    const empty = { value: null, lower: null, upper: null, numerator: 0, denominator: 0 };
    expect(formatFigureWithDenominator('accuracy', empty)).toBe('—');
  });
});

describe('change formatting', () => {
  it('gives rate changes in points, others in their unit, with a real minus sign', () => {
    expect(formatChange('overturn_rate', 0.84)).toBe('+0.8 pts');
    expect(formatChange('median_hours_to_action', -1.23)).toBe('−1.2 h');
    expect(formatChange('prevalence', 0.351)).toBe('+0.35 per 10k');
    expect(formatChange('actioned', 1204)).toBe('+1,204');
    expect(formatChange('accuracy', 0.01)).toBe('±0.0 pts');
    expect(formatChange('accuracy', null)).toBe('—');
    expect(formatRelativeChange(0.0712)).toBe('+7.1%');
    expect(formatRelativeChange(-1.5)).toBe('−150%');
  });

  it('calls a change good or bad news by the figure’s direction', () => {
    expect(changeTone('accuracy', 1)).toBe('good');
    expect(changeTone('accuracy', -1)).toBe('bad');
    expect(changeTone('overturn_rate', 1)).toBe('bad');
    expect(changeTone('median_hours_to_action', -2)).toBe('good');
    expect(changeTone('actioned', 500)).toBe('neutral');
    expect(changeTone('overturn_rate', 0)).toBe('neutral');
    expect(changeTone('overturn_rate', null)).toBe('neutral');
  });

  it('says the change in words with an arrow for its direction', () => {
    expect(changeArrow(2)).toBe('↑');
    expect(changeArrow(-2)).toBe('↓');
    expect(changeArrow(null)).toBe('→');
    expect(describeChange('overturn_rate', -1.2)).toBe('Overturn rate fell 1.2 points: better');
    expect(describeChange('p90_hours_to_action', 3)).toBe('p90 time to action rose 3.0 h: worse');
    expect(describeChange('views', 10)).toBe('Views rose 10');
    expect(describeChange('views', null)).toBe('Views: no comparison');
  });
});
