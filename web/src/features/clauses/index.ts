export { ClausesCard, AsOfClausesCard } from './ClausesCard';
export { ClauseDrawer } from './ClauseDrawer';
export { useVersionOutline, useClauseHistory, useClauseParam, clauseKeys } from './useClauses';
export type { ClauseSearch } from './clause-search';
