import { describe, expect, it } from 'vitest';
import { LAUNCH_DATE, toMetricInput, typicalLaunch } from './correctness-scenarios.js';
import { addDays } from './day-of-week.js';
import { analyseImpact, IMPACT_METHOD_VERSION, type ImpactAnalysisInput } from './impact-analysis.js';
import { simulateRateSeries } from './simulate.js';

const FAST = { resamples: 500, seed: 11 };

function typicalInput(seed: number, shift: number): ImpactAnalysisInput {
  return { launchDate: LAUNCH_DATE, metrics: typicalLaunch(seed, shift).map((s) => toMetricInput(s)), options: FAST };
}

describe('analyseImpact', () => {
  it('gives every metric a method, an estimate with its interval, p, adjusted p and a sentence', () => {
    const result = analyseImpact(typicalInput(1, 0.1));
    expect(result.methodVersion).toBe(IMPACT_METHOD_VERSION);
    expect(result.windows.pre).toEqual({ start: '2026-02-02', end: '2026-03-01', days: 28 });
    expect(result.windows.post.start).toBe('2026-03-09');
    expect(result.metrics.map((m) => m.key)).toEqual([
      'accuracy',
      'appeal_rate',
      'overturn_rate',
      'prevalence',
      'proactive_rate',
      'median_tta',
    ]);
    for (const m of result.metrics) {
      expect(m.method).not.toBeNull();
      expect(m.lower!).toBeLessThan(m.estimate!);
      expect(m.upper!).toBeGreaterThan(m.estimate!);
      expect(m.adjustedPValue!).toBeGreaterThanOrEqual(m.pValue!);
      expect(m.observational).toBe(true);
      expect(m.interruptedTimeSeries?.observational).toBe(true);
      expect(m.sentence).toMatch(new RegExp(`^${m.label} (fell|rose|changed by)`));
    }
    const accuracy = result.metrics[0]!;
    expect(accuracy).toMatchObject({ unit: 'points', scale: 100, verdict: 'decrease', significant: true });
    expect(accuracy.before!).toBeGreaterThan(85);
    expect(result.metrics[3]).toMatchObject({ unit: 'per10k', scale: 10_000 });
    expect(result.metrics[5]).toMatchObject({ unit: 'hours', method: 'median_bootstrap' });
  });

  it('bootstraps days when they are overdispersed and uses the two-proportion test when not', () => {
    const sim = { start: '2026-02-02', days: 63, launchDate: LAUNCH_DATE, seed: 2 };
    const strip = (noise: number) =>
      simulateRateSeries({ kind: 'proportion', key: 'x', baseRate: 0.2, dailyVolume: 3000, dayNoise: noise }, sim).map(
        ({ date, numerator, denominator }) => ({ date, numerator, denominator }),
      );
    const result = analyseImpact({
      launchDate: LAUNCH_DATE,
      metrics: [
        { kind: 'proportion', key: 'binomial', label: 'Binomial', days: strip(0) },
        { kind: 'proportion', key: 'noisy', label: 'Noisy', days: strip(0.08) },
      ],
      options: FAST,
    });
    expect(result.metrics[0]).toMatchObject({ method: 'two_proportion', overdispersion: { overdispersed: false } });
    expect(result.metrics[1]).toMatchObject({ method: 'day_bootstrap', overdispersion: { overdispersed: true } });
  });

  it('is reproducible: the same input and seed give the same result, and the stored input re-runs', () => {
    const input = typicalInput(3, 0.05);
    const first = analyseImpact(input);
    expect(analyseImpact(input)).toEqual(first);
    expect(analyseImpact(first.input)).toEqual(first);
    expect(first.input.metrics[0]!.days).toHaveLength(56); // the ramp-up days are not needed
    const otherSeed = analyseImpact({ ...input, options: { ...FAST, seed: 12 } });
    expect(otherSeed.metrics[1]!.lower).not.toBe(first.metrics[1]!.lower);
  });

  it('uses difference-in-differences when a control is given, with the parallel-trends check beside it', () => {
    const treated = typicalLaunch(4, 0.1);
    const control = typicalLaunch(5, 0);
    const result = analyseImpact({
      launchDate: LAUNCH_DATE,
      metrics: [toMetricInput(treated[2]!, control[2]!)],
      options: { ...FAST, controlLabel: 'markets where v3 did not apply' },
    });
    const m = result.metrics[0]!;
    expect(m.method).toBe('difference_in_differences');
    expect(m.observational).toBe(false);
    expect(m.differenceInDifferences!.parallelTrends).toHaveProperty('pValue');
    expect(m.beforeAfter).not.toBeNull();
    expect(m.sentence).toContain('(difference-in-differences against markets where v3 did not apply)');
  });

  it("checks the control's data too", () => {
    const treated = toMetricInput(typicalLaunch(4, 0.1)[2]!, typicalLaunch(5, 0)[2]!);
    const gappy = { ...treated, control: treated.control!.filter((d) => d.date !== '2026-02-10') } as typeof treated;
    const m = analyseImpact({ launchDate: LAUNCH_DATE, metrics: [gappy], options: FAST }).metrics[0]!;
    expect(m.warnings).toEqual([
      expect.objectContaining({
        code: 'missing_days',
        dates: ['2026-02-10'],
        message: expect.stringMatching(/^Control: /),
      }),
    ]);
    expect(m.method).toBe('difference_in_differences');
  });

  it('can lead with the interrupted time series where there is no control', () => {
    const input = typicalInput(6, 0.1);
    const result = analyseImpact({ ...input, options: { ...FAST, withoutControl: 'interrupted_time_series' } });
    expect(result.metrics.every((m) => m.method === 'interrupted_time_series')).toBe(true);
    expect(result.metrics[0]!.sentence).toContain('(interrupted time series, observational)');
  });

  it('gives no verdict on too little data, and keeps it out of the correction', () => {
    const input = typicalInput(7, 0.1);
    const cut = addDays(LAUNCH_DATE, 14);
    const short = { ...input.metrics[0]!, key: 'short', days: input.metrics[0]!.days.filter((d) => d.date < cut) };
    const result = analyseImpact({ ...input, metrics: [short as (typeof input.metrics)[number], input.metrics[1]!] });
    expect(result.metrics[0]).toMatchObject({
      verdict: 'insufficient_data',
      method: null,
      estimate: null,
      significant: false,
    });
    expect(result.metrics[0]!.sentence).toMatch(/^Accuracy: no verdict\. Too little data/);
    expect(result.metrics[1]!.adjustedPValue).toBeCloseTo(result.metrics[1]!.pValue!, 12); // m = 1
  });

  it('warns about overlapping launches and pre-launch trends', () => {
    const sim = { start: '2026-02-02', days: 63, launchDate: LAUNCH_DATE, seed: 8 };
    const trending = simulateRateSeries(
      { kind: 'proportion', key: 't', baseRate: 0.2, dailyVolume: 5000, trendPerDay: 0.002, dayNoise: 0.02 },
      sim,
    );
    const result = analyseImpact({
      launchDate: LAUNCH_DATE,
      metrics: [{ kind: 'proportion', key: 't', label: 'Trending', days: trending }],
      options: { ...FAST, otherLaunchDates: ['2026-03-20'] },
    });
    expect(result.metrics[0]!.warnings.map((w) => w.code)).toEqual(['overlapping_launch', 'pre_launch_trend']);
  });

  it('refuses malformed input, naming the field', () => {
    const input = typicalInput(9, 0);
    const metric = input.metrics[0]!;
    const withDays = (days: unknown[]) => ({ ...input, metrics: [{ ...metric, days } as typeof metric] });
    expect(() => analyseImpact(withDays([{ date: '2026-02-30', numerator: 1, denominator: 2 }]))).toThrow(
      'accuracy.days.0.date: not an ISO date',
    );
    expect(() => analyseImpact(withDays([{ date: '2026-02-03', numerator: 3, denominator: 2 }]))).toThrow(
      /accuracy\.days\.0: Numerator 3 exceeds/,
    );
    const twice = { date: '2026-02-03', numerator: 1, denominator: 2 };
    expect(() => analyseImpact(withDays([twice, twice]))).toThrow('accuracy.days.1.date: 2026-02-03 appears twice');
    expect(() => analyseImpact({ ...input, options: { confidence: 2 } })).toThrow('options.confidence');
    expect(() => analyseImpact({ ...input, launchDate: 'soon' })).toThrow(RangeError);
  });
});
