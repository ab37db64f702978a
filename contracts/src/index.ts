export * from './common.contract.js';
export * from './errors.js';
export * from './permissions.js';
export * from './users.contract.js';
export * from './auth.contract.js';
export * from './invitations.contract.js';
export * from './teams.contract.js';
export * from './audit-actions.js';
export * from './audit.contract.js';
export * from './workspace.contract.js';
export * from './policies.contract.js';
export * from './search.contract.js';
export * from './changelog.contract.js';
export * from './library-archive.contract.js';
export * from './applicability.contract.js';
export * from './collaboration.contract.js';
export * from './policy-redline.contract.js';
export * from './clause-citation.js';
export * from './policy-reviews.contract.js';
export * from './policy-work.contract.js';
export * from './text.js';
export * from './planning-periods.js';
export * from './okr-vocabulary.js';
export * from './okrs.contract.js';
export * from './okr-periods.contract.js';
export * from './okr-activity.js';
export {
  formatDay,
  sentenceText,
  type NamedRecord,
  type Sentence,
  type SentenceOptions,
  type SentencePart,
} from './sentence.js';
export * from './audit-sentences.js';
export * from './activity-events.js';
export * from './activity-sentences.js';
export * from './workspace-settings.contract.js';
export * from './roadmap.contract.js';
export * from './roadmap-initiatives.contract.js';
export * from './roadmap-milestones.contract.js';
export * from './roadmap-health.contract.js';
export * from './roadmap-year.contract.js';
export * from './roadmap-year-wire.js';
export * from './roadmap-import.contract.js';
export * from './roadmap-capacity.contract.js';
export * from './roadmap-baselines.contract.js';
export * from './roadmap-key-results.contract.js';
export * from './roadmap-critical-path.contract.js';
export * from './policy-authorship.contract.js';
export * from './roadmap-activity.js';
export * from './calendar-days.js';
export * from './mail.contract.js';
export * from './jobs.contract.js';
export * from './change-requests.contract.js';
export * from './change-requests-api.contract.js';
export * from './change-requests-launch.contract.js';
export * from './change-requests-scoring.js';
export * from './change-requests-list-order.js';
export * from './saved-views.contract.js';
export * from './adoption.contract.js';
export * from './governance.contract.js';
export * from './stakeholders.contract.js';
export * from './working-groups.contract.js';
export * from './meetings.contract.js';
export * from './action-items.contract.js';
export * from './calendar.contract.js';
export * from './raid.contract.js';
export * from './decisions.contract.js';
export * from './metrics.contract.js';
export * from './metrics-audit.js';
export * from './metrics-dashboard.contract.js';
export * from './metrics-ingest.contract.js';
export * from './impact-analysis.contract.js';
