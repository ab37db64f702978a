import type { DbScope } from '../../db/scope.js';
import type { AuditService } from '../audit/audit.service.js';
import { LinkedRecords } from '../links/linked-records.js';
import { EngagementService } from './engagement.service.js';
import { EngagementSources } from './engagement-sources.js';
import { signOffEngagementSource } from './sign-off-engagement.js';
import { StakeholderMatrixService } from './stakeholder-matrix.service.js';
import { StakeholdersService } from './stakeholders.service.js';

export interface StakeholderServices {
  /** The directory; other modules call `summaries`, `requireExisting` and `forUser` on it. */
  directory: StakeholdersService;
  /** Engagement history; other modules add their sources with `engagement.sources.register(...)`. */
  engagement: EngagementService;
  matrix: StakeholderMatrixService;
}

export interface StakeholderDeps {
  db: DbScope;
  audit: AuditService;
  /** The governance links (for the CR need-to-know rule); a plain one when the app has none to share. */
  links?: LinkedRecords;
}

/** The stakeholder services, wired once; the sign-off engagement source is registered here. */
export function createStakeholderServices(deps: StakeholderDeps): StakeholderServices {
  const directory = new StakeholdersService(deps.db, deps.audit);
  const sources = new EngagementSources();
  sources.register(signOffEngagementSource);
  const engagement = new EngagementService(deps.db, directory, sources);
  const matrix = new StakeholderMatrixService(deps.db, directory, deps.links ?? new LinkedRecords(), deps.audit);
  return { directory, engagement, matrix };
}
