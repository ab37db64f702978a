export { RaidLog } from './RaidLog';
export { RaidItemView } from './RaidItemView';
export { RaidItemScreen } from './RaidItemScreen';
export { RaidSummary } from './RaidSummary';
export type { RaidSummaryProps } from './RaidSummary';
export { validateRaidSearch } from './raid-search';
export type { RaidSearch } from './raid-search';
export { useRaidItem } from './raid-queries';
