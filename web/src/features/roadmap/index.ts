export { InitiativesView } from './InitiativesView';
export { InitiativeDetailView } from './InitiativeDetailView';
export { HealthBadge, InitiativeStatusBadge, UpdateDueBadge } from './RoadmapBadges';
export { usePlanningSettings, useInitiativeList, useInitiative } from './useRoadmap';
export { roadmapKeys } from './roadmap-queries';
export type { RoadmapSearch } from './roadmap-search';
