import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { inputValidatorCompiler } from './http/validator.js';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from './config/config.js';
import type { DatabaseHandle } from './db/database.js';
import { authenticatePlugin } from './http/authenticate.js';
import { registerOpenApi } from './http/openapi.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerCompression } from './http/compression.js';
import { registerStaticAssets } from './http/static-assets.js';
import type { RouteAccess } from './http/route-access.js';
import { problemBody, registerProblemHandlers, sendProblem } from './http/problem.js';
import { zodToFastJsonSerializerCompiler } from './http/serializer.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { AuditService } from './modules/audit/audit.service.js';
import { loadAuditKey } from './modules/audit/audit-key.js';
import { accountRoutes } from './modules/auth/account.routes.js';
import { AccountService } from './modules/auth/account.service.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { AuthService } from './modules/auth/auth.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { invitationsRoutes } from './modules/invitations/invitations.routes.js';
import { InvitationsService } from './modules/invitations/invitations.service.js';
import { teamsRoutes } from './modules/teams/teams.routes.js';
import { TeamsService } from './modules/teams/teams.service.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { UsersService } from './modules/users/users.service.js';
import { peopleAndTeamsSample } from './modules/workspace/people-and-teams.sample.js';
import { PolicyAreasService } from './modules/policies/policy-areas.service.js';
import { policyAreasRoutes } from './modules/policies/policy-areas.routes.js';
import { PoliciesService } from './modules/policies/policies.service.js';
import { policiesRoutes } from './modules/policies/policies.routes.js';
import { PolicyVersionsService } from './modules/policies/policy-versions.service.js';
import { policyVersionsRoutes } from './modules/policies/policy-versions.routes.js';
import { policyRedlineRoutes } from './modules/policies/policy-redline.routes.js';
import { PolicyRedlineService } from './modules/policies/policy-redline.service.js';
import { policiesSample } from './modules/policies/policies.sample.js';
import { PolicyReferencesService } from './modules/policies/policy-references.service.js';
import { PolicyOverlapsService } from './modules/policies/policy-overlaps.service.js';
import { PolicyChangesService } from './modules/policies/policy-changes.service.js';
import { policyChangesRoutes } from './modules/policies/policy-changes.routes.js';
import { SearchService } from './search/search.service.js';
import { PolicyChangelogService } from './modules/policies/policy-changelog.service.js';
import { policyChangelogRoutes } from './modules/policies/policy-changelog.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { SampleWorkspaceService } from './modules/workspace/sample-workspace.service.js';
import { workspaceRoutes } from './modules/workspace/workspace.routes.js';
import { WorkspaceSettingsService } from './modules/workspace/workspace-settings.service.js';
import { workspaceSettingsRoutes } from './modules/workspace/workspace-settings.routes.js';
import { CollaborationEntities } from './modules/collaboration/collaboration-entities.js';
import { CollaborationService } from './modules/collaboration/collaboration.service.js';
import { collaborationRoutes } from './modules/collaboration/collaboration.routes.js';
import { CommentsService } from './modules/collaboration/comments.service.js';
import { WatchesService } from './modules/collaboration/watches.service.js';
import { NotificationsService } from './modules/collaboration/notifications.service.js';
import { NotificationMail } from './modules/collaboration/notification-mail.js';
import { NotificationSettingsService } from './modules/collaboration/notification-settings.service.js';
import { notificationSettingsRoutes } from './modules/collaboration/notification-settings.routes.js';
import { ActivityService } from './modules/collaboration/activity.service.js';
import { policyCollaborationEntity } from './modules/policies/policy-collaboration.js';
import { PolicyAnchorsService } from './modules/policies/policy-anchors.service.js';
import { LibraryExportService } from './modules/library-archive/library-export.service.js';
import { LibraryImportService } from './modules/library-archive/library-import.service.js';
import { libraryArchiveRoutes } from './modules/library-archive/library-archive.routes.js';
import { ApplicabilityDimensionsService } from './modules/applicability/dimensions.service.js';
import { PolicyApplicabilityService } from './modules/applicability/policy-applicability.service.js';
import { applicabilityRoutes } from './modules/applicability/applicability.routes.js';
import { applicabilitySample } from './modules/applicability/applicability.sample.js';
import { AdjustableClock, SystemClock, type Clock } from './platform/clock.js';
import { TestClockService } from './platform/test-clock.service.js';
import { pino } from 'pino';
import { createMailer, type MailLogger, type Mailer } from './platform/mail/mailer.js';
import { MailAdminService } from './platform/mail/mail-admin.service.js';
import { defineMailJobs, MailOutbox } from './platform/mail/mail-jobs.js';
import { redactUrlSecrets } from './http/log-redaction.js';
import { mailRoutes } from './platform/mail/mail.routes.js';
import { testClockRoutes } from './platform/test-clock.routes.js';
import { PolicyReviewsService } from './modules/policies/policy-reviews.service.js';
import { PolicyVersionWorkflowService } from './modules/policies/policy-version-workflow.service.js';
import { PolicyWorkService } from './modules/policies/policy-work.service.js';
import { PolicyAuthorshipService } from './modules/policies/policy-authorship.service.js';
import { policyAuthorshipRoutes } from './modules/policies/policy-authorship.routes.js';
import type { ReadingStates } from './modules/policies/version-states.js';
import { policyReviewsRoutes } from './modules/policies/policy-reviews.routes.js';
import { createOkrServices, type OkrServices } from './modules/okrs/okrs.module.js';
import { okrsRoutes } from './modules/okrs/okrs.routes.js';
import { createRoadmapServices, roadmapModuleRoutes, type RoadmapServices } from './modules/roadmap/roadmap.module.js';
import {
  createChangeRequestServices,
  type ChangeRequestServices,
} from './modules/change-requests/change-requests.module.js';
import { changeRequestsRoutes } from './modules/change-requests/change-requests.routes.js';
import { crLaunchRoutes } from './modules/change-requests/cr-launch.routes.js';
import {
  createAdoptionServices,
  scheduleAdoptionReminders,
  type AdoptionServices,
} from './modules/adoption/adoption.module.js';
import { adoptionRoutes } from './modules/adoption/adoption.routes.js';
import { savedViewsRoutes } from './modules/saved-views/saved-views.routes.js';
import { createStakeholderServices, type StakeholderServices } from './modules/stakeholders/stakeholders.module.js';
import { stakeholdersRoutes } from './modules/stakeholders/stakeholders.routes.js';
import { stakeholdersSample } from './modules/stakeholders/stakeholders.sample.js';
import {
  createActionItemServices,
  registerActionItemSources,
  scheduleActionItemReminders,
  type ActionItemServices,
} from './modules/action-items/action-items.module.js';
import { actionItemsRoutes } from './modules/action-items/action-items.routes.js';
import { actionItemsSample } from './modules/action-items/action-items.sample.js';
import { createCalendarServices, type CalendarServices } from './modules/calendar/calendar.module.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { LinkedRecords } from './modules/links/linked-records.js';
import { AgendaSources } from './modules/working-groups/agenda-sources.js';
import {
  createWorkingGroupServices,
  meetingsAttendedSource,
  workingGroupCalendarSource,
  type WorkingGroupServices,
} from './modules/working-groups/working-groups.module.js';
import { workingGroupsRoutes } from './modules/working-groups/working-groups.routes.js';
import { meetingHistorySample, workingGroupsSample } from './modules/working-groups/working-groups.sample.js';
import { createRaidServices, type RaidServices } from './modules/raid/raid.module.js';
import { raidRoutes } from './modules/raid/raid.routes.js';
import { raidAgendaSources } from './modules/raid/raid-agenda.js';
import { raidSample } from './modules/raid/raid.sample.js';
import { meetingsRoutes } from './modules/working-groups/meetings.routes.js';
import { createDecisionServices, type DecisionServices } from './modules/decisions/decisions.module.js';
import { decisionsRoutes } from './modules/decisions/decisions.routes.js';
import { decisionsSample } from './modules/decisions/decisions.sample.js';
import { SavedViewsService } from './modules/saved-views/saved-views.service.js';
import { planningSamples } from './modules/roadmap/roadmap.sample.js';
import { changeRequestsSample } from './modules/change-requests/change-requests.sample.js';
import {
  createMetricsServices,
  metricsRoutes,
  metricsSamples,
  type MetricsServices,
} from './modules/metrics/metrics.module.js';
import { adoptionSample } from './modules/adoption/adoption.sample.js';
import { roadmapCriticalPathRoutes } from './modules/roadmap/roadmap-critical-path.routes.js';
import { RoadmapCriticalPathService } from './modules/roadmap/roadmap-critical-path.service.js';
import { roadmapBaselinesRoutes, scheduleAutomaticBaselines } from './modules/roadmap/baselines.routes.js';
import { createJobQueue, type JobQueue } from './platform/jobs/index.js';
import { JobsService } from './modules/jobs/jobs.service.js';
import { jobsRoutes } from './modules/jobs/jobs.routes.js';
import { testJobsRoutes } from './platform/jobs/test-jobs.routes.js';
import { z } from 'zod';
import { RoadmapBaselinesService } from './modules/roadmap/baselines.service.js';

