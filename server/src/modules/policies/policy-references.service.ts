import type { PolicyLink, PolicyReferences, PolicyStatus, VersionState } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { PoliciesService } from './policies.service.js';
import { viewerOf } from './policy-access.js';
import { linkedSlugs } from './policy-links.js';
import * as policiesRepo from './policies.repository.js';
import type { PolicyRow } from './policies.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import { type DbScope } from '../../db/scope.js';

const linkOf = (row: PolicyRow): PolicyLink => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  status: row.status as PolicyStatus,
});

/** `[[slug]]` cross-references between policies, both ways, and the links that lead nowhere. */
export class PolicyReferencesService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
  ) {}

  /**
   * Links out of the policy's current text, policies whose current text links to it, and links
   * to slugs the caller cannot resolve. Restricted policies the caller may not see count as
   * unresolved, exactly like missing ones. Throws NOT_FOUND.
   */
  async get(actor: Actor, policyRef: string): Promise<PolicyReferences> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const viewer = viewerOf(actor);
    const candidates = (await policiesRepo.visibleWithVersionContaining(this.db, viewer, `[[${policy.slug}]]`)).filter(
      (c) => c.policy.id !== policy.id,
    );
    // The text each one stands for today (the version in force, else the newest), for all of them at once.
    const texts = await versionsRepo.currentVersions(
      this.db,
      [policy.id, ...candidates.map((c) => c.policy.id)],
      this.policies.today(),
    );
    const current = texts.get(policy.id);
    const slugs = current ? linkedSlugs(current.body).filter((s) => s !== policy.slug) : [];
    const targets = new Map(
      (await policiesRepo.findVisibleMany(this.db, viewer, 'slug', slugs)).map((p) => [p.slug, p]),
    );

    const referencedBy = candidates
      .filter(({ policy: candidate, versionIds }) => {
        const theirs = texts.get(candidate.id);
        return theirs && versionIds.includes(theirs.id) && linkedSlugs(theirs.body).includes(policy.slug);
      })
      .map((c) => linkOf(c.policy));

    return {
      basedOn: current ? { versionId: current.id, label: current.label, state: current.state as VersionState } : null,
      references: slugs.filter((s) => targets.has(s)).map((s) => linkOf(targets.get(s)!)),
      referencedBy: referencedBy.sort((a, b) => a.title.localeCompare(b.title)),
      broken: slugs.filter((s) => !targets.has(s)),
    };
  }
}
