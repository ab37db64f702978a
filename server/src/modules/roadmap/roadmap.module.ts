import type { FastifyPluginAsync } from 'fastify';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { OkrServices } from '../okrs/okrs.module.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import { DependenciesService } from './dependencies.service.js';
import { HealthUpdatesService } from './health-updates.service.js';
import { InitiativeChecks } from './initiative-checks.js';
import { initiativeFeed, InitiativeKeyResultsService } from './initiative-key-results.service.js';
import { initiativeKeyResultsRoutes } from './initiative-key-results.routes.js';
import { initiativeCollaborationEntity } from './initiative-collaboration.js';
import { InitiativesService } from './initiatives.service.js';
import { initiativesRoutes } from './initiatives.routes.js';
import { MilestonesService } from './milestones.service.js';
import { milestonesRoutes } from './milestones.routes.js';
import { PlanningSettingsService } from './planning-settings.service.js';
import { roadmapRoutes } from './roadmap.routes.js';
import { CapacityService } from './capacity.service.js';
import { capacityRoutes } from './capacity.routes.js';
import { RoadmapImportService } from './roadmap-import.service.js';
import { roadmapImportRoutes } from './roadmap-import.routes.js';
import { RoadmapYearService } from './roadmap-year.service.js';

/** The roadmap module's services. `settings.startMonth()` is the fiscal-year start every period is read with. */
export interface RoadmapServices {
  settings: PlanningSettingsService;
  initiatives: InitiativesService;
  milestones: MilestonesService;
  dependencies: DependenciesService;
  updates: HealthUpdatesService;
  years: RoadmapYearService;
  keyResultLinks: InitiativeKeyResultsService;
  imports: RoadmapImportService;
  capacity: CapacityService;
}

/** Wires the roadmap module (called from createServices) and registers initiatives with collaboration. */
export function createRoadmapServices(deps: {
  db: DbScope;
  clock: Clock;
  users: UsersService;
  teams: TeamsService;
  audit: AuditService;
  collaboration: CollaborationService;
  entities: CollaborationEntities;
  okrs: Pick<OkrServices, 'feeds' | 'objectives'>;
}): RoadmapServices {
  const { db, clock, audit, collaboration } = deps;
  deps.entities.register(initiativeCollaborationEntity());
  deps.okrs.feeds.register(initiativeFeed);
  const settings = new PlanningSettingsService(db, audit, clock);
  const checks = new InitiativeChecks(deps.users, deps.teams);
  const services: Omit<RoadmapServices, 'imports' | 'capacity'> = {
    settings,
    initiatives: new InitiativesService(db, settings, checks, audit, collaboration, clock),
    milestones: new MilestonesService(db, audit, collaboration, clock),
    dependencies: new DependenciesService(db, audit, collaboration, clock),
    updates: new HealthUpdatesService(db, audit, collaboration, clock),
    years: new RoadmapYearService(db, settings, clock),
    keyResultLinks: new InitiativeKeyResultsService(db, deps.okrs.objectives, audit, clock),
  };
  return {
    ...services,
    imports: new RoadmapImportService(db, services.initiatives, services.milestones, deps.users, audit),
    capacity: new CapacityService(db, services.years, audit, clock),
  };
}

/** Every roadmap route. */
export const roadmapModuleRoutes: FastifyPluginAsync<RoadmapServices> = async (app, services) => {
  await app.register(roadmapRoutes, { settings: services.settings, years: services.years });
  await app.register(initiativesRoutes, { initiatives: services.initiatives, updates: services.updates });
  await app.register(milestonesRoutes, { milestones: services.milestones, dependencies: services.dependencies });
  await app.register(initiativeKeyResultsRoutes, { links: services.keyResultLinks });
  await app.register(roadmapImportRoutes, { importer: services.imports });
  await app.register(capacityRoutes, { capacity: services.capacity });
};