export interface Services {
  audit: AuditService;
  users: UsersService;
  teams: TeamsService;
  auth: AuthService;
  account: AccountService;
  invitations: InvitationsService;
  sample: SampleWorkspaceService;
  policyAreas: PolicyAreasService;
  policies: PoliciesService;
  policyVersions: PolicyVersionsService;
  policyVersionWorkflow: PolicyVersionWorkflowService;
  policyReviews: PolicyReviewsService;
  policyWork: PolicyWorkService;
  policyAuthorship: PolicyAuthorshipService;
  policyReferences: PolicyReferencesService;
  policyChanges: PolicyChangesService;
  search: SearchService;
  changelog: PolicyChangelogService;
  workspaceSettings: WorkspaceSettingsService;
  policyOverlaps: PolicyOverlapsService;
  collaboration: CollaborationService;
  comments: CommentsService;
  watches: WatchesService;
  notifications: NotificationsService;
  notificationSettings: NotificationSettingsService;
  activity: ActivityService;
  libraryImport: LibraryImportService;
  libraryExport: LibraryExportService;
  applicabilityDimensions: ApplicabilityDimensionsService;
  applicability: PolicyApplicabilityService;
  policyAnchors: PolicyAnchorsService;
  policyRedline: PolicyRedlineService;
  okrs: OkrServices;
  roadmap: RoadmapServices;
  changeRequests: ChangeRequestServices;
  adoption: AdoptionServices;
  /** The stakeholder directory (directory.summaries / requireExisting / forUser), engagement, RACI. */
  stakeholders: StakeholderServices;
  /** Action items (actionItems: CRUD, my actions, the meetings' MeetingActionPort) and their daily reminders. */
  actionItems: ActionItemServices;
  /** Calendar feeds; other modules add entries with `calendar.sources.register(...)`. */
  calendar: CalendarServices;
  /** Working groups and their meetings; agendas pre-fill from `agendaSources`. */
  workingGroups: WorkingGroupServices;
  /** The decision register (decisions, lifecycle: accept, supersede, revisits; revisitTriggers). */
  decisions: DecisionServices;
  /** The RAID log (items, heat map, escalation job); its agenda sources are registered at wiring. */
  raid: RaidServices;
  /** Policy metrics: ingest, dashboards, impact analyses (modules/metrics/metrics.module.ts). */
  metrics: MetricsServices;
  /** Background jobs for every module (platform/jobs): define at wiring, send from services. */
  jobs: JobQueue;
  jobsAdmin: JobsService;
  /** Outgoing mail for every module (SMTP, or the log when mail is off). */
  mailer: Mailer;
  mailAdmin: MailAdminService;
}

