import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { safeNextPath, sessionQueryOptions, setupStatusQueryOptions } from '../features/auth';
import type { AccountTab } from '../features/account';
import type { PeopleTab } from '../features/people';
// The validators alone, not the feature's index: this module is in the entry chunk.
import {
  validatePolicyChangesSearch,
  validatePolicyDiffSearch,
  validatePolicyLibrarySearch,
  validatePolicyPageSearch,
} from '../features/policies/policy-search';
import { validateSearchPageSearch } from '../features/search/search-params';
import { validateStakeholderSearch } from '../features/stakeholders/stakeholder-search';
import { validateRaidSearch } from '../features/raid/raid-search';
import { validateDecisionSearch } from '../features/decisions/decision-search';
import { validatePolicyMetricsSearch } from '../features/metrics/metrics-search';
import { validateClauseSearch } from '../features/clauses/clause-search';
import { validateOkrSearch } from '../features/okrs/okr-search';
import { validateRoadmapSearch } from '../features/roadmap/roadmap-search';
import { validateBaselinesSearch } from '../features/roadmap/baselines/baselines-search';
import type { CrSearch } from '../features/change-requests/cr-search';
import { RouteError } from './layout/RouteError';
import { RoutePending } from './layout/RoutePending';

export interface RouterContext {
  queryClient: QueryClient;
}

const page = {
  setup: () => import('../pages/SetupPage'),
  login: () => import('../pages/LoginPage'),
  invite: () => import('../pages/AcceptInvitePage'),
  home: () => import('../pages/HomePage'),
  policies: () => import('../pages/PoliciesPage'),
  policy: () => import('../pages/PolicyPage'),
  policyVersion: () => import('../pages/PolicyVersionPage'),
  policyDiff: () => import('../pages/PolicyDiffPage'),
  policyChanges: () => import('../pages/PolicyChangesPage'),
  libraryImport: () => import('../pages/LibraryImportPage'),
  changelog: () => import('../pages/ChangelogPage'),
  search: () => import('../pages/SearchPage'),
  people: () => import('../pages/PeoplePage'),
  person: () => import('../pages/PersonPage'),
  stakeholders: () => import('../pages/StakeholdersPage'),
  stakeholder: () => import('../pages/StakeholderPage'),
  teams: () => import('../pages/TeamsPage'),
  team: () => import('../pages/TeamPage'),
  audit: () => import('../pages/AuditPage'),
  jobs: () => import('../pages/JobsPage'),
  applicabilitySettings: () => import('../pages/ApplicabilitySettingsPage'),
  workspaceSettings: () => import('../pages/WorkspaceSettingsPage'),
  mailSettings: () => import('../pages/MailSettingsPage'),
  account: () => import('../pages/AccountPage'),
  inbox: () => import('../pages/InboxPage'),
  myActions: () => import('../pages/MyActionsPage'),
  reviews: () => import('../pages/ReviewsPage'),
  roadmap: () => import('../pages/RoadmapPage'),
  roadmapInitiative: () => import('../pages/RoadmapInitiativePage'),
  changeRequest: () => import('../pages/ChangeRequestPage'),
  changeRequests: () => import('../pages/ChangeRequestsPage'),
  changeRequestSettings: () => import('../pages/ChangeRequestSettingsPage'),
  roadmapBaselines: () => import('../pages/RoadmapBaselinesPage'),
  roadmapImport: () => import('../pages/RoadmapImportPage'),
  roadmapCapacity: () => import('../pages/RoadmapCapacityPage'),
  okrTree: () => import('../pages/OkrTreePage'),
  okrDashboard: () => import('../pages/OkrDashboardPage'),
  okrObjective: () => import('../pages/OkrObjectivePage'),
  okrClose: () => import('../pages/OkrClosePage'),
  notFound: () => import('../pages/NotFoundPage'),
  adoptionCampaign: () => import('../pages/AdoptionCampaignPage'),
  adoptionAudiences: () => import('../pages/AdoptionAudiencesPage'),
  workingGroups: () => import('../pages/WorkingGroupsPage'),
  workingGroup: () => import('../pages/WorkingGroupPage'),
  raid: () => import('../pages/RaidPage'),
  raidItem: () => import('../pages/RaidItemPage'),
  decisions: () => import('../pages/DecisionsPage'),
  decision: () => import('../pages/DecisionPage'),
  meeting: () => import('../pages/MeetingPage'),
  acknowledge: () => import('../pages/AcknowledgePage'),
  metrics: () => import('../pages/MetricsPage'),
  policyMetrics: () => import('../pages/PolicyMetricsPage'),
  metricImports: () => import('../pages/MetricImportsPage'),
  impactAnalysis: () => import('../pages/ImpactAnalysisPage'),
};

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: lazyRouteComponent(page.notFound, 'NotFoundPage'),
});

