import type { PolicyStatus, SearchQuery, SearchResult, VersionState } from '@policyops/contracts';
import type { DialectName } from '../db/database.js';
import { authorize, type Actor } from '../http/actor.js';
import { viewerOf } from '../modules/policies/policy-access.js';
import type { PolicyAreasService } from '../modules/policies/policy-areas.service.js';
import { queryTerms, snippet } from './search-query.js';
import * as searchRepo from './search.repository.js';
import { type DbScope } from '../db/scope.js';

/**
 * Full-text search across the library (policy versions today; later modules index their own
 * entities through `index`/`remove`). One interface over SQLite FTS5 and PostgreSQL full text.
 */
export class SearchService {
  constructor(
    private readonly db: DbScope,
    private readonly dialect: DialectName,
    private readonly areas: PolicyAreasService,
    /** Policies that apply on a surface / in a market, for this caller (the applicability module answers). */
    private readonly policiesApplying: (
      actor: Actor,
      surfaceId: string | undefined,
      marketId: string | undefined,
    ) => Promise<Set<string>>,
  ) {}

  /** Ranked, highlighted matches the caller may see. Throws FORBIDDEN. */
  async search(actor: Actor, query: SearchQuery): Promise<SearchResult> {
    authorize(actor, 'policies.read');
    const started = performance.now();
    const terms = queryTerms(query.q);
    if (terms.length === 0) return { items: [], tookMs: 0, broad: false };
    const areaIds = query.areaId ? await this.areas.subtreeIds(query.areaId) : undefined;
    const policyIds =
      query.surfaceId || query.marketId
        ? [...(await this.policiesApplying(actor, query.surfaceId, query.marketId))]
        : undefined;
    const { rows, broad } = await searchRepo.search(this.db, this.dialect, viewerOf(actor), terms, {
      limit: query.limit,
      ...(areaIds ? { areaIds } : {}),
      ...(policyIds ? { policyIds } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    });
    return {
      items: rows.map((r) => ({
        kind: 'policy_version' as const,
        policy: {
          id: r.policy_id,
          slug: r.slug,
          title: r.title,
          status: r.status as PolicyStatus,
          areaName: r.area_name,
        },
        version: { id: r.entity_id, label: r.label, state: r.state as VersionState, effectiveDate: r.effective_date },
        snippet: snippet(r.body, terms),
        score: Number(r.score),
      })),
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      broad,
    };
  }

  /** Indexes (or re-indexes) a policy version inside the caller's transaction. */
  index(trx: DbScope, doc: { entityId: string; policyId: string; title: string; body: string }): Promise<void> {
    return searchRepo.upsertDocument(trx, this.dialect, doc);
  }

  remove(trx: DbScope, entityId: string): Promise<void> {
    return searchRepo.removeDocument(trx, this.dialect, entityId);
  }

  retitlePolicy(trx: DbScope, policyId: string, title: string): Promise<void> {
    return searchRepo.retitlePolicy(trx, policyId, title);
  }
}
