import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import { KeyResultFeeds } from './key-result-feeds.js';
import { KeyResultsService } from './key-results.service.js';
import { ObjectivesService } from './objectives.service.js';
import { OkrBoardService } from './okr-board.service.js';
import { objectiveCollaborationEntity } from './okr-collaboration.js';
import { OkrPeriodsService } from './okr-periods.service.js';
import { OkrReader } from './okr-reader.js';

/** The OKR module's services. `feeds` is where other modules register key-result feeds (the roadmap's initiatives). */
export interface OkrServices {
  feeds: KeyResultFeeds;
  board: OkrBoardService;
  periods: OkrPeriodsService;
  objectives: ObjectivesService;
  keyResults: KeyResultsService;
}

/** Wires the OKR module (called from createServices) and registers objectives with collaboration. */
export function createOkrServices(deps: {
  db: DbScope;
  clock: Clock;
  users: UsersService;
  teams: TeamsService;
  audit: AuditService;
  collaboration: CollaborationService;
  entities: CollaborationEntities;
}): OkrServices {
  const { db, audit } = deps;
  deps.entities.register(objectiveCollaborationEntity());
  const feeds = new KeyResultFeeds();
  const reader = new OkrReader(feeds, deps.clock);
  const periods = new OkrPeriodsService(db, reader, audit, deps.collaboration);
  return {
    feeds,
    board: new OkrBoardService(db, reader, periods),
    periods,
    objectives: new ObjectivesService(db, reader, deps.users, deps.teams, audit, deps.collaboration),
    keyResults: new KeyResultsService(db, reader, feeds, audit, deps.collaboration),
  };
}
