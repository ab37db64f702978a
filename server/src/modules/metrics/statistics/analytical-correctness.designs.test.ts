import { beforeAll, describe, expect, it } from 'vitest';
import { covers, share, trueMeanRate } from './analytical-correctness.helpers.js';
import { impactWindows } from './day-of-week.js';
import { analyseImpact, type MetricImpact } from './impact-analysis.js';
import { simulateRateSeries, type SimulatedRateDay, type SimulatedRateSpec } from './simulate.js';

/**
 * Issue 12 item 7, designs part: an overturn rate (1 000 appeals a day treated, 1 500 control, 15%,
 * 5% day noise) with a common trend of +0.08 points a day, +5 points over the 63 days: enough to
 * turn a planted 10% fall into an apparent rise for a naive before/after. RUNS simulations per case.
 */
const RUNS = 300;
const LAUNCH = '2026-03-02';
const windows = impactWindows(LAUNCH, { windowDays: 28, rampUpDays: 7 });
const TREND = 0.0008;
const base: Omit<SimulatedRateSpec, 'key' | 'dailyVolume'> = {
  kind: 'proportion',
  baseRate: 0.15,
  trendPerDay: TREND,
  dayNoise: 0.05,
};

const strip = (days: SimulatedRateDay[]) =>
  days.map(({ date, numerator, denominator }) => ({ date, numerator, denominator }));

interface Case {
  did: MetricImpact;
  naive: MetricImpact;
  its: MetricImpact;
  didTruth: number;
  itsTruth: number;
}

function simulate(seed: number, shift: number): Case {
  const sim = { start: windows.pre.start, days: 63, launchDate: LAUNCH, seed };
  const treated = simulateRateSeries({ ...base, key: 'treated', dailyVolume: 1000, shift }, sim);
  const control = simulateRateSeries({ ...base, key: 'control', dailyVolume: 1500 }, sim);
  const metric = { kind: 'proportion' as const, key: 'overturn_rate', label: 'Overturn rate', days: strip(treated) };
  const options = { seed, resamples: 200 };
  const run = (extra: object, withControl: boolean) =>
    analyseImpact({
      launchDate: LAUNCH,
      metrics: [withControl ? { ...metric, control: strip(control) } : metric],
      options: { ...options, ...extra },
    }).metrics[0]!;
  const t = { kind: 'proportion' as const, key: 't', days: treated };
  const c = { kind: 'proportion' as const, key: 'c', days: control };
  return {
    did: run({}, true),
    naive: run({}, false),
    its: run({ withoutControl: 'interrupted_time_series' }, false),
    didTruth:
      100 *
      (trueMeanRate(t, windows.post) -
        trueMeanRate(c, windows.post) -
        (trueMeanRate(t, windows.pre) - trueMeanRate(c, windows.pre))),
    // The step at the first post day (t₀ = 7): the shift times the trended rate there.
    itsTruth: 100 * shift * (base.baseRate + TREND * 7),
  };
}

describe('analytical correctness: difference-in-differences and interrupted time series', () => {
  let effect: Case[];
  let none: Case[];
  beforeAll(() => {
    effect = Array.from({ length: RUNS }, (_, i) => simulate(30_000 + i, -0.1));
    none = Array.from({ length: RUNS }, (_, i) => simulate(40_000 + i, 0));
  }, 120_000);

  it('recovers a planted effect that a common trend hides from a naive before/after', () => {
    const meanDid = effect.reduce((s, c) => s + c.did.estimate!, 0) / RUNS;
    const meanTruth = effect.reduce((s, c) => s + c.didTruth, 0) / RUNS;
    const meanNaive = effect.reduce((s, c) => s + c.naive.estimate!, 0) / RUNS;
    const didDetects = share(effect.filter((c) => c.did.significant && c.did.estimate! < 0).length, RUNS);
    const naiveWrongWay = share(effect.filter((c) => c.naive.estimate! > 0).length, RUNS);
    const naiveCovers = share(effect.filter((c) => covers(c.naive.lower, c.naive.upper, c.didTruth)).length, RUNS);
    console.info('[correctness] DiD under a common trend (points):', {
      plantedEffect: Math.round(meanTruth * 1000) / 1000,
      meanDidEstimate: Math.round(meanDid * 1000) / 1000,
      meanNaiveEstimate: Math.round(meanNaive * 1000) / 1000,
      didDetectsFall: didDetects,
      naivePointsTheWrongWay: naiveWrongWay,
      naiveIntervalCoversTruth: naiveCovers,
    });
    expect(Math.abs(meanDid - meanTruth)).toBeLessThan(0.05 * Math.abs(meanTruth));
    expect(naiveWrongWay).toBeGreaterThanOrEqual(0.95);
    expect(naiveCovers).toBeLessThanOrEqual(0.05);
    expect(didDetects).toBeGreaterThanOrEqual(0.8);
  });

  it('covers the truth with DiD and ITS intervals, and keeps false alarms at 5% or fewer', () => {
    const all = [...effect, ...none];
    const didCoverage = share(all.filter((c) => covers(c.did.lower, c.did.upper, c.didTruth)).length, all.length);
    const itsCoverage = share(all.filter((c) => covers(c.its.lower, c.its.upper, c.itsTruth)).length, all.length);
    const didFalseAlarms = share(none.filter((c) => c.did.significant).length, RUNS);
    const itsFalseAlarms = share(none.filter((c) => c.its.significant).length, RUNS);
    const parallelFlagged = share(
      none.filter((c) => !c.did.differenceInDifferences!.parallelTrends.parallel).length,
      RUNS,
    );
    console.info('[correctness] designs:', {
      didCoverage,
      itsCoverage,
      didFalseAlarms,
      itsFalseAlarms,
      parallelFlagged,
    });
    expect(didCoverage).toBeGreaterThanOrEqual(0.93);
    expect(itsCoverage).toBeGreaterThanOrEqual(0.93);
    expect(didFalseAlarms).toBeLessThanOrEqual(0.05);
    expect(itsFalseAlarms).toBeLessThanOrEqual(0.05);
    // Parallel trends are true here: the check should cry wolf about 5% of the time, not more.
    expect(parallelFlagged).toBeLessThanOrEqual(0.08);
  });

  it('sees the naive before/after fooled and says the metric was trending', () => {
    const warned = share(
      effect.filter((c) => c.naive.warnings.some((w) => w.code === 'pre_launch_trend')).length,
      RUNS,
    );
    console.info('[correctness] naive before/after warned of a pre-launch trend:', warned);
    expect(warned).toBeGreaterThanOrEqual(0.5);
  });
});
