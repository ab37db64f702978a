// The change-request feature's public face (features reach each other through this file).
export { ChangeRequestsWorkspace } from './list/ChangeRequestsWorkspace';
export type { ChangeRequestsWorkspaceProps } from './list/ChangeRequestsWorkspace';
export { ScoringModelSection, StageRulesSection, SettingsSaveError } from './settings';
export { crListKeys, useCrSettings } from './list/cr-list-queries';
export { validateCrSearch } from './cr-search';
export type { CrSearch, CrTab } from './cr-search';
