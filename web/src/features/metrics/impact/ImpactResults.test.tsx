// @vitest-environment jsdom
import type { ImpactMetricResult, ImpactReport } from '@policyops/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInApp, type Rendered } from '../../../test/render-in-app';
import { ImpactDesignSummary } from './ImpactDesignSummary';
import { ImpactResultsTable } from './ImpactResultsTable';

let view: Rendered | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

const overturns: ImpactMetricResult = {
  key: 'overturn_rate',
  label: 'Overturn rate',
  kind: 'proportion',
  unit: 'points',
  method: 'difference_in_differences',
  observational: false,
  verdict: 'decrease',
  before: 20,
  after: 15,
  estimate: -5,
  lower: -6,
  upper: -4,
  relativeChange: -0.25,
  pValue: 0.00001,
  adjustedPValue: 0.00007,
  significant: true,
  sentence: 'Overturn rate fell 5.0 points (−25%), 95% CI 4.0 to 6.0, significant after correction.',
  insufficientData: null,
  parallelTrends: { slopePerDay: 0.01, lower: -0.02, upper: 0.04, pValue: 0.4, parallel: true },
};

const accuracy: ImpactMetricResult = {
  ...overturns,
  key: 'accuracy',
  label: 'Accuracy',
  method: null,
  verdict: 'insufficient_data',
  before: null,
  after: null,
  estimate: null,
  lower: null,
  upper: null,
  pValue: null,
  adjustedPValue: null,
  significant: false,
  sentence: 'Accuracy: no verdict. Too little data.',
  insufficientData: 'Too little data: 3 days in the post window.',
  parallelTrends: null,
};

const rowText = () =>
  [...document.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
  );

describe('ImpactResultsTable', () => {
  it('gives each figure its definition, sentence, before → after, interval, p-values and a worded verdict', async () => {
    view = await renderInApp(<ImpactResultsTable metrics={[overturns, accuracy]} />);
    const [first, second] = rowText();
    expect(first![0]).toContain('Share of appeals that reversed the action');
    expect(first![0]).toContain('Overturn rate fell 5.0 points');
    expect(first!.slice(1)).toEqual([
      '20.00% → 15.00%',
      '\u22125.00 pts (\u22126.00 to \u22124.00)',
      '< 0.001',
      '< 0.001',
      'Fell — good news',
    ]);
    expect(second!.at(-1)).toBe('Insufficient dataToo little data: 3 days in the post window.');
    expect(second![2]).toBe('–');
  });
});

describe('ImpactDesignSummary', () => {
  const report = {
    policy: { id: 'p', slug: 'hate-speech', title: 'Hate speech' },
    version: { id: 'v', label: '2.0' },
    launchDate: '2026-06-01',
    design: 'interrupted_time_series',
    requestedDesign: 'auto',
    observational: true,
    designExplanation: 'No control was found.',
    treated: { markets: [{ id: 'm', code: 'FR' }], surface: null },
    control: null,
    windows: {
      pre: { start: '2026-05-04', end: '2026-05-31', days: 28 },
      rampUp: null,
      post: { start: '2026-06-01', end: '2026-06-28', days: 28 },
      windowDays: 28,
      rampUpDays: 0,
      requestedWindowDays: 28,
    },
    otherLaunchDates: [],
    warnings: [{ code: 'overlapping_launch', message: 'Another launch on 2026-06-10.', metrics: ['overturn_rate'] }],
    metrics: [{ ...overturns, method: 'interrupted_time_series', observational: true, parallelTrends: null }],
    series: [],
    methodVersion: 'policyops-impact/1',
    seed: 1,
    options: { windowDays: 28, rampUpDays: 0, design: 'auto' },
    abilities: { save: true },
  } satisfies ImpactReport;

  it('labels an analysis without a control observational and shows each warning naming its figures', async () => {
    view = await renderInApp(<ImpactDesignSummary report={report} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Interrupted time series — observational');
    expect(text).toContain('Not applicable: without a control');
    expect(text).toContain('Treat the verdicts as leads to check');
    const alerts = [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toContainEqual(expect.stringContaining('Another launch on 2026-06-10.Concerns: Overturn rate'));
  });
});