// ---- Signed-out pages -------------------------------------------------------------------

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQueryOptions);
    if (!status.needsSetup) throw redirect({ to: '/login', search: {} });
  },
  component: lazyRouteComponent(page.setup, 'SetupPage'),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { next?: string } =>
    typeof search.next === 'string' ? { next: search.next } : {},
  beforeLoad: async ({ context, search }) => {
    // Already signed in (a cookie from an earlier visit): go where they were headed. Asked
    // afresh each time, since the cached session may be the one that just ended.
    const { queryClient } = context;
    const [session, status] = await Promise.all([
      queryClient.fetchQuery({ ...sessionQueryOptions, staleTime: 0 }).catch(() => null),
      queryClient.fetchQuery(setupStatusQueryOptions).catch(() => null),
    ]);
    if (session) throw redirect({ href: safeNextPath(search.next) });
    if (status?.needsSetup) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(page.login, 'LoginPage'),
});

const changelogRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'changelog',
  component: lazyRouteComponent(page.changelog, 'ChangelogPage'),
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
  component: lazyRouteComponent(page.invite, 'AcceptInvitePage'),
});

const acknowledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'acknowledge/$token',
  component: lazyRouteComponent(page.acknowledge, 'AcknowledgePage'),
});

// ---- Signed-in pages, inside the app shell ------------------------------------------------

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(sessionQueryOptions);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: '/login', search: { next: location.href } });
      }
      throw error;
    }
  },
  component: lazyRouteComponent(() => import('./layout/AppLayout'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(page.home, 'HomePage'),
});

const policiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'policies',
  validateSearch: validatePolicyLibrarySearch,
  component: lazyRouteComponent(page.policies, 'PoliciesPage'),
});

const policyChangesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'policies/changes',
  validateSearch: validatePolicyChangesSearch,
  component: lazyRouteComponent(page.policyChanges, 'PolicyChangesPage'),
});

const libraryImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'policies/import',
  component: lazyRouteComponent(page.libraryImport, 'LibraryImportPage'),
});

const policyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'policies/$policyId',
  validateSearch: (search: Record<string, unknown>) => ({
    ...validatePolicyPageSearch(search),
    ...validateClauseSearch(search),
  }),
  component: lazyRouteComponent(page.policy, 'PolicyPage'),
});

const policyVersionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'policies/$policyId/versions/$versionId',
  validateSearch: validateClauseSearch,
  component: lazyRouteComponent(page.policyVersion, 'PolicyVersionPage'),
});

const policyDiffRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'policies/$policyId/diff',
  validateSearch: validatePolicyDiffSearch,
  component: lazyRouteComponent(page.policyDiff, 'PolicyDiffPage'),
});

