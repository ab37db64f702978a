import { roleHas } from '@policyops/contracts';
import { z } from 'zod';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { SearchService } from '../../search/search.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import type { EngagementSources } from '../stakeholders/engagement-sources.js';
import type { AgendaSources } from '../working-groups/agenda-sources.js';
import { DecisionLifecycle } from './decision-lifecycle.service.js';
import { visibleSearchTargets } from './decision-search.js';
import {
  decisionCollaborationEntity,
  decisionEngagementSource,
  decisionsNeededAgendaSource,
} from './decision-sources.js';
import type { StakeholderDirectory } from './decision-views.js';
import { DecisionsService } from './decisions.service.js';
import { RevisitTriggers } from './revisit-triggers.js';

export const DECISION_REVISIT_JOB = 'decision.revisit-sweep';

export interface DecisionServices {
  decisions: DecisionsService;
  lifecycle: DecisionLifecycle;
  /** Evaluators of revisit triggers by kind: a metrics module registers its condition here. */
  revisitTriggers: RevisitTriggers;
}

export interface DecisionDeps {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  collaboration: CollaborationService;
  people: StakeholderDirectory;
  links: LinkedRecords;
  search: SearchService;
}

/** The services alone, registering nothing (the sample workspace builds a set on its own clock). */
export function buildDecisionServices(deps: DecisionDeps): DecisionServices {
  const decisions = new DecisionsService(deps.db, {
    audit: deps.audit,
    clock: deps.clock,
    people: deps.people,
    links: deps.links,
    search: deps.search,
  });
  const revisitTriggers = new RevisitTriggers();
  const lifecycle = new DecisionLifecycle(decisions, revisitTriggers, {
    collaboration: deps.collaboration,
    people: deps.people,
  });
  decisions.acceptWith((trx, actor, id, version) => lifecycle.acceptInTransaction(trx, actor, id, { version }));
  return { decisions, lifecycle, revisitTriggers };
}

/**
 * The app's decision register, wired once: the collaboration entity, search's second kind, the
 * agenda and engagement sources, and the daily revisit job (06:30 UTC).
 */
export function createDecisionServices(
  deps: DecisionDeps & {
    entities: CollaborationEntities;
    jobs: JobQueue;
    agendaSources?: AgendaSources;
    engagementSources?: EngagementSources;
  },
): DecisionServices {
  const services = buildDecisionServices(deps);
  deps.entities.register(decisionCollaborationEntity());
  deps.search.registerRecordKind({
    kind: 'decision',
    mayRead: (actor) => roleHas(actor.role, 'governance.read'),
    visible: visibleSearchTargets,
  });
  deps.agendaSources?.register(decisionsNeededAgendaSource());
  deps.engagementSources?.register(decisionEngagementSource());
  deps.jobs.define(DECISION_REVISIT_JOB, { schema: z.object({}) }, async () => {
    await services.lifecycle.sweepRevisits();
  });
  deps.jobs.schedule(DECISION_REVISIT_JOB, '30 6 * * *');
  return services;
}
