// Sections of the change-request settings page (/admin/change-requests). Each loads and saves its own
// part of the settings with the version it read, so another section can be mounted beside them.
export { ScoringModelSection } from './ScoringModelSection';
export { StageRulesSection } from './StageRulesSection';
export { SettingsSaveError } from './settings-save';
