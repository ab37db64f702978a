import { DETECTION_METHODS } from '@policyops/contracts';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { addDays, dayNumber, weekdayOf } from '../statistics/day-of-week.js';
import { binomialDeviate, deriveSeed, mulberry32, standardNormal, type Random } from '../statistics/random.js';
import type { PlantedMetric } from './planted-effects.js';
import {
  BASE_VIEWS,
  DETECTION,
  HOURS_WEEK,
  REVIEW_WEEK,
  SURFACE_SCALE,
  VIEWS_GROWTH,
  VIEWS_WEEK,
  profileOf,
} from './sample-metric-profiles.js';

/** The seed of the sample's metrics: the same seed and load day give the same rows. */
export const SAMPLE_METRICS_SEED = 20_261_201;

/** An effect as it applies in one market: from the first day its version was in force there. */
export interface MarketEffect {
  metric: PlantedMetric;
  change: number;
  from: string;
}

/** One policy in one market over a run of days: everything needed to generate its rows. */
export interface MarketSeriesSpec {
  seed: number;
  policy: { id: string; slug: string };
  market: { id: string; code: string; scale: number };
  /** The surfaces where the policy applies in this market. */
  surfaces: readonly { id: string; name: string }[];
  /** First day and number of days. */
  start: string;
  days: number;
  versionOn(day: string): string | null;
  effects: readonly MarketEffect[];
  updatedAt: string;
}

/** Day-to-day spread beyond counting noise (lognormal σ): shared by a market's surfaces, then per row. */
const DAY_VOLUME_NOISE = 0.07;
const DAY_RATE_NOISE = 0.03;
const ROW_NOISE = 0.05;

const lognormal = (random: Random, sigma: number) => Math.exp(sigma * standardNormal(random) - (sigma * sigma) / 2);

/** A count with mean `mean` and Poisson-sized spread (normal approximation; small means stay whole). */
function countAround(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(random)));
}

const hours = (value: number) => Math.round(value * 100) / 100;

/**
 * The daily rows of one policy in one market, every surface and detection method: weekly seasonality,
 * slow trends, a shared day effect (overdispersion) on top of counting noise, and the planted
 * effects from their day in this market. Deterministic in the spec's seed, policy and market codes.
 */
export function generateMarketSeries(spec: MarketSeriesSpec): MetricDailyTable[] {
  const random = mulberry32(deriveSeed(spec.seed, `${spec.policy.slug}|${spec.market.code}`));
  const profile = profileOf(spec.policy.slug);
  const rows: MetricDailyTable[] = [];
  for (const { day, weekday, years } of calendar(spec.start, spec.days)) {
    const effect = effectsOn(spec.effects, day);
    const versionId = spec.versionOn(day);
    const dayVolume = lognormal(random, DAY_VOLUME_NOISE);
    const dayRate = lognormal(random, DAY_RATE_NOISE);
    const dayHours = lognormal(random, 0.08);
    for (const surface of spec.surfaces) {
      const size = spec.market.scale * (SURFACE_SCALE[surface.name] ?? 0.05);
      const views = Math.round(BASE_VIEWS * size * VIEWS_WEEK[weekday]! * (1 + VIEWS_GROWTH * years) * dayVolume);
      const prevalence = profile.prevalence * dayRate * effect.prevalence;
      for (const detection of DETECTION_METHODS) {
        const method = DETECTION[detection];
        const share = detection === 'automated' ? profile.automatedShare : 1 - profile.automatedShare;
        const week = detection === 'automated' ? VIEWS_WEEK[weekday]! : REVIEW_WEEK[weekday]!;
        const expected =
          profile.actioned * size * share * week * (1 + profile.drift * years) * dayVolume * effect.actioned;
        const actioned = countAround(random, expected * lognormal(random, ROW_NOISE));
        // Views are not detected: each method's row carries half, so a day's sum is the surface's views.
        const rowViews = detection === 'automated' ? Math.ceil(views / 2) : Math.floor(views / 2);
        const appeals = binomialDeviate(
          random,
          actioned,
          Math.min(0.5, profile.appealRate * dayRate * effect.appeal_rate),
        );
        const qaSampled = binomialDeviate(random, actioned, method.qaRate);
        const median = method.medianHours * HOURS_WEEK[weekday]! * dayHours * effect.median_hours_to_action;
        const medianHours = hours(median * lognormal(random, 0.1));
        rows.push({
          policy_id: spec.policy.id,
          day,
          market_id: spec.market.id,
          surface_id: surface.id,
          detection,
          version_id: versionId,
          actioned,
          user_reports: countAround(random, actioned * (detection === 'human' ? 1.6 : 0.15)),
          views: rowViews,
          violating_views: binomialDeviate(random, rowViews, Math.min(0.5, prevalence)),
          qa_sampled: qaSampled,
          qa_correct: binomialDeviate(random, qaSampled, Math.min(0.999, method.accuracy * effect.accuracy)),
          appeals,
          appeals_overturned: binomialDeviate(
            random,
            appeals,
            Math.min(0.95, profile.overturnRate * dayRate * effect.overturn_rate),
          ),
          proactive: binomialDeviate(random, actioned, Math.min(0.98, method.proactive * effect.proactive_rate)),
          median_hours_to_action: actioned > 0 ? medianHours : null,
          p90_hours_to_action:
            actioned > 0 ? Math.max(medianHours, hours(medianHours * method.p90Ratio * lognormal(random, 0.05))) : null,
          import_id: null,
          updated_at: spec.updatedAt,
        });
      }
    }
  }
  return rows;
}

let lastCalendar: { key: string; days: { day: string; weekday: number; years: number }[] } | null = null;

/** The run's days with their weekday and years since the start, computed once for every series of a load. */
function calendar(start: string, count: number) {
  const key = `${start}|${count}`;
  if (lastCalendar?.key !== key) {
    const first = dayNumber(start);
    const days = Array.from({ length: count }, (_, i) => {
      const day = addDays(start, i);
      return { day, weekday: weekdayOf(day), years: (dayNumber(day) - first) / 365 };
    });
    lastCalendar = { key, days };
  }
  return lastCalendar.days;
}

/** The multiplier of each figure on a day: 1 + change for every effect in force by then. */
function effectsOn(effects: readonly MarketEffect[], day: string): Record<PlantedMetric, number> {
  const factors: Record<PlantedMetric, number> = {
    actioned: 1,
    prevalence: 1,
    proactive_rate: 1,
    appeal_rate: 1,
    overturn_rate: 1,
    accuracy: 1,
    median_hours_to_action: 1,
  };
  for (const effect of effects) if (effect.from <= day) factors[effect.metric] *= 1 + effect.change;
  return factors;
}
