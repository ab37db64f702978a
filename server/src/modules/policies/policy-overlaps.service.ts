import type { PolicyOverlap, PolicyStatus } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { PoliciesService } from './policies.service.js';
import { viewerOf } from './policy-access.js';
import { definedTerms, jaccard, shingles } from './policy-overlap.js';
import * as policiesRepo from './policies.repository.js';
import type { PolicyListPosition } from './policies.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import { type DbScope } from '../../db/scope.js';

const MIN_SIMILARITY = 0.03;
const MAX_RESULTS = 6;
/** Policies compared per round trip: bounds memory (their texts in force) and bound parameters. */
const COMPARE_BATCH = 500;

/** "Possible overlaps": other policies defining the same terms or sharing wording with this one. */
export class PolicyOverlapsService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
  ) {}

  /**
   * Compares this policy's current text (in force today, else newest) with the text in force of
   * every other policy the caller can see, however many. Throws NOT_FOUND.
   */
  async get(actor: Actor, policyRef: string): Promise<PolicyOverlap[]> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const current = (await versionsRepo.currentVersions(this.db, [policy.id], this.policies.today())).get(policy.id);
    if (!current) return [];
    const ownTerms = definedTerms(current.body);
    const ownShingles = shingles(current.body);
    const today = this.policies.today();
    const overlaps: PolicyOverlap[] = [];
    // Every visible policy, a batch at a time: texts in force are read per batch, never all at once.
    let after: PolicyListPosition | null = null;
    for (;;) {
      const batch = await policiesRepo.list(this.db, viewerOf(actor), {}, { after, limit: COMPARE_BATCH });
      const others = batch.filter((p) => p.id !== policy.id);
      const texts = await versionsRepo.inForceOnForMany(
        this.db,
        others.map((p) => p.id),
        today,
      );
      for (const other of others) {
        const text = texts.get(other.id);
        if (!text) continue;
        const sharedTerms = [...definedTerms(text.body)].filter((t) => ownTerms.has(t)).sort();
        const similarity = Math.round(jaccard(ownShingles, shingles(text.body)) * 1000) / 1000;
        if (sharedTerms.length === 0 && similarity < MIN_SIMILARITY) continue;
        overlaps.push({
          policy: { id: other.id, slug: other.slug, title: other.title, status: other.status as PolicyStatus },
          sharedTerms,
          similarity,
        });
      }
      if (batch.length < COMPARE_BATCH) break;
      after = batch.at(-1)!;
    }
    return overlaps
      .sort((a, b) => b.sharedTerms.length - a.sharedTerms.length || b.similarity - a.similarity)
      .slice(0, MAX_RESULTS);
  }
}
