import type { InitiativeDetail, InitiativeStatus } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { DbScope } from '../../db/scope.js';
import { viewerOf } from '../policies/policy-access.js';
import * as depsRepo from './dependencies.repository.js';
import { toDependency } from './dependency-views.js';
import * as updatesRepo from './health-updates.repository.js';
import * as repo from './initiatives.repository.js';
import type { InitiativeRow } from './initiatives.repository.js';
import { toHealthUpdate, toMilestone, toSummary, type ViewContext } from './initiative-views.js';
import * as milestonesRepo from './milestones.repository.js';
import { shownProgress } from './progress.js';

/** How many health updates the initiative page draws as its strip of dots. */
export const RECENT_UPDATES = 26;

/**
 * The initiative page in one reply: its summary, description, children, the linked policies the
 * caller may see (the library's need-to-know rule, in the query), milestones, both directions of
 * dependencies and the latest health updates. A fixed number of queries, whatever its size.
 */
export async function readDetail(
  db: DbScope,
  actor: Actor,
  row: InitiativeRow,
  ctx: ViewContext,
): Promise<InitiativeDetail> {
  const id = row.id;
  const [areas, teams, policies, milestones, dependencies, children, parentTitle, updates] = await Promise.all([
    repo.areasOf(db, [id]),
    repo.teamsOf(db, [id]),
    repo.visiblePoliciesOf(db, viewerOf(actor), id),
    milestonesRepo.listFor(db, id),
    depsRepo.touching(db, id),
    repo.childrenOf(db, id),
    row.parent_id ? repo.titleOf(db, row.parent_id) : Promise.resolve(undefined),
    updatesRepo.page(db, id, null, RECENT_UPDATES),
  ]);
  const deps = dependencies.map((d) => toDependency(actor, d));
  return {
    ...toSummary(actor, row, { areas: areas.get(id) ?? [], teams: teams.get(id) ?? [] }, ctx),
    description: row.description,
    parent: row.parent_id && parentTitle !== undefined ? { id: row.parent_id, title: parentTitle } : null,
    children: children.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status as InitiativeStatus,
      progress: shownProgress(c.derived_progress, c.progress_override),
    })),
    policies: policies.map((p) => ({ id: p.id, slug: p.slug, title: p.title, restricted: p.restricted === 1 })),
    milestones: milestones.map(toMilestone),
    predecessors: deps.filter((d) => d.to.initiativeId === id),
    successors: deps.filter((d) => d.from.initiativeId === id),
    recentUpdates: updates.map(toHealthUpdate),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    createdAt: row.created_at,
  };
}
