/** Kysely table types. Timestamps are ISO-8601 UTC text; JSON columns are text. */
import type {
  InitiativeAreasTable,
  InitiativeDependenciesTable,
  InitiativeMilestonesTable,
  InitiativePoliciesTable,
  InitiativesTable,
  InitiativeTeamsTable,
  InitiativeUpdatesTable,
  PlanningSettingsTable,
  RoadmapRevisionTable,
} from './roadmap-schema.js';
import type { InitiativeKeyResultsTable } from './initiative-key-results-schema.js';
import type { RoadmapBaselinesTable } from './roadmap-baselines-schema.js';
import type { KeyResultCheckInsTable, KeyResultsTable, ObjectivesTable, OkrPeriodsTable } from './okrs-schema.js';
import type { TeamCapacityQuartersTable, TeamCapacityTable } from './capacity-schema.js';
import type { JobsTable } from './jobs-schema.js';
import type {
  ChangeRequestEventsTable,
  ChangeRequestLinksTable,
  ChangeRequestSettingsTable,
  ChangeRequestSignOffsTable,
  ChangeRequestsTable,
} from './change-requests-schema.js';
import type {
  ChangeRequestConflictAcksTable,
  ChangeRequestLaunchesTable,
  ChangeRequestNoticesTable,
  ChangeRequestReviewsTable,
} from './change-requests-launch-schema.js';
import type { SavedViewsTable } from './saved-views-schema.js';
import type { ActionItemLinksTable, ActionItemRemindersTable, ActionItemsTable } from './action-items-schema.js';
import type { CalendarFeedsTable } from './calendar-schema.js';
import type { MetricRollupsTable } from './metrics-rollup-schema.js';
import type { MetricDailyTable } from './metrics-schema.js';
import type { MetricImportsTable } from './metrics-ingest-schema.js';
import type { ImpactAnalysesTable } from './impact-analyses-schema.js';
import type {
  DecisionEventsTable,
  DecisionLinksTable,
  DecisionPeopleTable,
  DecisionSupersessionsTable,
  DecisionsTable,
} from './decisions-schema.js';
import type { RaidEscalationsTable, RaidItemLinksTable, RaidItemsTable } from './raid-schema.js';
import type {
  MeetingAgendaItemsTable,
  MeetingAttendeesTable,
  MeetingOutcomesTable,
  MeetingsTable,
  WorkingGroupLinksTable,
  WorkingGroupMembersTable,
  WorkingGroupsTable,
} from './working-groups-schema.js';
import type { StakeholderMatricesTable, StakeholderMatrixRowsTable, StakeholdersTable } from './stakeholders-schema.js';
import type {
  AdoptionAudiencesTable,
  AdoptionCampaignAudiencesTable,
  AdoptionCampaignsTable,
  AdoptionLinksTable,
  AdoptionQuizAttemptsTable,
} from './adoption-schema.js';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  password_hash: string | null;
  failed_login_count: number;
  locked_until: string | null;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TeamsTable {
  id: string;
  name: string;
  function: string;
  description: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  joined_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
  ip: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InvitationsTable {
  id: string;
  email: string;
  name: string | null;
  role: string;
  team_ids: string;
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: string | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  seq: number;
  occurred_at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
  /** 'hmac-sha256' (keyed) or 'sha256' (written before keyed hashing). */
  hash_scheme: string;
}

export interface AuditChainHeadTable {
  id: number;
  seq: number;
  last_hash: string;
  /** How many leading events predate keyed hashing, once sealed. */
  legacy_seq: number | null;
  /** HMAC over legacy_seq and the hash of that event. */
  legacy_seal: string | null;
}

export interface WorkspaceMetaTable {
  key: string;
  value: string;
}

export interface PolicyAreasTable {
  id: string;
  name: string;
  parent_id: string | null;
  description: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PoliciesTable {
  id: string;
  slug: string;
  title: string;
  area_id: string;
  owning_team_id: string | null;
  status: string;
  tags: string;
  restricted: number;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PolicyPeopleTable {
  policy_id: string;
  user_id: string;
}

export interface PolicyVersionsTable {
  id: string;
  policy_id: string;
  label: string;
  state: string;
  effective_date: string | null;
  change_summary: string;
  body: string;
  author_id: string | null;
  approver_id: string | null;
  published_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Full-text documents (FTS5 on SQLite; on PostgreSQL also a generated tsvector `tsv`). */
export interface SearchDocumentsTable {
  entity_id: string;
  policy_id: string;
  title: string;
  body: string;
  /** `current` (searched by default: in force, taking effect later, or open) or `history` (migration 0012). */
  scope: string;
}

/** One row per tag of a policy, beside `policies.tags`, for exact tag filters in SQL (migration 0012). */
export interface PolicyTagsTable {
  policy_id: string;
  tag: string;
}

export interface ChangelogEntriesTable {
  id: string;
  policy_id: string;
  version_id: string;
  summary: string;
  /** What the public reads (migration 0014); the internal `summary` is kept for the record only. */
  public_summary: string;
  published_by: string | null;
  published_at: string;
}

/** The one row of workspace-wide settings (migration 0014). */
export interface WorkspaceSettingsTable {
  id: string;
  auto_publish_changelog: number;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export interface CommentsTable {
  id: string;
  entity_type: string;
  entity_id: string;
  author_id: string;
  body: string;
  /** JSON array of mentioned user ids. */
  mention_ids: string;
  version: number;
  created_at: string;
  updated_at: string;
  edited_at: string | null;
}

export interface WatchesTable {
  entity_type: string;
  entity_id: string;
  user_id: string;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  /** The record that caused it (a comment), removed with it. */
  source_id: string | null;
  summary: string;
  created_at: string;
  read_at: string | null;
}

/** Absent for a person who never chose: they get the inbox only. */
export interface NotificationPreferencesTable {
  user_id: string;
  /** NotificationEmailMode: off | each. */
  email: string;
  version: number;
  updated_at: string;
}

export interface ActivityEntriesTable {
  id: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  verb: string;
  summary: string;
  /** The record that caused it (a comment), removed with it. */
  source_id: string | null;
  created_at: string;
  /** What happened (activity-events.ts); null for entries written before events were kept. */
  event: string | null;
  /** The event's facts as JSON, worded when the feed is read. */
  details_json: string | null;
}

export interface SurfacesTable {
  id: string;
  name: string;
  position: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MarketsTable {
  id: string;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  position: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PolicyApplicabilityTable {
  policy_id: string;
  surface_id: string;
  market_id: string;
  state: string;
  note: string;
}

export interface VersionMarketDatesTable {
  version_id: string;
  market_id: string;
  effective_date: string;
}

export interface VersionAnchorsTable {
  version_id: string;
  anchor_id: string;
  kind: string;
  number: string;
  title: string;
  text: string;
  position: number;
}

/** SQLite only (see migration 0008): the FTS5 row of each entity's search document. */
export interface SearchRowidsTable {
  entity_id: string;
  fts_rowid: number;
}

/** Review requests and decisions on a version (migration 0011). */
export interface PolicyVersionReviewsTable {
  id: string;
  version_id: string;
  policy_id: string;
  reviewer_id: string;
  requested_by: string | null;
  /** requested | approved | changes_requested | withdrawn */
  state: string;
  comment: string | null;
  comment_id: string | null;
  requested_at: string;
  decided_at: string | null;
}

export interface Database {
  raid_items: RaidItemsTable;
  raid_item_links: RaidItemLinksTable;
  raid_escalations: RaidEscalationsTable;
  objectives: ObjectivesTable;
  key_results: KeyResultsTable;
  key_result_check_ins: KeyResultCheckInsTable;
  okr_periods: OkrPeriodsTable;
  planning_settings: PlanningSettingsTable;
  initiatives: InitiativesTable;
  initiative_areas: InitiativeAreasTable;
  initiative_teams: InitiativeTeamsTable;
  initiative_policies: InitiativePoliciesTable;
  initiative_milestones: InitiativeMilestonesTable;
  initiative_dependencies: InitiativeDependenciesTable;
  initiative_updates: InitiativeUpdatesTable;
  initiative_key_results: InitiativeKeyResultsTable;
  roadmap_baselines: RoadmapBaselinesTable;
  roadmap_revision: RoadmapRevisionTable;
  jobs: JobsTable;
  change_requests: ChangeRequestsTable;
  change_request_sign_offs: ChangeRequestSignOffsTable;
  change_request_events: ChangeRequestEventsTable;
  change_request_links: ChangeRequestLinksTable;
  change_request_settings: ChangeRequestSettingsTable;
  change_request_launches: ChangeRequestLaunchesTable;
  change_request_conflict_acks: ChangeRequestConflictAcksTable;
  change_request_reviews: ChangeRequestReviewsTable;
  change_request_notices: ChangeRequestNoticesTable;
  saved_views: SavedViewsTable;
  action_items: ActionItemsTable;
  action_item_links: ActionItemLinksTable;
  action_item_reminders: ActionItemRemindersTable;
  calendar_feeds: CalendarFeedsTable;
  metric_daily: MetricDailyTable;
  metric_rollups: MetricRollupsTable;
  metric_imports: MetricImportsTable;
  impact_analyses: ImpactAnalysesTable;
  decisions: DecisionsTable;
  decision_people: DecisionPeopleTable;
  decision_links: DecisionLinksTable;
  decision_supersessions: DecisionSupersessionsTable;
  decision_events: DecisionEventsTable;
  stakeholders: StakeholdersTable;
  stakeholder_matrices: StakeholderMatricesTable;
  stakeholder_matrix_rows: StakeholderMatrixRowsTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  working_group_links: WorkingGroupLinksTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  meeting_outcomes: MeetingOutcomesTable;
  adoption_audiences: AdoptionAudiencesTable;
  adoption_campaigns: AdoptionCampaignsTable;
  adoption_campaign_audiences: AdoptionCampaignAudiencesTable;
  adoption_links: AdoptionLinksTable;
  adoption_quiz_attempts: AdoptionQuizAttemptsTable;
  users: UsersTable;
  teams: TeamsTable;
  team_capacity: TeamCapacityTable;
  team_capacity_quarters: TeamCapacityQuartersTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  workspace_meta: WorkspaceMetaTable;
  policy_areas: PolicyAreasTable;
  policies: PoliciesTable;
  policy_tags: PolicyTagsTable;
  policy_owners: PolicyPeopleTable;
  policy_members: PolicyPeopleTable;
  policy_versions: PolicyVersionsTable;
  search_documents: SearchDocumentsTable;
  search_rowids: SearchRowidsTable;
  changelog_entries: ChangelogEntriesTable;
  surfaces: SurfacesTable;
  markets: MarketsTable;
  policy_applicability: PolicyApplicabilityTable;
  version_market_dates: VersionMarketDatesTable;
  version_anchors: VersionAnchorsTable;
  comments: CommentsTable;
  watches: WatchesTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  activity_entries: ActivityEntriesTable;
  policy_version_reviews: PolicyVersionReviewsTable;
  workspace_settings: WorkspaceSettingsTable;
}
