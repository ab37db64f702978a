import type { MetricComparison } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { changeStrength, heatCellView } from './heat-map';

const figure = (value: number | null) => ({ value, lower: null, upper: null, numerator: null, denominator: 100 });
const comparison = (previous: number | null, current: number | null): MetricComparison => ({
  previous: figure(previous),
  current: figure(current),
  change: previous === null || current === null ? null : current - previous,
  relativeChange: previous === null || current === null || previous === 0 ? null : (current - previous) / previous,
});

describe('heat map cells', () => {
  it('colours a fall in the overturn rate as good news and a rise as bad, with arrow and value in text', () => {
    const fell = heatCellView('overturn_rate', comparison(10, 8));
    expect(fell).toMatchObject({ tone: 'good', strength: 3, text: '↓ −2.0 pts', value: '8.0%' });
    expect(fell.background).toBe('var(--mantine-color-teal-3)');
    expect(fell.description).toBe('Overturn rate fell 2.0 points: better; 10.0% before the launch, 8.0% since');
    const rose = heatCellView('overturn_rate', comparison(10, 10.5));
    expect(rose).toMatchObject({ tone: 'bad', strength: 2, text: '↑ +0.5 pts' });
    expect(rose.background).toBe('var(--mantine-color-red-2)');
  });

  it('colours a rise in accuracy as good news', () => {
    expect(heatCellView('accuracy', comparison(90, 95)).tone).toBe('good');
    expect(heatCellView('accuracy', comparison(95, 90)).tone).toBe('bad');
  });

  it('leaves changes under 2% of the previous value, volumes and missing comparisons uncoloured', () => {
    const tiny = heatCellView('overturn_rate', comparison(10, 10.1));
    expect(tiny).toMatchObject({ tone: 'neutral', background: 'transparent', text: '↑ +0.1 pts' });
    const rounded = heatCellView('overturn_rate', comparison(10, 10.01));
    expect(rounded).toMatchObject({ text: '→ ±0.0 pts' });
    expect(rounded.description).toMatch(/^Overturn rate unchanged;/);
    // 3% faster, but 0.04 h shows as ±0.0 h: no colour for a change the cell does not show.
    expect(heatCellView('median_hours_to_action', comparison(1.2, 1.16))).toMatchObject({
      tone: 'neutral',
      text: '→ ±0.0 h',
    });
    expect(heatCellView('actioned', comparison(100, 200)).tone).toBe('neutral');
    const none = heatCellView('accuracy', comparison(null, 90));
    expect(none).toMatchObject({ tone: 'neutral', text: '—', value: '90.0%' });
    expect(none.description).toBe('Accuracy: no comparison; 90.0% since the launch');
  });

  it('gives a change from zero a light colour (no relative size)', () => {
    expect(changeStrength(comparison(0, 2))).toBe(1);
    expect(heatCellView('overturn_rate', comparison(0, 2)).background).toBe('var(--mantine-color-red-1)');
  });
});
