import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-policy-library.js';
import * as m0003 from './0003-search.js';
import * as m0004 from './0004-changelog.js';
import * as m0005 from './0005-collaboration.js';
import * as m0006 from './0006-applicability.js';
import * as m0007 from './0007-clause-anchors.js';
import * as m0008 from './0008-search-rowids.js';
import * as m0009 from './0009-backfill-clause-anchors.js';
import * as m0010 from './0010-audit-keyed-chain.js';
import * as m0011 from './0011-policy-version-reviews.js';
import * as m0012 from './0012-library-lists-and-search-scope.js';
import * as m0013 from './0013-reread-clause-anchors.js';
import * as m0014 from './0014-public-changelog.js';
import * as m0015 from './0015-roadmap.js';
import * as m0016okrs from './0016-okrs.js';
import * as m0017 from './0017-activity-events-and-authors.js';
import * as m0018 from './0018-roadmap-baselines.js';
import * as m0019 from './0019-team-capacity.js';
import * as m0020 from './0020-initiative-key-results.js';
import * as m0021 from './0021-jobs.js';
import * as m0022 from './0022-key-result-final-values.js';
import * as m0023 from './0023-roadmap-revision.js';
import * as m0024 from './0024-change-requests.js';
import * as m0025 from './0025-notification-preferences.js';
import * as m0026 from './0026-change-request-launches.js';
import * as m0027 from './0027-adoption.js';
import * as m0028 from './0028-saved-views.js';
import * as m0029 from './0029-stakeholders.js';
import * as m0030 from './0030-working-groups.js';
import * as m0031 from './0031-action-items.js';
import * as m0032 from './0032-raid.js';
import * as m0033 from './0033-decisions.js';
import * as m0034 from './0034-calendar-feeds.js';
import * as m0035 from './0035-metric-daily.js';
import * as m0036 from './0036-metric-imports.js';
import * as m0037 from './0037-metric-rollups.js';
import * as m0038 from './0038-impact-analyses.js';

/** Migrations in order. Imported statically so the bundled server carries them. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-policy-library': m0002,
  '0003-search': m0003,
  '0004-changelog': m0004,
  '0005-collaboration': m0005,
  '0006-applicability': m0006,
  '0007-clause-anchors': m0007,
  '0008-search-rowids': m0008,
  '0009-backfill-clause-anchors': m0009,
  '0010-audit-keyed-chain': m0010,
  '0011-policy-version-reviews': m0011,
  '0012-library-lists-and-search-scope': m0012,
  '0013-reread-clause-anchors': m0013,
  '0014-public-changelog': m0014,
  '0015-roadmap': m0015,
  '0016-okrs': m0016okrs,
  '0017-activity-events-and-authors': m0017,
  '0018-roadmap-baselines': m0018,
  '0019-team-capacity': m0019,
  '0020-initiative-key-results': m0020,
  '0021-jobs': m0021,
  '0022-key-result-final-values': m0022,
  '0023-roadmap-revision': m0023,
  '0024-change-requests': m0024,
  '0025-notification-preferences': m0025,
  '0026-change-request-launches': m0026,
  '0027-adoption': m0027,
  '0028-saved-views': m0028,
  '0029-stakeholders': m0029,
  '0030-working-groups': m0030,
  '0031-action-items': m0031,
  '0032-raid': m0032,
  '0033-decisions': m0033,
  '0034-calendar-feeds': m0034,
  '0035-metric-daily': m0035,
  '0036-metric-imports': m0036,
  '0037-metric-rollups': m0037,
  '0038-impact-analyses': m0038,
};