/** Wires every service to its dependencies; the one place that knows them all. */
export function createServices(
  config: AppConfig,
  database: DatabaseHandle,
  clock: Clock = new SystemClock(),
  logger: MailLogger = pino({ level: config.logLevel }),
): Services {
  const db = database.scope;
  const mailer = createMailer(config.mail, logger);
  const audit = new AuditService(db, loadAuditKey(config.auditKey));
  const jobs = createJobQueue(database, config.database, { logger });
  const users = new UsersService(db, audit);
  const teams = new TeamsService(db, users, audit);
  const auth = new AuthService(db, config, users, audit);
  const account = new AccountService(db, users, auth, audit);
  const mailOutbox = new MailOutbox(jobs, mailer);
  const invitations = new InvitationsService(db, config.publicUrl, users, teams, auth, audit, mailOutbox);
  const policyAreas = new PolicyAreasService(db, audit);
  // Search filters by where policies apply; the applicability service (built below, as it needs the
  // policies service, which needs search) answers when a search runs.
  const search = new SearchService(
    db,
    database.dialect,
    policyAreas,
    (actor, surfaceId, marketId): Promise<Set<string>> => applicability.policiesApplying(actor, surfaceId, marketId),
    {
      today: () => clock.today(),
      statesOf: (scope, policyIds): Promise<ReadingStates> => policies.readingStatesOf(scope, policyIds),
    },
  );
  const entities = new CollaborationEntities();
  entities.register(policyCollaborationEntity());
  const watches = new WatchesService(db, entities, audit);
  const notificationMail = new NotificationMail(mailOutbox, entities, config.publicUrl);
  const notifications = new NotificationsService(db, entities, notificationMail);
  const activity = new ActivityService(db, entities, watches, notifications);
  const comments = new CommentsService(db, entities, audit, watches, notifications, activity);
  const collaboration = new CollaborationService(activity, notifications, comments, watches);
  const okrs = createOkrServices({ db, clock, users, teams, audit, collaboration, entities });
  const roadmap = createRoadmapServices({ db, clock, users, teams, audit, collaboration, entities, okrs });
  const stakeholders = createStakeholderServices({ db, audit });
  // Working groups and meetings (issue 11): the shared governance links and the agenda registry.
  const governanceLinks = new LinkedRecords();
  const agendaSources = new AgendaSources();
  const actionItems = createActionItemServices({
    db,
    audit,
    clock,
    stakeholders: stakeholders.directory,
    links: governanceLinks,
    mailOutbox,
    collaboration,
    entities,
    publicUrl: config.publicUrl,
  });
  const calendar = createCalendarServices({
    db,
    audit,
    clock,
    directory: stakeholders.directory,
    publicUrl: config.publicUrl,
  });
  const workingGroups = createWorkingGroupServices({
    db,
    audit,
    clock,
    directory: stakeholders.directory,
    links: governanceLinks,
    agendaSources,
  });
  workingGroups.meetings.useOutcomePorts({ actions: actionItems.actionItems });
  const raid = createRaidServices({
    db,
    audit,
    clock,
    jobs,
    collaboration,
    entities,
    links: governanceLinks,
    stakeholders: stakeholders.directory,
  });
  for (const source of raidAgendaSources()) agendaSources.register(source);
  stakeholders.engagement.sources.register(meetingsAttendedSource);
  calendar.sources.register(workingGroupCalendarSource);
  registerActionItemSources(stakeholders.directory, {
    agenda: agendaSources,
    engagement: stakeholders.engagement.sources,
    calendar: calendar.sources,
  });
  // The decision register: search's second kind, the "decisions needed" agenda, "decision" engagement.
  const decisions = createDecisionServices({
    db,
    audit,
    clock,
    collaboration,
    people: stakeholders.directory,
    links: governanceLinks,
    search,
    entities,
    jobs,
    agendaSources,
    engagementSources: stakeholders.engagement.sources,
  });
  workingGroups.meetings.useOutcomePorts({ decisions: decisions.decisions });
  const adoption = createAdoptionServices({
    db,
    audit,
    clock,
    serverSecret: config.sessionSecret,
    publicUrl: config.publicUrl,
    mailOutbox,
    collaboration,
  });
  const policies = new PoliciesService(db, policyAreas, audit, search, collaboration, clock);
  const policyAnchors = new PolicyAnchorsService(db, policies);
  const applicabilityDimensions = new ApplicabilityDimensionsService(db, audit);
  const policyVersions = new PolicyVersionsService(
    db,
    policies,
    audit,
    search,
    collaboration,
    policyAnchors,
    applicabilityDimensions,
  );
  const policyReviews = new PolicyReviewsService(db, policies, audit, collaboration);
  const workspaceSettings = new WorkspaceSettingsService(db, audit);
  const changelog = new PolicyChangelogService(db, policies, workspaceSettings, audit, config.publicUrl);
  const policyVersionWorkflow = new PolicyVersionWorkflowService(
    db,
    policies,
    policyVersions,
    policyReviews,
    audit,
    collaboration,
    changelog,
  );
  // After the library's services: a CR's draft and launch are versions of its policy.
  const changeRequests = createChangeRequestServices({
    db,
    audit,
    clock,
    collaboration,
    entities,
    jobs,
    policies,
    policyVersions,
    changelog,
  });
  // A launch opens its adoption campaign in the launch's own transaction: both happen or neither.
  changeRequests.launches.onLaunched(async (trx, actor, launch) => {
    await adoption.campaigns.openCampaignInTransaction(trx, actor, launch);
  });
  const policyWork = new PolicyWorkService(db, policies, policyReviews, applicabilityDimensions);
  const policyAuthorship = new PolicyAuthorshipService(db, policies, users, applicabilityDimensions);
  const policyReferences = new PolicyReferencesService(db, policies);
  const policyRedline = new PolicyRedlineService(db, policies, policyVersions, config.publicUrl);
  const policyOverlaps = new PolicyOverlapsService(db, policies);
  const policyChanges = new PolicyChangesService(db, policies);
  const applicability = new PolicyApplicabilityService(db, policies, audit, collaboration);
  const libraryImport = new LibraryImportService(
    db,
    policyAreas,
    policies,
    policyVersions,
    changelog,
    policyAnchors,
    applicabilityDimensions,
    applicability,
    audit,
  );
  const libraryExport = new LibraryExportService(db, policyAreas, policyVersions, applicabilityDimensions, audit);
  const metricsDeps = {
    db,
    dialect: database.dialect,
    audit,
    clock,
    jobs,
    policies,
    policyVersions,
    dimensions: applicabilityDimensions,
    applicability,
  };
  const metrics = createMetricsServices(metricsDeps);
  const sample = new SampleWorkspaceService(
    db,
    [
      peopleAndTeamsSample(users, teams),
      policiesSample(policyAreas, policies, policyVersions, policyReviews, applicabilityDimensions),
      applicabilitySample(applicability, policies),
      ...planningSamples({ clock, users, teams, audit, collaboration, areas: policyAreas }),
      changeRequestsSample(
        {
          clock,
          audit,
          collaboration,
          jobs,
          policies,
          policyVersions,
          changelog,
          dimensions: applicabilityDimensions,
        },
        adoptionSample({
          audit,
          serverSecret: config.sessionSecret,
          publicUrl: config.publicUrl,
          mailOutbox,
          collaboration,
        }),
      ),
      stakeholdersSample({ audit }),
      workingGroupsSample({ audit, clock }),
      raidSample({
        clock,
        audit,
        collaboration,
        jobs,
        links: governanceLinks,
        stakeholders: stakeholders.directory,
      }),
      decisionsSample({ audit, clock, collaboration, search, people: stakeholders.directory }),
      actionItemsSample({
        clock,
        audit,
        stakeholders: stakeholders.directory,
        links: governanceLinks,
        mailOutbox,
        collaboration,
        publicUrl: config.publicUrl,
      }),
      meetingHistorySample({ audit, clock }),
      ...metricsSamples(metricsDeps, metrics, config.sampleMetrics),
    ],
    audit,
  );
  return {
    audit,
    users,
    teams,
    auth,
    account,
    invitations,
    sample,
    policyAreas,
    policies,
    policyVersions,
    policyVersionWorkflow,
    policyReviews,
    policyWork,
    policyAuthorship,
    policyReferences,
    policyChanges,
    search,
    changelog,
    workspaceSettings,
    policyOverlaps,
    collaboration,
    comments,
    watches,
    notifications,
    notificationSettings: new NotificationSettingsService(db, notificationMail),
    activity,
    libraryImport,
    libraryExport,
    applicabilityDimensions,
    applicability,
    policyAnchors,
    policyRedline,
    okrs,
    roadmap,
    changeRequests,
    adoption,
    stakeholders,
    workingGroups,
    decisions,
    raid,
    actionItems,
    calendar,
    metrics,
    jobs,
    jobsAdmin: new JobsService(db, jobs, audit),
    mailer,
    mailAdmin: new MailAdminService(db, mailer, audit, config.publicUrl),
  };
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RouteInfo {
  method: string;
  url: string;
  operationId: string | null;
  access: RouteAccess;
}

export interface BuiltApp {
  app: FastifyInstance;
  services: Services;
  /** Every route with its declared access: the route x role test walks this list. */
  routes: RouteInfo[];
}

/** Builds the HTTP application: security headers, auth, routes, OpenAPI, errors, the web app. */
export async function buildApp(
  config: AppConfig,
  database: DatabaseHandle,
  options: { logger?: boolean; clock?: Clock } = {},
): Promise<BuiltApp> {
  const clock = options.clock ?? (config.testClock ? new AdjustableClock() : new SystemClock());
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
                '*.password',
                '*.newPassword',
                '*.currentPassword',
              ],
              censor: '[redacted]',
            },
            serializers: {
              // Pino's request fields, with the secret of a link (acknowledgement, invitation) left out.
              req: (request: { method: string; url: string; host?: string; ip?: string }) => ({
                method: request.method,
                url: redactUrlSecrets(request.url),
                host: request.host,
                remoteAddress: request.ip,
              }),
            },
          },
    genReqId: () => uuidv7(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(inputValidatorCompiler);
  app.setSerializerCompiler(zodToFastJsonSerializerCompiler);
  // JSON only: a text/plain body on a JSON route is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as { operationId?: string; hide?: boolean } | undefined;
    if (schema?.hide || !route.url.startsWith('/api/')) return;
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        operationId: schema?.operationId ?? null,
        access: route.config?.access ?? 'authenticated',
      });
    }
  });
  registerProblemHandlers(app);
  registerSecurityHeaders(app, config.secureCookies);
  await registerCompression(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many attempts; try again in ${context.after}`,
    }),
  });

  const services = createServices(config, database, clock, app.log);
  app.addHook('onClose', async () => services.mailer.close());
  // Stopping waits for running handlers, so it comes before the database closes (main.ts).
  app.addHook('onClose', async () => services.jobs.stop());
  services.jobs.define('auth.purge-expired-sessions', { schema: z.object({}) }, () =>
    services.auth.purgeExpiredSessions(),
  );
  services.jobs.schedule('auth.purge-expired-sessions', '0 * * * *');
  defineMailJobs(services.jobs, services.mailer);
  scheduleAdoptionReminders(services.jobs, services.adoption.reminders);
  scheduleActionItemReminders(services.jobs, services.actionItems.reminders);
  await app.register(authenticatePlugin, {
    auth: services.auth,
    secret: config.sessionSecret,
    publicUrl: config.publicUrl,
  });
  await registerOpenApi(app, config.publicUrl);

  const limits = { secureCookies: config.secureCookies, loginRatePerMinute: config.login.ratePerMinute };
  await app.register(healthRoutes, { database });
  await app.register(authRoutes, { auth: services.auth, ...limits });
  await app.register(accountRoutes, { account: services.account });
  await app.register(notificationSettingsRoutes, { settings: services.notificationSettings });
  await app.register(usersRoutes, { users: services.users });
  await app.register(invitationsRoutes, { invitations: services.invitations, ...limits });
  await app.register(teamsRoutes, { teams: services.teams });
  await app.register(auditRoutes, { audit: services.audit });
  await app.register(jobsRoutes, { jobs: services.jobsAdmin });
  await app.register(mailRoutes, { mail: services.mailAdmin });
  await app.register(workspaceRoutes, { sample: services.sample });
  await app.register(workspaceSettingsRoutes, { settings: services.workspaceSettings });
  await app.register(policyAreasRoutes, { areas: services.policyAreas });
  await app.register(policiesRoutes, { policies: services.policies });
  await app.register(policyVersionsRoutes, {
    versions: services.policyVersions,
    workflow: services.policyVersionWorkflow,
    references: services.policyReferences,
    overlaps: services.policyOverlaps,
    anchors: services.policyAnchors,
  });
  await app.register(policyReviewsRoutes, { reviews: services.policyReviews, work: services.policyWork });
  await app.register(policyAuthorshipRoutes, { authorship: services.policyAuthorship });
  await app.register(policyRedlineRoutes, { redline: services.policyRedline });
  await app.register(policyChangesRoutes, { changes: services.policyChanges });
  await app.register(searchRoutes, { search: services.search });
  await app.register(policyChangelogRoutes, { changelog: services.changelog, publicUrl: config.publicUrl });
  await app.register(collaborationRoutes, {
    comments: services.comments,
    watches: services.watches,
    notifications: services.notifications,
    activity: services.activity,
  });

  await app.register(applicabilityRoutes, {
    dimensions: services.applicabilityDimensions,
    applicability: services.applicability,
  });
  await app.register(libraryArchiveRoutes, { importer: services.libraryImport, exporter: services.libraryExport });
  await app.register(okrsRoutes, services.okrs);
  await app.register(roadmapModuleRoutes, services.roadmap);
  await app.register(changeRequestsRoutes, services.changeRequests);
  await app.register(crLaunchRoutes, services.changeRequests);
  await app.register(adoptionRoutes, { ...services.adoption, publicRatePerMinute: config.login.ratePerMinute * 6 });
  await app.register(savedViewsRoutes, { savedViews: new SavedViewsService(database.scope) });
  await app.register(stakeholdersRoutes, services.stakeholders);
  await app.register(workingGroupsRoutes, services.workingGroups);
  await app.register(meetingsRoutes, services.workingGroups);
  await app.register(decisionsRoutes, services.decisions);
  await app.register(raidRoutes, services.raid);
  await app.register(actionItemsRoutes, services.actionItems);
  await app.register(metricsRoutes, services.metrics);
  await app.register(calendarRoutes, {
    feeds: services.calendar.feeds,
    publicRatePerMinute: config.login.ratePerMinute * 6,
  });
  await app.register(roadmapCriticalPathRoutes, {
    criticalPath: new RoadmapCriticalPathService(services.roadmap.years),
  });
  const roadmapBaselines = new RoadmapBaselinesService(
    database.scope,
    services.roadmap.settings,
    services.audit,
    clock,
  );
  await app.register(roadmapBaselinesRoutes, { baselines: roadmapBaselines });
  // The automatic start-of-quarter baseline runs on the real clock only (tests move an adjustable one).
  if (!(clock instanceof AdjustableClock)) scheduleAutomaticBaselines(services.jobs, roadmapBaselines, app.log);
  if (config.testClock) {
    if (!(clock instanceof AdjustableClock)) throw new Error('TEST_CLOCK=1 needs an adjustable clock');
    await app.register(testClockRoutes, { testClock: new TestClockService(database.scope, clock, services.audit) });
    await app.register(testJobsRoutes, { jobs: services.jobs });
  }

  const webDist = config.webDist ?? DEFAULT_WEB_DIST;
  const hasWeb = existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await registerStaticAssets(app, webDist);
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/assets/');
    if (hasWeb && isPage) {
      // Client-side routes: every page path gets the app shell, which the router then resolves.
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, problemBody('ROUTE_NOT_FOUND', request.id, `${request.method} ${path} does not exist`));
  });

  return { app, services, routes };
}
