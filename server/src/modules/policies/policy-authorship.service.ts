import type { PolicyAuthorship, PolicyAuthorshipQuery } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { UsersService } from '../users/users.service.js';
import type { PoliciesService } from './policies.service.js';
import { viewerOf } from './policy-access.js';
import * as repo from './policy-authorship.repository.js';
import { readPolicies } from './policy-version-reading.js';
import { policyStatusOf } from './version-states.js';
import { type DbScope } from '../../db/scope.js';

/**
 * A person's part in the library, for their profile: the policies they own and the versions they
 * wrote, of the policies the caller may see (restricted ones only for their owners, members and
 * admins), with states as of today.
 */
export class PolicyAuthorshipService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly users: UsersService,
    private readonly dimensions: ApplicabilityDimensionsService,
  ) {}

  /** Throws FORBIDDEN, NOT_FOUND (no such person). */
  async get(actor: Actor, userId: string, query: PolicyAuthorshipQuery): Promise<PolicyAuthorship> {
    authorize(actor, 'policies.read');
    await this.users.get(actor, userId);
    const viewer = viewerOf(actor);
    const [owned, wrote] = await Promise.all([
      repo.ownedBy(this.db, viewer, userId, query.limit),
      repo.writtenBy(this.db, viewer, userId, query.limit),
    ]);
    const policies = new Map<string, { id: string; retired_at: string | null }>();
    for (const p of owned.rows) policies.set(p.id, p);
    for (const v of wrote.rows) policies.set(v.policy_id, { id: v.policy_id, retired_at: v.retired_at });
    const readings = await readPolicies(this.db, this.dimensions, [...policies.values()], this.policies.today());
    return {
      userId,
      owns: {
        items: owned.rows.map((p) => {
          const reading = readings.get(p.id)!;
          const inForce = reading.published.some((v) => reading.state({ id: v.id, state: 'live' }) === 'live');
          return {
            id: p.id,
            slug: p.slug,
            title: p.title,
            restricted: p.restricted === 1,
            areaName: p.area_name,
            status: policyStatusOf(p.status, inForce),
            updatedAt: p.updated_at,
          };
        }),
        total: owned.total,
      },
      wrote: {
        items: wrote.rows.map((v) => {
          const reading = readings.get(v.policy_id)!;
          return {
            policy: { id: v.policy_id, slug: v.slug, title: v.title, restricted: v.restricted === 1 },
            version: {
              id: v.id,
              label: v.label,
              state: reading.state(v),
              effectiveDate: v.effective_date,
              marketStates: reading.marketStates(v.id),
              changeSummary: v.change_summary,
            },
            createdAt: v.created_at,
            updatedAt: v.updated_at,
          };
        }),
        total: wrote.total,
      },
    };
  }
}
