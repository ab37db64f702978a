import type { DecisionSearchTarget, SearchHit, SearchQuery, SearchResult } from '@policyops/contracts';
import type { DialectName } from '../db/database.js';
import { authorize, type Actor } from '../http/actor.js';
import { plainText } from '../markdown/markdown.js';
import { viewerOf } from '../modules/policies/policy-access.js';
import type { PolicyAreasService } from '../modules/policies/policy-areas.service.js';
import type { ReadingStates } from '../modules/policies/version-states.js';
import { queryTerms, snippet, snippetSource } from './search-query.js';
import * as documentsRepo from './search-documents.repository.js';
import { currentScopeIds } from './search-scope.js';
import * as searchRepo from './search.repository.js';
import { type DbScope } from '../db/scope.js';

/**
 * Another kind of record searched beside the library (decisions, issue 11): its module indexes it
 * through `indexRecord` and answers, at search time, which matches the caller may see.
 */
export interface RecordSearchKind {
  kind: 'decision';
  /** Whether the caller may read this kind at all. */
  mayRead(actor: Actor): boolean;
  /** Of these matched ids, the ones the caller may see, with the text the snippet is cut from. */
  visible(db: DbScope, actor: Actor, ids: string[]): Promise<Map<string, DecisionSearchTarget & { text: string }>>;
}

/** A record of another kind, for the index. */
export interface RecordDocument {
  kind: 'decision';
  entityId: string;
  title: string;
  body: string;
}

/** What search reads of the policies module: today, and the states published versions read as today. */
export interface SearchReading {
  today(): string;
  statesOf(scope: DbScope, policyIds: string[]): Promise<ReadingStates>;
}

/**
 * Full-text search across the library (policy versions today; later modules index their own
 * entities through `index`/`remove`). One interface over SQLite FTS5 and PostgreSQL full text.
 */
export class SearchService {
  private readonly recordKinds = new Map<string, RecordSearchKind>();

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
    /** Today and the reading states, from the same clock and rule as every other reply. */
    private readonly reading: SearchReading,
  ) {}

  /**
   * Ranked, highlighted matches the caller may see: the versions in force today and the open ones,
   * or every version with `history`. Throws FORBIDDEN.
   */
  async search(actor: Actor, query: SearchQuery): Promise<SearchResult> {
    authorize(actor, 'policies.read');
    const started = performance.now();
    const terms = queryTerms(query.q);
    if (terms.length === 0) return { items: [], tookMs: 0, broad: false };
    const versions: { items: SearchHit[]; broad: boolean } =
      query.kind === 'decision' ? { items: [], broad: false } : await this.searchVersions(actor, query, terms);
    const records = await this.searchRecords(actor, query, terms);
    const items =
      records.length === 0 ? versions.items : [...versions.items, ...records].sort((a, b) => b.score - a.score);
    return {
      items: items.slice(0, query.limit),
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      broad: versions.broad,
    };
  }

  /** Other kinds of records (decisions): left out when a filter only policy versions have is set. */
  private async searchRecords(actor: Actor, query: SearchQuery, terms: string[]): Promise<SearchHit[]> {
    const policyFiltered = !!(
      query.areaId ||
      query.status ||
      query.surfaceId ||
      query.marketId ||
      query.from ||
      query.to
    );
    if (query.kind === 'policy_version' || (policyFiltered && query.kind !== 'decision')) return [];
    const hits: SearchHit[] = [];
    for (const kind of this.recordKinds.values()) {
      if (!kind.mayRead(actor)) continue;
      const matches = await searchRepo.searchRecords(this.db, this.dialect, kind.kind, terms);
      const visible = await kind.visible(
        this.db,
        actor,
        matches.map((m) => m.entityId),
      );
      for (const match of matches) {
        const found = visible.get(match.entityId);
        if (!found || hits.length >= query.limit) continue;
        const { text, ...decision } = found;
        hits.push({
          kind: 'decision',
          decision,
          snippet: snippet(plainText(snippetSource(text, terms)), terms),
          score: match.score,
        });
      }
    }
    return hits;
  }

  private async searchVersions(
    actor: Actor,
    query: SearchQuery,
    terms: string[],
  ): Promise<{ items: SearchHit[]; broad: boolean }> {
    const today = this.reading.today();
    const areaIds = query.areaId ? await this.areas.subtreeIds(query.areaId) : undefined;
    const policyIds =
      query.surfaceId || query.marketId
        ? [...(await this.policiesApplying(actor, query.surfaceId, query.marketId))]
        : undefined;
    const { rows, broad } = await searchRepo.search(this.db, this.dialect, viewerOf(actor), terms, {
      limit: query.limit,
      history: query.history,
      today,
      ...(areaIds ? { areaIds } : {}),
      ...(policyIds ? { policyIds } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    });
    const states = await this.reading.statesOf(this.db, [...new Set(rows.map((r) => r.policy_id))]);
    return {
      items: rows.map((r) => ({
        kind: 'policy_version' as const,
        policy: {
          id: r.policy_id,
          slug: r.slug,
          title: r.title,
          status: states.policy(r.policy_id, r.status),
          areaName: r.area_name,
        },
        version: {
          id: r.entity_id,
          label: r.label,
          state: states.version(r.entity_id, r.state),
          effectiveDate: r.effective_date,
        },
        snippet: snippet(plainText(snippetSource(r.body, terms)), terms),
        score: r.score,
      })),
      broad,
    };
  }

  /** Adds another kind of record to every search (done once, at wiring). */
  registerRecordKind(kind: RecordSearchKind): void {
    this.recordKinds.set(kind.kind, kind);
  }

  /** Indexes (or re-indexes) a record of another kind, in the caller's transaction. */
  indexRecord(trx: DbScope, doc: RecordDocument): Promise<void> {
    return documentsRepo.upsertDocument(trx, this.dialect, {
      entityId: doc.entityId,
      policyId: '',
      title: doc.title,
      body: doc.body,
      scope: doc.kind,
    });
  }

  /**
   * Indexes (or re-indexes) a policy version inside the caller's transaction, and brings the
   * policy's other documents into the scope its versions now call for.
   */
  async index(trx: DbScope, doc: { entityId: string; policyId: string; title: string; body: string }): Promise<void> {
    const current = currentScopeIds(await documentsRepo.versionsForScope(trx, doc.policyId), this.reading.today());
    await documentsRepo.upsertDocument(trx, this.dialect, {
      ...doc,
      scope: current.has(doc.entityId) ? 'current' : 'history',
    });
    await documentsRepo.rescopePolicy(trx, this.dialect, doc.policyId, current);
  }

  remove(trx: DbScope, entityId: string): Promise<void> {
    return documentsRepo.removeDocument(trx, this.dialect, entityId);
  }

  retitlePolicy(trx: DbScope, policyId: string, title: string): Promise<void> {
    return documentsRepo.retitlePolicy(trx, policyId, title);
  }
}
