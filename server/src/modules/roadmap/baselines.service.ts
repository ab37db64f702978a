import {
  fiscalQuarterLabel,
  fiscalQuarterOf,
  fiscalYear,
  parsePeriodKey,
  periodKey,
  type InitiativeStatus,
  type RoadmapBaseline,
  type RoadmapBaselineCreate,
  type RoadmapBaselineList,
  type RoadmapCompareQuery,
  type RoadmapComparison,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { RoadmapBaselinesTable } from '../../db/roadmap-baselines-schema.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound } from '../../http/app-error.js';
import { addDays, type Clock } from '../../platform/clock.js';
import { type AuditCause, type AuditService, SYSTEM_CAUSE } from '../audit/audit.service.js';
import { keyResultTargetsForYear } from '../okrs/key-results.service.js';
import { viewerOf } from '../policies/policy-access.js';
import { compareWithBaseline, type RoadmapSnapshot } from './baseline-compare.js';
import { decodeSnapshot, encodeSnapshot } from './baseline-snapshot.js';
import * as repo from './baselines.repository.js';
import type { BaselineMeta } from './baselines.repository.js';
import { comparisonNames, sortedBySize } from './baseline-comparison-view.js';
import type { PlanningSettingsService } from './planning-settings.service.js';

/** Decoded snapshots kept in memory (a 20k-initiative year decodes in about 80 ms). */
const DECODED_KEPT = 3;

function grouped(pairs: [string, string][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [initiative, ref] of pairs) {
    const list = map.get(initiative);
    if (list) list.push(ref);
    else map.set(initiative, [ref]);
  }
  for (const list of map.values()) list.sort();
  return map;
}

/**
 * Baselines of a fiscal year's roadmap: saved by program managers and admins (roadmap.manage),
 * made automatically once per quarter (`ensureQuarterBaseline`, run by a timer: reads never write),
 * never changed; manual ones are deleted only by roadmap.manage, automatic ones never (they are the
 * record of each quarter's start); every creation and deletion is audited. Comparing with a date
 * uses the latest baseline taken on or before that day and says which one it used.
 */
export class RoadmapBaselinesService {
  private readonly decoded = new Map<string, RoadmapSnapshot>();

  constructor(
    private readonly db: DbScope,
    private readonly settings: PlanningSettingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Throws VALIDATION_FAILED (params.key) unless the key is a fiscal year. */
  private async span(scope: DbScope, key: string) {
    const parsed = parsePeriodKey(key);
    if (!parsed || parsed.quarter !== null) throw fieldError('params.key', 'Use a fiscal year, e.g. FY2027');
    const fy = fiscalYear(parsed.year, await this.settings.startMonth(scope));
    return { start: fy.start, end: fy.end };
  }

  private view(actor: Actor, row: BaselineMeta): RoadmapBaseline {
    return {
      id: row.id,
      yearKey: row.year_key,
      name: row.name,
      kind: row.kind as RoadmapBaseline['kind'],
      period: row.period,
      createdBy: row.created_by && row.created_by_name ? { id: row.created_by, name: row.created_by_name } : null,
      createdAt: row.created_at,
      counts: {
        initiatives: row.initiative_count,
        milestones: row.milestone_count,
        keyResults: row.key_result_count,
      },
      abilities: { delete: row.kind !== 'automatic' && can(actor, 'roadmap.manage') },
    };
  }

  /** The live roadmap of the year in the snapshot's shape (read-only; in `scope`, so a write can snapshot first). */
  async liveSnapshot(scope: DbScope, key: string): Promise<RoadmapSnapshot> {
    const span = await this.span(scope, key);
    const [initiatives, milestones, areas, policies, teams, keyResults] = await Promise.all([
      repo.initiatives(scope, span),
      repo.milestones(scope, span),
      repo.links(scope, span, 'initiative_areas'),
      repo.links(scope, span, 'initiative_policies'),
      repo.links(scope, span, 'initiative_teams'),
      keyResultTargetsForYear(scope, key),
    ]);
    const [areaIds, policyIds, teamIds] = [grouped(areas), grouped(policies), grouped(teams)];
    return {
      initiatives: initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        ownerId: i.owner_id,
        status: i.status as InitiativeStatus,
        start: i.start_date,
        end: i.end_date,
        areaIds: areaIds.get(i.id) ?? [],
        policyIds: policyIds.get(i.id) ?? [],
        teamIds: teamIds.get(i.id) ?? [],
      })),
      milestones: milestones.map((m) => ({ id: m.id, initiativeId: m.initiative_id, title: m.title, date: m.date })),
      keyResults,
    };
  }

  /** Takes and stores a snapshot; false when an automatic one of that period exists already. */
  private async store(
    trx: DbScope,
    cause: AuditCause,
    key: string,
    fields: Pick<RoadmapBaselinesTable, 'name' | 'kind' | 'period' | 'created_by'>,
  ): Promise<string | null> {
    const snapshot = await this.liveSnapshot(trx, key);
    // An automatic baseline of a year with nothing planned would only show everything as "added" once
    // the plan is written; the quarter's baseline is taken by the first run after something is planned.
    if (fields.kind === 'automatic' && snapshot.initiatives.length === 0) return null;
    const row: RoadmapBaselinesTable = {
      id: uuidv7(),
      year_key: key,
      ...fields,
      snapshot: encodeSnapshot(snapshot),
      initiative_count: snapshot.initiatives.length,
      milestone_count: snapshot.milestones.length,
      key_result_count: snapshot.keyResults.length,
      created_at: this.clock.now().toISOString(),
    };
    if (!(await repo.insert(trx, row))) return null;
    await this.audit.record(trx, cause, {
      action: 'roadmap_baseline.created',
      entityType: 'roadmap_baseline',
      entityId: row.id,
      after: {
        id: row.id,
        yearKey: key,
        name: row.name,
        kind: row.kind as RoadmapBaseline['kind'],
        period: row.period,
        initiatives: row.initiative_count,
        milestones: row.milestone_count,
        keyResults: row.key_result_count,
      },
    });
    return row.id;
  }

  /**
   * A stored snapshot, decoded. Baselines never change, so the last few decoded ones are kept (a
   * planner flips between the same two or three); a deleted one is never asked for again, because
   * its metadata is read first.
   */
  private async storedSnapshot(id: string): Promise<RoadmapSnapshot> {
    const cached = this.decoded.get(id);
    if (cached) {
      this.decoded.delete(id);
      this.decoded.set(id, cached);
      return cached;
    }
    const snapshot = decodeSnapshot((await repo.snapshotOf(this.db, id))!);
    this.decoded.set(id, snapshot);
    if (this.decoded.size > DECODED_KEPT) this.decoded.delete(this.decoded.keys().next().value!);
    return snapshot;
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED (params.key). */
  async create(actor: Actor, key: string, input: RoadmapBaselineCreate): Promise<RoadmapBaseline> {
    authorize(actor, 'roadmap.manage');
    return inTransaction(this.db, async (trx) => {
      const id = (await this.store(trx, actor, key, {
        name: input.name,
        kind: 'manual',
        period: null,
        created_by: actor.id,
      }))!;
      return this.view(actor, (await repo.findMeta(trx, key, id))!);
    });
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED (params.key). */
  async list(actor: Actor, key: string): Promise<RoadmapBaselineList> {
    authorize(actor, 'roadmap.read');
    await this.span(this.db, key);
    return { items: (await repo.listOfYear(this.db, key)).map((row) => this.view(actor, row)) };
  }

  /** Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (params.key). */
  async get(actor: Actor, key: string, id: string): Promise<RoadmapBaseline> {
    authorize(actor, 'roadmap.read');
    await this.span(this.db, key);
    const row = await repo.findMeta(this.db, key, id);
    if (!row) throw notFound('Baseline');
    return this.view(actor, row);
  }

  /**
   * Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (params.key), INVALID_STATE for an automatic
   * baseline: the next hourly run would take a new one from the mid-quarter roadmap under the same
   * "Start of …" name, so the record of the quarter's start would quietly become a lie.
   */
  async delete(actor: Actor, key: string, id: string): Promise<void> {
    authorize(actor, 'roadmap.manage');
    await this.span(this.db, key);
    await inTransaction(this.db, async (trx) => {
      const row = await repo.findMeta(trx, key, id);
      if (!row) throw notFound('Baseline');
      if (row.kind === 'automatic')
        throw new AppError(
          'INVALID_STATE',
          `“${row.name}” cannot be deleted: automatic baselines are kept as the record of each quarter's start`,
        );
      await repo.remove(trx, id);
      this.decoded.delete(id);
      await this.audit.record(trx, actor, {
        action: 'roadmap_baseline.deleted',
        entityType: 'roadmap_baseline',
        entityId: id,
        before: {
          id,
          yearKey: key,
          name: row.name,
          kind: row.kind as RoadmapBaseline['kind'],
          period: row.period,
          initiatives: row.initiative_count,
          milestones: row.milestone_count,
          keyResults: row.key_result_count,
        },
      });
    });
  }

  /**
   * The live roadmap against a baseline, or against the latest baseline taken on or before a day.
   * Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (querystring.baseline when both or neither are given).
   */
  async compare(actor: Actor, key: string, query: RoadmapCompareQuery): Promise<RoadmapComparison> {
    authorize(actor, 'roadmap.read');
    await this.span(this.db, key);
    if ((query.baseline === undefined) === (query.date === undefined))
      throw fieldError('querystring.baseline', 'Give either a baseline or a date to compare with, not both');
    const meta = query.baseline
      ? await repo.findMeta(this.db, key, query.baseline)
      : await repo.latestBefore(this.db, key, `${addDays(query.date!, 1)}T00:00:00.000Z`);
    if (!meta)
      throw query.baseline
        ? notFound('Baseline')
        : new AppError('NOT_FOUND', `No baseline of ${key} was taken on or before ${query.date}`);
    const [baseline, live] = await Promise.all([this.storedSnapshot(meta.id), this.liveSnapshot(this.db, key)]);
    let comparison = compareWithBaseline(baseline, live);
    const policyIds = [
      ...new Set(comparison.initiatives.scopeChanged.flatMap((s) => [...s.policies.added, ...s.policies.removed])),
    ];
    const policies = await repo.visiblePolicyNames(this.db, viewerOf(actor), policyIds);
    if (policies.length < policyIds.length) {
      const visible = new Set(policies.map((p) => p.id));
      comparison = compareWithBaseline(baseline, live, { canSeePolicy: (id) => visible.has(id) });
    }
    return {
      baseline: this.view(actor, meta),
      date: query.date ?? null,
      ...sortedBySize(comparison),
      names: await comparisonNames(this.db, comparison, baseline, live, policies),
    };
  }

  /**
   * The automatic baseline of the quarter `today` is in, unless it exists (cheap indexed check);
   * safe with several app servers: a second insert of the same (year, kind, period) is skipped.
   * Returns the new baseline's id, or null.
   */
  async ensureQuarterBaseline(): Promise<string | null> {
    const startMonth = await this.settings.startMonth(this.db);
    const quarter = fiscalQuarterOf(this.clock.today(), startMonth);
    const key = periodKey({ year: quarter.year });
    const period = periodKey(quarter);
    if (await repo.hasAutomatic(this.db, key, period)) return null;
    return inTransaction(this.db, (trx) =>
      this.store(trx, SYSTEM_CAUSE, key, {
        name: `Start of ${fiscalQuarterLabel(quarter)}`,
        kind: 'automatic',
        period,
        created_by: null,
      }),
    );
  }
}
