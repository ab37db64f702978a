export { CampaignView } from './CampaignView';
export { CampaignSummaryCard } from './CampaignSummaryCard';
export { AudienceDirectory } from './AudienceDirectory';
export { AcknowledgeView } from './AcknowledgeView';
export { adoptionKeys } from './adoption-queries';