const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'search',
  validateSearch: validateSearchPageSearch,
  component: lazyRouteComponent(page.search, 'SearchPage'),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people',
  validateSearch: (search: Record<string, unknown>): { tab?: PeopleTab } =>
    search.tab === 'invitations' || search.tab === 'directory' ? { tab: search.tab } : {},
  component: lazyRouteComponent(page.people, 'PeoplePage'),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people/$userId',
  component: lazyRouteComponent(page.person, 'PersonPage'),
});

const stakeholdersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'stakeholders',
  validateSearch: validateStakeholderSearch,
  component: lazyRouteComponent(page.stakeholders, 'StakeholdersPage'),
});

const stakeholderRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'stakeholders/$stakeholderId',
  component: lazyRouteComponent(page.stakeholder, 'StakeholderPage'),
});

const teamsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'teams',
  component: lazyRouteComponent(page.teams, 'TeamsPage'),
});

const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'teams/$teamId',
  component: lazyRouteComponent(page.team, 'TeamPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/audit',
  component: lazyRouteComponent(page.audit, 'AuditPage'),
});

const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/jobs',
  component: lazyRouteComponent(page.jobs, 'JobsPage'),
});

const applicabilitySettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/applicability',
  component: lazyRouteComponent(page.applicabilitySettings, 'ApplicabilitySettingsPage'),
});

const workspaceSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/settings',
  component: lazyRouteComponent(page.workspaceSettings, 'WorkspaceSettingsPage'),
});

const mailSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/mail',
  component: lazyRouteComponent(page.mailSettings, 'MailSettingsPage'),
});

const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'inbox',
  component: lazyRouteComponent(page.inbox, 'InboxPage'),
});

const myActionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'actions',
  validateSearch: (search: Record<string, unknown>): { action?: string } =>
    typeof search.action === 'string' && /^[0-9a-f-]{36}$/i.test(search.action) ? { action: search.action } : {},
  component: lazyRouteComponent(page.myActions, 'MyActionsPage'),
});

const reviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reviews',
  component: lazyRouteComponent(page.reviews, 'ReviewsPage'),
});

const roadmapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'roadmap',
  validateSearch: validateRoadmapSearch,
  component: lazyRouteComponent(page.roadmap, 'RoadmapPage'),
});

const roadmapInitiativeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'roadmap/initiatives/$initiativeId',
  component: lazyRouteComponent(page.roadmapInitiative, 'RoadmapInitiativePage'),
});

const changeRequestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'change-requests',
  // Typed here, checked by the page (validateCrSearch), to keep the validator out of the entry chunk.
  validateSearch: (search: Record<string, unknown>) => search as CrSearch,
  component: lazyRouteComponent(page.changeRequests, 'ChangeRequestsPage'),
});

const changeRequestSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/change-requests',
  component: lazyRouteComponent(page.changeRequestSettings, 'ChangeRequestSettingsPage'),
});

const changeRequestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'change-requests/$changeRequestId',
  component: lazyRouteComponent(page.changeRequest, 'ChangeRequestPage'),
});

const roadmapBaselinesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'roadmap/baselines',
  validateSearch: validateBaselinesSearch,
  component: lazyRouteComponent(page.roadmapBaselines, 'RoadmapBaselinesPage'),
});

const roadmapImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'roadmap/import',
  component: lazyRouteComponent(page.roadmapImport, 'RoadmapImportPage'),
});

const roadmapCapacityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'roadmap/capacity',
  component: lazyRouteComponent(page.roadmapCapacity, 'RoadmapCapacityPage'),
});

const okrTreeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'okrs',
  validateSearch: validateOkrSearch,
  component: lazyRouteComponent(page.okrTree, 'OkrTreePage'),
});

const okrDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'okrs/dashboard',
  validateSearch: validateOkrSearch,
  component: lazyRouteComponent(page.okrDashboard, 'OkrDashboardPage'),
});

const okrObjectiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'okrs/objectives/$objectiveId',
  component: lazyRouteComponent(page.okrObjective, 'OkrObjectivePage'),
});

const okrCloseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'okrs/close/$periodKey',
  component: lazyRouteComponent(page.okrClose, 'OkrClosePage'),
});

const adoptionCampaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'adoption/campaigns/$campaignId',
  component: lazyRouteComponent(page.adoptionCampaign, 'AdoptionCampaignPage'),
});

const adoptionAudiencesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'adoption/audiences',
  component: lazyRouteComponent(page.adoptionAudiences, 'AdoptionAudiencesPage'),
});

const workingGroupsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'working-groups',
  component: lazyRouteComponent(page.workingGroups, 'WorkingGroupsPage'),
});

const workingGroupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'working-groups/$workingGroupId',
  component: lazyRouteComponent(page.workingGroup, 'WorkingGroupPage'),
});

const raidRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'raid',
  validateSearch: validateRaidSearch,
  component: lazyRouteComponent(page.raid, 'RaidPage'),
});

const decisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'decisions',
  validateSearch: validateDecisionSearch,
  component: lazyRouteComponent(page.decisions, 'DecisionsPage'),
});

const decisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'decisions/$decisionId',
  component: lazyRouteComponent(page.decision, 'DecisionPage'),
});

const raidItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'raid/$itemId',
  component: lazyRouteComponent(page.raidItem, 'RaidItemPage'),
});

const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/$meetingId',
  component: lazyRouteComponent(page.meeting, 'MeetingPage'),
});

const metricsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'metrics',
  component: lazyRouteComponent(page.metrics, 'MetricsPage'),
});

const metricImportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'metrics/imports',
  component: lazyRouteComponent(page.metricImports, 'MetricImportsPage'),
});

const policyMetricsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'metrics/policies/$policyId',
  validateSearch: validatePolicyMetricsSearch,
  component: lazyRouteComponent(page.policyMetrics, 'PolicyMetricsPage'),
});

const impactAnalysisRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'metrics/policies/$policyId/impact/$versionId',
  component: lazyRouteComponent(page.impactAnalysis, 'ImpactAnalysisPage'),
});

const ACCOUNT_TABS: readonly AccountTab[] = ['profile', 'password', 'sessions', 'tokens'];

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'account',
  validateSearch: (search: Record<string, unknown>): { tab?: AccountTab } =>
    ACCOUNT_TABS.includes(search.tab as AccountTab) ? { tab: search.tab as AccountTab } : {},
  component: lazyRouteComponent(page.account, 'AccountPage'),
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  loginRoute,
  inviteRoute,
  changelogRoute,
  acknowledgeRoute,
  appRoute.addChildren([
    homeRoute,
    policiesRoute,
    policyChangesRoute,
    libraryImportRoute,
    policyRoute,
    policyVersionRoute,
    policyDiffRoute,
    searchRoute,
    peopleRoute,
    personRoute,
    stakeholdersRoute,
    stakeholderRoute,
    teamsRoute,
    teamRoute,
    auditRoute,
    jobsRoute,
    applicabilitySettingsRoute,
    workspaceSettingsRoute,
    mailSettingsRoute,
    accountRoute,
    inboxRoute,
    myActionsRoute,
    reviewsRoute,
    roadmapRoute,
    roadmapInitiativeRoute,
    changeRequestsRoute,
    changeRequestSettingsRoute,
    changeRequestRoute,
    roadmapBaselinesRoute,
    roadmapImportRoute,
    roadmapCapacityRoute,
    okrTreeRoute,
    okrDashboardRoute,
    okrObjectiveRoute,
    okrCloseRoute,
    adoptionCampaignRoute,
    adoptionAudiencesRoute,
    workingGroupsRoute,
    workingGroupRoute,
    meetingRoute,
    raidRoute,
    raidItemRoute,
    decisionsRoute,
    decisionRoute,
    metricsRoute,
    metricImportsRoute,
    policyMetricsRoute,
    impactAnalysisRoute,
  ]),
]);

/** The app's router; `queryClient` is handed to every route's beforeLoad. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
