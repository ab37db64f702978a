import { strToU8, zipSync } from 'fflate';
import type { InjectOptions } from 'fastify';

const SAMPLE_ARCHIVE = Buffer.from(zipSync({ 'matrix-import/2024-01-01.md': strToU8('# Matrix import\n\nText.') }));

/** Ids of records that exist when the samples run, so allowed callers reach the service. */
export interface SampleIds {
  teamId: string;
  userId: string;
  invitationId: string;
  areaId: string;
  policySlug: string;
  policyId: string;
  versionId: string;
  missing: string;
}

/**
 * One schema-valid request per operation. The route x role and malformed-input tests use these;
 * an operation without a sample fails those tests, so every new route must add one here.
 */
export const ROUTE_SAMPLES: Record<string, (ids: SampleIds) => Omit<InjectOptions, 'method'>> = {
  getSetupStatus: () => ({ url: '/api/setup' }),
  completeSetup: () => ({
    url: '/api/setup',
    payload: { email: 'setup@example.com', name: 'Setup', password: 'a long enough password' },
  }),
  login: () => ({ url: '/api/auth/login', payload: { email: 'nobody@example.com', password: 'wrong password' } }),
  logout: () => ({ url: '/api/auth/logout' }),
  getSession: () => ({ url: '/api/auth/session' }),
  listMySessions: () => ({ url: '/api/account/sessions' }),
  revokeMySession: ({ missing }) => ({ url: `/api/account/sessions/${missing}` }),
  revokeOtherSessions: () => ({ url: '/api/account/sessions/revoke-others' }),
  changePassword: () => ({
    url: '/api/account/password',
    payload: { currentPassword: 'wrong', newPassword: 'a long enough password' },
  }),
  updateProfile: () => ({ url: '/api/account/profile', payload: { version: 999, name: 'Renamed' } }),
  listMyApiTokens: () => ({ url: '/api/account/tokens' }),
  createApiToken: () => ({ url: '/api/account/tokens', payload: { name: 'matrix' } }),
  revokeApiToken: ({ missing }) => ({ url: `/api/account/tokens/${missing}` }),
  getMyNotificationSettings: () => ({ url: '/api/account/notification-settings' }),
  updateMyNotificationSettings: () => ({
    url: '/api/account/notification-settings',
    payload: { email: 'off', version: 999 },
  }),
  listUsers: () => ({ url: '/api/users?limit=5' }),
  getUser: ({ userId }) => ({ url: `/api/users/${userId}` }),
  updateUser: ({ userId }) => ({ url: `/api/users/${userId}`, payload: { version: 999, name: 'Renamed' } }),
  listInvitations: () => ({ url: '/api/invitations' }),
  createInvitation: () => ({
    url: '/api/invitations',
    payload: { email: `invitee.${Math.random().toString(36).slice(2)}@example.com`, role: 'viewer' },
  }),
  revokeInvitation: ({ invitationId }) => ({ url: `/api/invitations/${invitationId}` }),
  previewInvitation: () => ({ url: `/api/invitations/by-token/${'x'.repeat(43)}` }),
  acceptInvitation: () => ({
    url: '/api/invitations/accept',
    payload: { token: 'x'.repeat(43), name: 'Someone', password: 'a long enough password' },
  }),
  listTeams: () => ({ url: '/api/teams' }),
  createTeam: () => ({
    url: '/api/teams',
    payload: { name: `Team ${Math.random().toString(36).slice(2)}`, function: 'legal' },
  }),
  getTeam: ({ teamId }) => ({ url: `/api/teams/${teamId}` }),
  updateTeam: ({ teamId }) => ({ url: `/api/teams/${teamId}`, payload: { version: 999, description: 'x' } }),
  deleteTeam: ({ teamId }) => ({ url: `/api/teams/${teamId}?version=999` }),
  addTeamMember: ({ teamId, userId }) => ({ url: `/api/teams/${teamId}/members/${userId}` }),
  removeTeamMember: ({ teamId, missing }) => ({ url: `/api/teams/${teamId}/members/${missing}` }),
  listAuditEvents: () => ({ url: '/api/audit-events?limit=5' }),
  verifyAuditChain: () => ({ url: '/api/audit-events/verification' }),
  exportAuditCheckpoint: () => ({ url: '/api/audit-events/checkpoints' }),
  getSampleWorkspaceStatus: () => ({ url: '/api/workspace/sample' }),
  loadSampleWorkspace: () => ({ url: '/api/workspace/sample' }),
  getWorkspaceSettings: () => ({ url: '/api/workspace/settings' }),
  updateWorkspaceSettings: () => ({
    url: '/api/workspace/settings',
    payload: { version: 999, autoPublishChangelog: true },
  }),
  listPolicyAreas: () => ({ url: '/api/policy-areas' }),
  createPolicyArea: () => ({
    url: '/api/policy-areas',
    payload: { name: `Area ${Math.random().toString(36).slice(2)}` },
  }),
  updatePolicyArea: ({ areaId }) => ({
    url: `/api/policy-areas/${areaId}`,
    payload: { version: 999, description: 'x' },
  }),
  deletePolicyArea: ({ areaId }) => ({ url: `/api/policy-areas/${areaId}?version=999` }),
  listPolicies: () => ({ url: '/api/policies?status=draft' }),
  createPolicy: ({ areaId }) => ({
    url: '/api/policies',
    payload: { title: 'Matrix policy', slug: `matrix-${Math.random().toString(36).slice(2, 8)}`, areaId },
  }),
  getPolicy: ({ policySlug }) => ({ url: `/api/policies/${policySlug}` }),
  updatePolicy: ({ policySlug }) => ({
    url: `/api/policies/${policySlug}`,
    payload: { version: 999, title: 'Renamed' },
  }),
  listPolicyVersions: ({ policySlug }) => ({ url: `/api/policies/${policySlug}/versions` }),
  createPolicyVersion: ({ policySlug }) => ({
    url: `/api/policies/${policySlug}/versions`,
    payload: { changeSummary: 'matrix' },
  }),
  getPolicyVersion: ({ policySlug, versionId }) => ({ url: `/api/policies/${policySlug}/versions/${versionId}` }),
  updatePolicyVersion: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}`,
    payload: { version: 999, body: '# x' },
  }),
  discardPolicyVersion: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}?version=999`,
  }),
  transitionPolicyVersion: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}/transitions`,
    payload: { version: 999, action: 'submit' },
  }),
  getPolicyAsOf: ({ policySlug }) => ({ url: `/api/policies/${policySlug}/as-of?date=2026-01-01` }),
  addToChangelog: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}/changelog`,
    payload: { publicSummary: 'What changed, for readers' },
  }),
  listPublicChangelog: () => ({ url: '/api/public/changelog' }),
  getPublicChangelogEntry: ({ missing }) => ({ url: `/api/public/changelog/${missing}` }),
  changelogAtomFeed: () => ({ url: '/api/public/changelog.atom' }),
  search: () => ({ url: '/api/search?q=matrix' }),
  listPolicyChanges: () => ({ url: '/api/policy-changes?from=2020-01-01&to=2030-12-31' }),
  getPolicyOverlaps: ({ policySlug }) => ({ url: `/api/policies/${policySlug}/overlaps` }),
  getPolicyReferences: ({ policySlug }) => ({ url: `/api/policies/${policySlug}/references` }),
  diffPolicyVersions: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/diff?from=${versionId}&to=${versionId}`,
  }),
  getPolicyRedline: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/redline?from=${versionId}&to=${versionId}`,
  }),
  exportPolicyRedlineHtml: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/redline.html?from=${versionId}&to=${versionId}`,
  }),
  exportPolicyRedlineMarkdown: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/redline.md?from=${versionId}&to=${versionId}`,
  }),
  listComments: ({ policyId }) => ({ url: `/api/comments?entityType=policy&entityId=${policyId}&limit=10` }),
  createComment: ({ policyId }) => ({
    url: '/api/comments',
    payload: { entityType: 'policy', entityId: policyId, body: 'Matrix comment' },
  }),
  updateComment: ({ missing }) => ({ url: `/api/comments/${missing}`, payload: { version: 1, body: 'Edited' } }),
  deleteComment: ({ missing }) => ({ url: `/api/comments/${missing}?version=1` }),
  getWatch: ({ policyId }) => ({ url: `/api/watches/policy/${policyId}` }),
  watchEntity: ({ policyId }) => ({ url: `/api/watches/policy/${policyId}` }),
  unwatchEntity: ({ policyId }) => ({ url: `/api/watches/policy/${policyId}` }),
  listNotifications: () => ({ url: '/api/notifications?unread=true&limit=10' }),
  getUnreadNotificationCount: () => ({ url: '/api/notifications/unread-count' }),
  markNotificationRead: ({ missing }) => ({ url: `/api/notifications/${missing}/read` }),
  markAllNotificationsRead: () => ({ url: '/api/notifications/read-all' }),
  listActivity: ({ policyId }) => ({ url: `/api/activity?entityType=policy&entityId=${policyId}&limit=10` }),
  exportLibrary: () => ({ url: '/api/library/export' }),
  importLibrary: () => ({
    url: '/api/library/import?dryRun=true',
    payload: SAMPLE_ARCHIVE,
    headers: { 'content-type': 'application/zip' },
  }),
  listApplicabilityDimensions: () => ({ url: '/api/applicability/dimensions' }),
  createSurface: () => ({ url: '/api/surfaces', payload: { name: `Surface ${Math.random().toString(36).slice(2)}` } }),
  updateSurface: ({ missing }) => ({ url: `/api/surfaces/${missing}`, payload: { version: 1, name: 'Renamed' } }),
  deleteSurface: ({ missing }) => ({ url: `/api/surfaces/${missing}?version=1` }),
  createMarket: () => ({
    url: '/api/markets',
    payload: {
      code: `M${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      name: 'Matrix market',
      kind: 'region',
    },
  }),
  updateMarket: ({ missing }) => ({ url: `/api/markets/${missing}`, payload: { version: 1, name: 'Renamed' } }),
  deleteMarket: ({ missing }) => ({ url: `/api/markets/${missing}?version=1` }),
  getPolicyApplicability: ({ policySlug }) => ({ url: `/api/policies/${policySlug}/applicability` }),
  replacePolicyApplicability: ({ policySlug }) => ({
    url: `/api/policies/${policySlug}/applicability`,
    payload: { version: 999, cells: [] },
  }),
  getVersionOutline: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}/outline`,
  }),
  getClauseHistory: ({ policySlug }) => ({ url: `/api/policies/${policySlug}/clauses/1.1` }),
  listReviewsWaitingOnMe: () => ({ url: '/api/reviews?waitingOn=me' }),
  listVersionReviews: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}/reviews`,
  }),
  listEligibleReviewers: ({ policySlug, versionId }) => ({
    url: `/api/policies/${policySlug}/versions/${versionId}/reviewers`,
  }),
  getPolicyWork: () => ({ url: '/api/policy-work' }),
  getPolicyAuthorship: ({ userId }) => ({ url: `/api/users/${userId}/policy-authorship?limit=5` }),
  getPlanningSettings: () => ({ url: '/api/roadmap/settings' }),
  updatePlanningSettings: () => ({ url: '/api/roadmap/settings', payload: { version: 999, fiscalYearStartMonth: 7 } }),
  getRoadmapYear: () => ({ url: '/api/roadmap/years/FY2027' }),
  getRoadmapCapacity: () => ({ url: '/api/roadmap/years/FY2027/capacity' }),
  capacityWhatIf: ({ missing }) => ({
    url: '/api/roadmap/years/FY2027/capacity/what-if',
    payload: { changes: [{ kind: 'drop', initiativeId: missing }] },
  }),
  updateTeamCapacity: ({ teamId }) => ({
    url: `/api/roadmap/teams/${teamId}/capacity`,
    payload: { version: 999, people: 3, focus: 0.5 },
  }),
  previewRoadmapImport: () => ({
    url: '/api/roadmap/imports/preview',
    payload: { csv: 'Summary,Issue key,Issue Type,Assignee,Due date\nMatrix,POL-1,Story,,31/Dec/26\n' },
  }),
  importRoadmap: () => ({
    url: '/api/roadmap/imports',
    payload: { csv: 'Summary,Issue key,Issue Type,Assignee,Due date\nMatrix,POL-1,Story,,31/Dec/26\n' },
  }),
  createRoadmapBaseline: () => ({ url: '/api/roadmap/years/FY2027/baselines', payload: { name: 'Matrix baseline' } }),
  listRoadmapBaselines: () => ({ url: '/api/roadmap/years/FY2027/baselines' }),
  getRoadmapBaseline: ({ missing }) => ({ url: `/api/roadmap/years/FY2027/baselines/${missing}` }),
  deleteRoadmapBaseline: ({ missing }) => ({ url: `/api/roadmap/years/FY2027/baselines/${missing}` }),
  compareRoadmapWithBaseline: () => ({ url: '/api/roadmap/years/FY2027/compare?date=2027-01-15' }),
  getRoadmapCriticalPath: () => ({ url: '/api/roadmap/years/FY2027/critical-path?end=2027-06-30' }),
  evaluateRoadmapWhatIf: ({ missing }) => ({
    url: '/api/roadmap/years/FY2027/what-if',
    payload: { changes: [{ kind: 'drop_initiative', id: missing }] },
  }),
  listInitiatives: () => ({ url: '/api/roadmap/initiatives?period=FY2027-Q1&status=planned,in_progress&limit=5' }),
  createInitiative: ({ userId }) => ({
    url: '/api/roadmap/initiatives',
    payload: { title: 'Matrix initiative', ownerId: userId, start: 'FY2027-Q1', end: 'FY2027-Q2' },
  }),
  getInitiative: ({ missing }) => ({ url: `/api/roadmap/initiatives/${missing}` }),
  updateInitiative: ({ missing }) => ({
    url: `/api/roadmap/initiatives/${missing}`,
    payload: { version: 1, title: 'Renamed' },
  }),
  deleteInitiative: ({ missing }) => ({ url: `/api/roadmap/initiatives/${missing}?version=1` }),
  listInitiativeUpdates: ({ missing }) => ({ url: `/api/roadmap/initiatives/${missing}/updates?limit=5` }),
  postInitiativeUpdate: ({ missing }) => ({
    url: `/api/roadmap/initiatives/${missing}/updates`,
    payload: { health: 'on_track', body: 'All good' },
  }),
  listInitiativeKeyResults: ({ missing }) => ({ url: `/api/roadmap/initiatives/${missing}/key-results` }),
  setInitiativeKeyResults: ({ missing }) => ({
    url: `/api/roadmap/initiatives/${missing}/key-results`,
    payload: { keyResultIds: [], version: 1 },
  }),
  listKeyResultInitiatives: ({ missing }) => ({ url: `/api/roadmap/key-results/${missing}/initiatives` }),
  createMilestone: ({ missing }) => ({
    url: `/api/roadmap/initiatives/${missing}/milestones`,
    payload: { title: 'Matrix milestone', date: '2027-02-01' },
  }),
  updateMilestone: ({ missing }) => ({
    url: `/api/roadmap/milestones/${missing}`,
    payload: { version: 1, done: true },
  }),
  deleteMilestone: ({ missing }) => ({ url: `/api/roadmap/milestones/${missing}?version=1` }),
  createDependency: ({ missing }) => ({
    url: '/api/roadmap/dependencies',
    payload: { from: { type: 'initiative', id: missing }, to: { type: 'milestone', id: missing }, lagDays: 2 },
  }),
  updateDependency: ({ missing }) => ({
    url: `/api/roadmap/dependencies/${missing}`,
    payload: { version: 1, lagDays: 3 },
  }),
  deleteDependency: ({ missing }) => ({ url: `/api/roadmap/dependencies/${missing}?version=1` }),
  listOkrPeriods: () => ({ url: '/api/okr-periods' }),
  getOkrBoard: () => ({ url: '/api/okrs?period=FY2031-Q1&mine=true' }),
  createObjective: () => ({ url: '/api/objectives', payload: { periodKey: 'FY2031-Q1', title: 'Matrix objective' } }),
  getObjective: ({ missing }) => ({ url: `/api/objectives/${missing}` }),
  updateObjective: ({ missing }) => ({ url: `/api/objectives/${missing}`, payload: { version: 1, title: 'Renamed' } }),
  deleteObjective: ({ missing }) => ({ url: `/api/objectives/${missing}?version=1` }),
  createKeyResult: ({ missing }) => ({
    url: `/api/objectives/${missing}/key-results`,
    payload: { title: 'Matrix key result', type: 'yes_no' },
  }),
  updateKeyResult: ({ missing }) => ({ url: `/api/key-results/${missing}`, payload: { version: 1, title: 'Renamed' } }),
  deleteKeyResult: ({ missing }) => ({ url: `/api/key-results/${missing}?version=1` }),
  createCheckIn: ({ missing }) => ({
    url: `/api/key-results/${missing}/check-ins`,
    payload: { value: 1, confidence: 'on_track' },
  }),
  closeOkrPeriod: () => ({ url: '/api/okr-periods/FY2031-Q4/close', payload: { scores: [] } }),
  reopenOkrPeriod: () => ({ url: '/api/okr-periods/FY2031-Q4/reopen', payload: { version: 999, reason: 'Matrix' } }),
  getMailStatus: () => ({ url: '/api/admin/mail' }),
  // Mail is off in the matrix app, so an admin gets 409 MAIL_DISABLED: past authorisation, nothing sent.
  sendTestMail: () => ({ url: '/api/admin/mail/test' }),
  listJobs: () => ({ url: '/api/admin/jobs?state=failed' }),
  // No such job: an admin gets 404, past authorisation.
  retryJob: ({ missing }) => ({ url: `/api/admin/jobs/${missing}/retry` }),
  // Registered only with TEST_CLOCK=1, for the jobs browser journey (e2e/specs/foundation/jobs.spec.ts).
  sendFailingTestJob: () => ({ url: '/api/test/jobs/failing' }),
  runScheduledTestJob: () => ({ url: '/api/test/jobs/scheduled/no-such-job/run' }),
  listChangeRequests: () => ({ url: '/api/change-requests?stage=intake&limit=5' }),
  createChangeRequest: ({ userId }) => ({
    url: '/api/change-requests',
    payload: { title: 'Matrix CR', type: 'new_policy', source: 'escalation', ownerId: userId },
  }),
  getChangeRequestQueue: () => ({ url: '/api/change-requests/queue' }),
  listChangeRequestsWaitingOnMe: () => ({ url: '/api/change-requests/waiting-on-me' }),
  exportChangeRequestsCsv: () => ({ url: '/api/change-requests/export.csv?stage=intake' }),
  getChangeRequestSettings: () => ({ url: '/api/change-requests/settings' }),
  updateChangeRequestSettings: () => ({ url: '/api/change-requests/settings', payload: { version: 999 } }),
  getChangeRequest: ({ missing }) => ({ url: `/api/change-requests/${missing}` }),
  getChangeRequestTimeline: ({ missing }) => ({ url: `/api/change-requests/${missing}/timeline` }),
  updateChangeRequest: ({ missing }) => ({
    url: `/api/change-requests/${missing}`,
    payload: { version: 1, title: 'x' },
  }),
  transitionChangeRequest: ({ missing }) => ({
    url: `/api/change-requests/${missing}/transitions`,
    payload: { version: 1, to: 'scoping' },
  }),
  signOffChangeRequest: ({ missing }) => ({
    url: `/api/change-requests/${missing}/sign-offs`,
    payload: { version: 1, role: 'legal', decision: 'approve' },
  }),
  placeChangeRequest: ({ missing }) => ({
    url: `/api/change-requests/${missing}/placement`,
    payload: { version: 1, afterId: null, reason: 'Matrix' },
  }),
  getChangeRequestMyWork: () => ({ url: '/api/change-requests/my-work' }),
  startChangeRequestDraft: ({ missing }) => ({
    url: `/api/change-requests/${missing}/draft`,
    payload: { version: 1 },
  }),
  getChangeRequestConflicts: ({ missing }) => ({ url: `/api/change-requests/${missing}/conflicts` }),
  acknowledgeChangeRequestConflicts: ({ missing }) => ({
    url: `/api/change-requests/${missing}/conflicts/acknowledge`,
    payload: { version: 1, keys: ['change_request:x:2027-01-01'] },
  }),
  launchChangeRequest: ({ missing }) => ({
    url: `/api/change-requests/${missing}/launch`,
    payload: { version: 1, effectiveDate: '2027-01-01' },
  }),
  completeChangeRequestReview: ({ missing }) => ({
    url: `/api/change-requests/${missing}/reviews/${missing}/complete`,
    payload: { version: 1, notes: 'Matrix' },
  }),
  listSavedViews: () => ({ url: '/api/saved-views?entity=change_requests' }),
  createSavedView: () => ({
    url: '/api/saved-views',
    payload: { entity: 'change_requests', name: 'Matrix view', query: { stage: 'intake' } },
  }),
  updateSavedView: ({ missing }) => ({ url: `/api/saved-views/${missing}`, payload: { version: 1, name: 'x' } }),
  deleteSavedView: ({ missing }) => ({ url: `/api/saved-views/${missing}?version=1` }),
  listActionItems: () => ({ url: '/api/action-items?status=open,in_progress&overdue=true' }),
  getMyActionItems: () => ({ url: '/api/action-items/mine' }),
  createActionItem: ({ missing }) => ({
    url: '/api/action-items',
    payload: { title: 'Matrix action', ownerId: missing },
  }),
  getActionItem: ({ missing }) => ({ url: `/api/action-items/${missing}` }),
  updateActionItem: ({ missing }) => ({ url: `/api/action-items/${missing}`, payload: { version: 1, title: 'x' } }),
  changeActionItemStatus: ({ missing }) => ({
    url: `/api/action-items/${missing}/status`,
    payload: { version: 1, status: 'done' },
  }),
  createCalendarFeed: () => ({ url: '/api/calendar/feeds', payload: { ownerKind: 'person', name: 'Matrix feed' } }),
  listMyCalendarFeeds: () => ({ url: '/api/calendar/feeds/mine' }),
  revokeCalendarFeed: ({ missing }) => ({ url: `/api/calendar/feeds/${missing}` }),
  calendarFeedIcs: () => ({ url: '/api/public/calendar/pocal_matrix-unknown-token.ics' }),
  listWorkingGroups: () => ({ url: '/api/working-groups?status=active' }),
  createWorkingGroup: ({ missing }) => ({
    url: '/api/working-groups',
    payload: { name: 'Matrix group', chairId: missing },
  }),
  previewWorkingGroupCadence: () => ({
    url: '/api/working-groups/cadence-preview',
    payload: {
      cadence: { rule: 'FREQ=WEEKLY;BYDAY=TU', startsAt: '2026-09-01T15:00:00Z', durationMinutes: 45 },
      count: 3,
    },
  }),
  getWorkingGroup: ({ missing }) => ({ url: `/api/working-groups/${missing}` }),
  updateWorkingGroup: ({ missing }) => ({ url: `/api/working-groups/${missing}`, payload: { version: 1, name: 'x' } }),
  transitionWorkingGroup: ({ missing }) => ({
    url: `/api/working-groups/${missing}/transition`,
    payload: { version: 1, to: 'active' },
  }),
  listWorkingGroupOccurrences: ({ missing }) => ({ url: `/api/working-groups/${missing}/occurrences?count=3` }),
  listWorkingGroupMeetings: ({ missing }) => ({ url: `/api/working-groups/${missing}/meetings` }),
  openMeeting: ({ missing }) => ({
    url: `/api/working-groups/${missing}/meetings`,
    payload: { occurrenceStart: '2026-12-01T15:00:00Z' },
  }),
  getMeeting: ({ missing }) => ({ url: `/api/meetings/${missing}` }),
  updateMeeting: ({ missing }) => ({ url: `/api/meetings/${missing}`, payload: { version: 1, notes: 'x' } }),
  addMeetingAgendaItem: ({ missing }) => ({ url: `/api/meetings/${missing}/agenda-items`, payload: { title: 'x' } }),
  updateMeetingAgendaItem: ({ missing }) => ({
    url: `/api/meetings/${missing}/agenda-items/${missing}`,
    payload: { version: 1, done: true },
  }),
  refreshMeetingAgenda: ({ missing }) => ({ url: `/api/meetings/${missing}/refresh` }),
  recordMeetingOutcome: ({ missing }) => ({
    url: `/api/meetings/${missing}/agenda-items/${missing}/outcomes`,
    payload: { kind: 'information', text: 'x' },
  }),
  listStakeholders: () => ({ url: '/api/stakeholders?limit=5' }),
  createStakeholderContact: () => ({
    url: '/api/stakeholders',
    payload: { name: 'Matrix contact', email: `contact.${Math.random().toString(36).slice(2)}@example.com` },
  }),
  getStakeholder: ({ missing }) => ({ url: `/api/stakeholders/${missing}` }),
  updateStakeholder: ({ missing }) => ({
    url: `/api/stakeholders/${missing}`,
    payload: { version: 1, region: 'EMEA' },
  }),
  getStakeholderEngagement: ({ missing }) => ({ url: `/api/stakeholders/${missing}/engagement` }),
  listRaidItems: () => ({ url: '/api/raid/items?kind=risk&limit=5' }),
  createRaidItem: () => ({
    url: '/api/raid/items',
    payload: { kind: 'risk', title: 'Matrix risk', probability: 2, impact: 3 },
  }),
  getRaidHeatMap: () => ({ url: '/api/raid/heat-map' }),
  getRaidSummary: ({ missing }) => ({ url: `/api/raid/summary?kind=working_group&id=${missing}` }),
  getRaidItem: ({ missing }) => ({ url: `/api/raid/items/${missing}` }),
  updateRaidItem: ({ missing }) => ({ url: `/api/raid/items/${missing}`, payload: { kind: 'risk', version: 1 } }),
  escalateRaidItem: ({ missing }) => ({ url: `/api/raid/items/${missing}/escalate`, payload: { version: 1 } }),
  getStakeholderMatrix: ({ missing }) => ({ url: `/api/raci/initiative/${missing}` }),
  putStakeholderMatrix: ({ missing }) => ({
    url: `/api/raci/initiative/${missing}`,
    payload: { version: 0, rows: [] },
  }),
  listAdoptionAudiences: () => ({ url: '/api/adoption/audiences?active=true' }),
  createAdoptionAudience: () => ({
    url: '/api/adoption/audiences',
    payload: { name: 'Matrix site', kind: 'site', headcount: 10, contactEmail: 'matrix-site@example.com' },
  }),
  updateAdoptionAudience: ({ missing }) => ({
    url: `/api/adoption/audiences/${missing}`,
    payload: { version: 1, headcount: 5 },
  }),
  deleteAdoptionAudience: ({ missing }) => ({ url: `/api/adoption/audiences/${missing}?version=1` }),
  listAdoptionCampaigns: ({ missing }) => ({ url: `/api/adoption/campaigns?changeRequestId=${missing}` }),
  openAdoptionCampaign: ({ missing }) => ({ url: '/api/adoption/campaigns', payload: { changeRequestId: missing } }),
  getAdoptionCampaign: ({ missing }) => ({ url: `/api/adoption/campaigns/${missing}` }),
  updateAdoptionCampaign: ({ missing }) => ({
    url: `/api/adoption/campaigns/${missing}`,
    payload: { version: 1, reminderCadenceDays: 2 },
  }),
  getAdoptionCurve: ({ missing }) => ({ url: `/api/adoption/campaigns/${missing}/curve` }),
  addAdoptionCampaignAudience: ({ missing }) => ({
    url: `/api/adoption/campaigns/${missing}/audiences`,
    payload: { name: 'Matrix vendor', kind: 'vendor', headcount: 3, contactEmail: 'matrix-vendor@example.com' },
  }),
  updateAdoptionCampaignAudience: ({ missing }) => ({
    url: `/api/adoption/campaigns/${missing}/audiences/${missing}`,
    payload: { version: 1, targetPct: 90 },
  }),
  removeAdoptionCampaignAudience: ({ missing }) => ({
    url: `/api/adoption/campaigns/${missing}/audiences/${missing}?version=1`,
  }),
  listAdoptionLinks: ({ missing }) => ({ url: `/api/adoption/campaigns/${missing}/audiences/${missing}/links` }),
  createAdoptionLinks: ({ missing }) => ({
    url: `/api/adoption/campaigns/${missing}/audiences/${missing}/links`,
    payload: { people: [{ name: 'Matrix person' }] },
  }),
  revokeAdoptionLink: ({ missing }) => ({
    url: `/api/adoption/campaigns/${missing}/links/${missing}/revoke`,
    payload: { version: 1 },
  }),
  // Public: a token this server never signed is 404 to everyone.
  getAcknowledgementPage: () => ({ url: `/api/public/acknowledgements/${'x'.repeat(114)}` }),
  acknowledgePolicyChange: () => ({ url: `/api/public/acknowledgements/${'x'.repeat(114)}/acknowledge`, payload: {} }),
  recordTrainingCompleted: () => ({
    url: `/api/public/acknowledgements/${'x'.repeat(114)}/training`,
    payload: { completed: true },
  }),
  submitAdoptionQuiz: () => ({
    url: `/api/public/acknowledgements/${'x'.repeat(114)}/quiz`,
    payload: { answers: [0] },
  }),
  declinePolicyChange: () => ({
    url: `/api/public/acknowledgements/${'x'.repeat(114)}/decline`,
    payload: { reason: 'Matrix' },
  }),
  requestAdoptionExemption: () => ({
    url: `/api/public/acknowledgements/${'x'.repeat(114)}/exemption`,
    payload: { reason: 'Matrix' },
  }),
  // Registered only with TEST_CLOCK=1; covered by platform/test-clock.int.test.ts there.
  setTestClock: () => ({ url: '/api/test/clock', payload: { today: null } }),
  listDecisions: () => ({ url: '/api/decisions?status=proposed&limit=5' }),
  createDecision: () => ({ url: '/api/decisions', payload: { title: 'Matrix decision' } }),
  getDecision: ({ missing }) => ({ url: `/api/decisions/${missing}` }),
  updateDecision: ({ missing }) => ({ url: `/api/decisions/${missing}`, payload: { version: 1, title: 'x' } }),
  getDecisionHistory: ({ missing }) => ({ url: `/api/decisions/${missing}/history` }),
  acceptDecision: ({ missing }) => ({ url: `/api/decisions/${missing}/accept`, payload: { version: 1 } }),
  revokeDecision: ({ missing }) => ({ url: `/api/decisions/${missing}/revoke`, payload: { version: 1, reason: 'x' } }),
  markDecisionRevisited: ({ missing }) => ({
    url: `/api/decisions/${missing}/revisited`,
    payload: { version: 1, note: 'Still right' },
  }),
  listPolicyLaunches: ({ policySlug }) => ({ url: `/api/metrics/policies/${policySlug}/launches` }),
  getVersionImpact: ({ policySlug, versionId }) => ({
    url: `/api/metrics/policies/${policySlug}/versions/${versionId}/impact?windowDays=14&rampUpDays=0`,
  }),
  listImpactAnalyses: ({ policySlug, versionId }) => ({
    url: `/api/metrics/policies/${policySlug}/versions/${versionId}/impact-analyses`,
  }),
  createImpactAnalysis: ({ policySlug, versionId }) => ({
    url: `/api/metrics/policies/${policySlug}/versions/${versionId}/impact-analyses`,
    payload: { windowDays: 14 },
  }),
  getImpactAnalysis: ({ missing }) => ({ url: `/api/metrics/impact-analyses/${missing}` }),
  deleteImpactAnalysis: ({ missing }) => ({ url: `/api/metrics/impact-analyses/${missing}` }),
  // The ingest reads a raw CSV body (not JSON): one valid row, which each allowed role re-sends (replaced).
  uploadMetricImport: ({ policySlug }) => ({
    url: '/api/metrics/imports?fileName=matrix.csv',
    headers: { 'content-type': 'text/csv' },
    payload:
      'date,policy,market,surface,detection,actioned,user_reports,views,violating_views,qa_sampled,qa_correct,appeals,appeals_overturned,proactive\n' +
      `2024-01-01,${policySlug},DE,LIVE,automated,10,5,1000,3,4,3,2,1,6\n`,
  }),
  listMetricImports: () => ({ url: '/api/metrics/imports?limit=5' }),
  getMetricImport: ({ missing }) => ({ url: `/api/metrics/imports/${missing}` }),
  getMetricImportTemplate: () => ({ url: '/api/metrics/imports/template.csv' }),
  getPolicyMetricSeries: ({ policySlug }) => ({ url: `/api/metrics/policies/${policySlug}/series?grain=week` }),
  getPolicyMetricBreakdown: ({ policySlug }) => ({ url: `/api/metrics/policies/${policySlug}/breakdown?by=surface` }),
  getPolicyMetricSummary: ({ policySlug }) => ({ url: `/api/metrics/policies/${policySlug}/summary?detection=human` }),
  getMetricHeatMap: () => ({ url: '/api/metrics/heat-map?metrics=accuracy,actioned' }),
};

/** Creates the records the samples refer to, as the given admin client. */
export async function createSampleRecords(
  admin: { post(url: string, payload?: unknown): Promise<{ json(): unknown }> },
  viewerId: string,
): Promise<SampleIds> {
  type Json = Record<string, unknown>;
  const team = (await admin.post('/api/teams', { name: 'Matrix team', function: 'policy' })).json() as Json;
  const invitation = (
    (await admin.post('/api/invitations', { email: 'matrix-invitee@example.com', role: 'viewer' })).json() as {
      invitation: Json;
    }
  ).invitation;
  const area = (await admin.post('/api/policy-areas', { name: 'Matrix area' })).json() as Json;
  const policy = (
    await admin.post('/api/policies', { title: 'Matrix', slug: 'matrix', areaId: area.id })
  ).json() as Json;
  const version = (await admin.post('/api/policies/matrix/versions', { body: '# Matrix' })).json() as Json;
  return {
    teamId: String(team.id),
    userId: viewerId,
    invitationId: String(invitation.id),
    areaId: String(area.id),
    policySlug: 'matrix',
    policyId: String(policy.id),
    versionId: String(version.id),
    missing: '01900000-0000-7000-8000-000000000000',
  };
}
