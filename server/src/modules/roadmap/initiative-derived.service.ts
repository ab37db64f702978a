import type { InitiativeStatus } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import * as repo from './initiatives.repository.js';
import { deriveProgress } from './progress.js';

/**
 * Rewrites an initiative's derived progress (and milestone counts), then its parent's, up to the
 * top: a parent's progress is its children's, so a change anywhere below moves every ancestor. Runs
 * in the caller's transaction, after the change. Parent chains are kept acyclic on write; `seen`
 * only guards against a loop in bad data.
 */
export async function refreshProgress(trx: DbScope, initiativeId: string): Promise<void> {
  const seen = new Set<string>();
  let id: string | null = initiativeId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const row = await repo.findById(trx, id);
    if (!row) return;
    const [milestones, children] = await Promise.all([repo.milestoneCounts(trx, id), repo.childrenOf(trx, id)]);
    const derived = deriveProgress({
      status: row.status as InitiativeStatus,
      milestones,
      children: children.map((c) => ({
        status: c.status as InitiativeStatus,
        progress: c.progress_override ?? c.derived_progress,
        effortWeeks: c.effort_weeks,
      })),
    });
    await repo.setDerived(trx, id, {
      derived_progress: derived.value,
      progress_source: derived.source,
      progress_basis: derived.basis,
      milestone_count: milestones.total,
      milestones_done: milestones.done,
    });
    id = row.parent_id;
  }
}
