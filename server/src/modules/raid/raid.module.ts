import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { raidCollaborationEntity } from './raid-collaboration.js';
import { RaidEscalationService } from './raid-escalation.service.js';
import type { RaidRouteServices } from './raid.routes.js';
import type { StakeholderDirectory } from './raid-views.js';
import { RaidService } from './raid.service.js';

export interface RaidModuleDeps {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  jobs: JobQueue;
  collaboration: CollaborationService;
  entities: CollaborationEntities;
  links: LinkedRecords;
  stakeholders: StakeholderDirectory;
}

export type RaidServices = RaidRouteServices;

/** The app's RAID services, wired once: the collaboration entity, the escalation jobs and schedule. */
export function createRaidServices(deps: RaidModuleDeps): RaidServices {
  const services = buildRaidServices(deps);
  deps.entities.register(raidCollaborationEntity());
  services.escalation.defineJobs();
  return services;
}

/** The services alone, registering nothing: the sample workspace builds a set on its own clock. */
export function buildRaidServices(deps: RaidModuleDeps): RaidServices {
  const items = new RaidService(deps.db, deps);
  return { items, escalation: new RaidEscalationService(deps.db, items, deps) };
}
