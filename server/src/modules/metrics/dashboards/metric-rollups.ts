/**
 * The rollup refresh the writers of metric_daily call inside their transaction (ingest, the sample
 * generator): the entry point other modules import, the queries themselves live in the repository.
 */
export { refreshRollups, ROLLUP_GRAINS, rollupSpan, type RollupGrain } from './metric-rollups.repository.js';
