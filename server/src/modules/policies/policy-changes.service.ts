import type { PolicyChange } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { viewerOf } from './policy-access.js';
import * as policiesRepo from './policies.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import type { PoliciesService } from './policies.service.js';
import { summaryOf } from './policy-version-records.js';
import { type DbScope } from '../../db/scope.js';

/** "What changed in the library between date A and date B": published versions by effective date. */
export class PolicyChangesService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
  ) {}

  /** Newest first, each with the version it replaced (for a diff). Restricted policies only for their members. */
  async between(actor: Actor, from: string, to: string): Promise<PolicyChange[]> {
    authorize(actor, 'policies.read');
    const viewer = viewerOf(actor);
    const changed = await versionsRepo.publishedBetween(this.db, viewer, from, to);
    const policyIds = [...new Set(changed.map((v) => v.policy_id))];
    const [policies, history, states] = await Promise.all([
      policiesRepo.findVisibleMany(this.db, viewer, 'id', policyIds),
      versionsRepo.publishedOf(this.db, policyIds),
      this.policies.readingStatesOf(this.db, policyIds),
    ]);
    const policyById = new Map(policies.map((p) => [p.id, p]));
    return changed.flatMap((version) => {
      const policy = policyById.get(version.policy_id);
      if (!policy) return [];
      const ofPolicy = history.filter((h) => h.policy_id === version.policy_id);
      const index = ofPolicy.findIndex((h) => h.id === version.id);
      return [
        {
          policy: {
            id: policy.id,
            slug: policy.slug,
            title: policy.title,
            status: states.policy(policy.id, policy.status),
          },
          version: summaryOf(version, states.version(version.id, version.state)),
          previousVersionId: index > 0 ? ofPolicy[index - 1]!.id : null,
        },
      ];
    });
  }
}
