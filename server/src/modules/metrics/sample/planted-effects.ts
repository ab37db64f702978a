/**
 * The findings the sample workspace's impact analyses should make: relative shifts planted in the
 * generated metrics from the day a version took effect in each market (its own date there, else
 * its region's, else Global's), so a market where the version came later is a true control.
 *
 * | Policy                  | Version | Metric                 | Change | Markets                                  |
 * |-------------------------|---------|------------------------|--------|------------------------------------------|
 * | bullying-and-harassment | 2.0     | overturn_rate          | −22%   | all ten                                  |
 * | bullying-and-harassment | 2.0     | appeal_rate            | −12%   | all ten                                  |
 * | suicide-and-self-harm   | 1.2     | proactive_rate         | +15%   | all ten                                  |
 * | suicide-and-self-harm   | 1.2     | prevalence             | −18%   | all ten                                  |
 * | harmful-misinformation  | 2.0     | actioned               | +20%   | all ten; India 93 days later (control)   |
 * | harmful-misinformation  | 2.0     | median_hours_to_action | −15%   | all ten; India 93 days later (control)   |
 * | grooming-and-sextortion | 1.1     | proactive_rate         | +10%   | all ten                                  |
 * | hate-speech             | 2.0     | actioned               | +18%   | all but Germany (in force there in 21 d) |
 * | hate-speech             | 2.0     | prevalence             | −10%   | all but Germany (in force there in 21 d) |
 * | regulated-goods         | 2.0     | none (no-effect launch)| 0      | all ten                                  |
 *
 * Nothing is planted at violent-extremism 2.1 (12 days old, too recent to analyse) or at versions
 * older than the two years of data. Rates are relative to their own base (−22% of a 24% overturn
 * rate is about 18.7%); median_hours_to_action moves p90_hours_to_action with it.
 */

/** The figures an effect can move: the rates and times of the metric model, and the actioned volume. */
export type PlantedMetric =
  | 'actioned'
  | 'prevalence'
  | 'proactive_rate'
  | 'appeal_rate'
  | 'overturn_rate'
  | 'accuracy'
  | 'median_hours_to_action';

export interface PlantedEffect {
  policy: string;
  version: string;
  metric: PlantedMetric;
  /** Relative change from the launch on: −0.22 is a 22% fall. */
  change: number;
}

export const PLANTED_EFFECTS: readonly PlantedEffect[] = [
  { policy: 'bullying-and-harassment', version: '2.0', metric: 'overturn_rate', change: -0.22 },
  { policy: 'bullying-and-harassment', version: '2.0', metric: 'appeal_rate', change: -0.12 },
  { policy: 'suicide-and-self-harm', version: '1.2', metric: 'proactive_rate', change: 0.15 },
  { policy: 'suicide-and-self-harm', version: '1.2', metric: 'prevalence', change: -0.18 },
  { policy: 'harmful-misinformation', version: '2.0', metric: 'actioned', change: 0.2 },
  { policy: 'harmful-misinformation', version: '2.0', metric: 'median_hours_to_action', change: -0.15 },
  { policy: 'grooming-and-sextortion', version: '1.1', metric: 'proactive_rate', change: 0.1 },
  { policy: 'hate-speech', version: '2.0', metric: 'actioned', change: 0.18 },
  { policy: 'hate-speech', version: '2.0', metric: 'prevalence', change: -0.1 },
];

/** The launch inside the data that changed nothing: what a null finding looks like. */
export const NO_EFFECT_LAUNCH = { policy: 'regulated-goods', version: '2.0' } as const;
