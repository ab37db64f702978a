export { OkrWorkspace } from './OkrWorkspace';
export type { OkrView } from './OkrWorkspace';
export { ObjectiveDetailView } from './ObjectiveDetailView';
export { ClosePeriodView } from './ClosePeriodView';
export { okrKeys } from './okr-queries';
export type { OkrSearch } from './okr-search';
