export { StakeholderDirectory } from './StakeholderDirectory';
export { StakeholderProfile } from './StakeholderProfile';
export { StakeholderMatrixSection } from './StakeholderMatrixSection';
export { validateStakeholderSearch } from './stakeholder-search';
export type { StakeholderFilters } from './stakeholder-search';
