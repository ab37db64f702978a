import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ChangeRequestServices } from './change-requests.routes.js';
import { ChangeRequestReadsService } from './change-requests-reads.service.js';
import { ChangeRequestsService } from './change-requests.service.js';
import { CrSettingsService } from './cr-settings.service.js';

export type { ChangeRequestServices };

export function createChangeRequestServices(deps: {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
}): ChangeRequestServices {
  const settings = new CrSettingsService(deps.db, deps.audit);
  const changeRequests = new ChangeRequestsService(deps.db, settings, deps.audit, deps.clock);
  return { changeRequests, reads: new ChangeRequestReadsService(deps.db, changeRequests), settings };
}
