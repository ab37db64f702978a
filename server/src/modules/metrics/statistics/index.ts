/** The statistics core of metrics and impact analysis: pure functions, no database, no HTTP. */
export * from './impact-analysis.js';
export { wilsonInterval, ratePer10k, type RateWithInterval } from './wilson.js';
export { twoProportionTest, type TwoProportionResult } from './two-proportion.js';
export { dispersionCheck, dayLevelBootstrapDifference, type DailyCounts } from './overdispersion.js';
export { medianDifferenceBootstrap } from './bootstrap.js';
export { benjaminiHochberg } from './benjamini-hochberg.js';
export { impactWindows, weekdayEffects, type ImpactWindows } from './day-of-week.js';
export { differenceInDifferences } from './difference-in-differences.js';
export { interruptedTimeSeries } from './interrupted-time-series.js';
export { checkDataQuality, type DataWarning } from './data-quality.js';
export * from './simulate.js';
