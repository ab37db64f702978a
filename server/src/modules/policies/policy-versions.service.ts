import type {
  MarketDate,
  PolicyAsOf,
  PolicyDiff,
  PolicyVersion,
  PolicyVersionListItem,
  PolicyVersionUpdate,
  VersionState,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { PolicyVersionsTable } from '../../db/schema.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { SearchService } from '../../search/search.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import { versionActivity } from './policy-collaboration.js';
import * as policiesRepo from './policies.repository.js';
import type { PolicyRow } from './policies.repository.js';
import type { PoliciesService } from './policies.service.js';
import { POLICY_TEMPLATE, diffTexts } from './policy-diff.js';
import { labelTaken, nextMinorLabel } from './version-labels.js';
import * as changelogRepo from './policy-changelog.repository.js';
import * as repo from './policy-versions.repository.js';
import * as marketDatesRepo from './version-market-dates.repository.js';
import { assertMarketDates, inForceInMarket } from './version-market-dates.js';
import type { PolicyAnchorsService } from './policy-anchors.service.js';
import type { VersionRow } from './policy-versions.repository.js';
import { auditVersion, locked, summaryOf, versionAbilities } from './policy-version-records.js';
import { readPolicy, type PolicyReading } from './policy-version-reading.js';
import { isPublished } from './version-states.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

/** A draft's text was edited through the library (a change request holding it resets sign-offs). */
export interface DraftEdit {
  policyId: string;
  versionId: string;
  /** The body changed (not only the label, summary or dates). */
  bodyChanged: boolean;
  at: string;
}
export type DraftEditListener = (trx: DbScope, actor: Actor, edit: DraftEdit) => Promise<void>;
/** Told, inside the transaction, that which version is in force when may have changed for a policy. */
export type PublishedDatesListener = (trx: DbScope, policyId: string) => Promise<void>;
/** The change request a version belongs to, for its view (registered by the change-request module). */
export type VersionChangeRequestResolver = (
  db: DbScope,
  actor: Actor,
  versionId: string,
) => Promise<PolicyVersion['changeRequest']>;

export interface NewVersionInput {
  label?: string | undefined;
  body?: string | undefined;
  changeSummary: string;
  effectiveDate: string | null;
}

/**
 * Versions of a policy: drafting with optimistic concurrency, history, as-of and diffs (the review
 * steps are PolicyVersionWorkflowService's). Every reply carries the state a reader sees today.
 */
export class PolicyVersionsService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly audit: AuditService,
    private readonly search: SearchService,
    private readonly collaboration: CollaborationService,
    private readonly anchors: PolicyAnchorsService,
    private readonly dimensions: ApplicabilityDimensionsService,
  ) {}

  private readonly draftEditListeners: DraftEditListener[] = [];
  private readonly publishedDatesListeners: PublishedDatesListener[] = [];
  private changeRequestResolver: VersionChangeRequestResolver | null = null;

  /** Called inside the transaction of every draft edit (the change-request module listens). */
  onDraftEdited(listener: DraftEditListener): void {
    this.draftEditListeners.push(listener);
  }

  /** Called inside the transaction of every publication (the metrics module re-resolves its rows' versions). */
  onPublishedDatesChanged(listener: PublishedDatesListener): void {
    this.publishedDatesListeners.push(listener);
  }

  /** Tells the listeners that a policy's published versions or their dates changed, in `trx`. */
  async publishedDatesChanged(trx: DbScope, policyId: string): Promise<void> {
    for (const listener of this.publishedDatesListeners) await listener(trx, policyId);
  }

  /** How a version's view finds its change request (`changeRequest`, null without a resolver). */
  resolveChangeRequestsWith(resolver: VersionChangeRequestResolver): void {
    this.changeRequestResolver = resolver;
  }

  /** The states of this policy's versions today (the server's one clock). */
  private reading(db: DbScope, policy: Pick<PolicyRow, 'id' | 'retired_at'>): Promise<PolicyReading> {
    return readPolicy(db, this.dimensions, policy, this.policies.today());
  }

  private async toVersion(actor: Actor, row: VersionRow, policy: PolicyRow): Promise<PolicyVersion> {
    const [entry, marketDates, reading, changeRequest] = await Promise.all([
      changelogRepo.findByVersion(this.db, row.id),
      marketDatesRepo.datesOf(this.db, [row.id]),
      this.reading(this.db, policy),
      this.changeRequestResolver ? this.changeRequestResolver(this.db, actor, row.id) : null,
    ]);
    const state = reading.state(row);
    return {
      ...summaryOf(row, state),
      body: row.body,
      marketDates: marketDates.get(row.id) ?? [],
      marketStates: reading.marketStates(row.id),
      addedToChangelogAt: entry?.published_at ?? null,
      changeRequest,
      abilities: versionAbilities(actor, { state, author_id: row.author_id }, policy, Boolean(entry)),
    };
  }

  async list(actor: Actor, policyRef: string): Promise<PolicyVersionListItem[]> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const [rows, reading] = await Promise.all([repo.listForPolicy(this.db, policy.id), this.reading(this.db, policy)]);
    const dates = await marketDatesRepo.datesOf(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      ...summaryOf(row, reading.state(row)),
      marketDates: dates.get(row.id) ?? [],
      marketStates: reading.marketStates(row.id),
    }));
  }

  async get(actor: Actor, policyRef: string, versionId: string): Promise<PolicyVersion> {
    const policy = await this.policies.findVisible(actor, policyRef);
    return this.toVersion(actor, await this.versionOf(this.db, policy.id, versionId), policy);
  }

  /**
   * "What did policy X say on date D" (optionally in market M, using the dates that apply there,
   * inherited as the applicability module resolves markets): the published version in force then,
   * and since when it was. Nothing is in force from the day a policy was retired. Throws NOT_FOUND
   * when none was, VALIDATION_FAILED for an unknown market.
   */
  async asOf(actor: Actor, policyRef: string, date: string, market?: string): Promise<PolicyAsOf> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const retired = policy.retired_at?.slice(0, 10);
    if (retired && retired <= date)
      throw new AppError('NOT_FOUND', `This policy was retired on ${retired}; nothing of it is in force since`);
    let found: { version: VersionRow; on: string | null } | undefined;
    if (market) {
      const lineage = await this.dimensions.lineageOf(this.db, market);
      if (!lineage)
        throw new AppError('VALIDATION_FAILED', `There is no market ${market}`, [
          { path: 'querystring.market', message: 'Unknown market' },
        ]);
      const published = (await repo.listForPolicy(this.db, policy.id)).filter((v) => isPublished(v.state));
      const dates = await this.marketDatesOf(
        this.db,
        published.map((v) => v.id),
      );
      found = inForceInMarket(published, dates, lineage, date);
    } else {
      const row = await repo.inForceOn(this.db, policy.id, date);
      found = row && { version: row, on: row.effective_date };
    }
    if (!found)
      throw new AppError(
        'NOT_FOUND',
        `No version of this policy was in force on ${date}${market ? ` in ${market}` : ''}`,
      );
    return { ...(await this.toVersion(actor, found.version, policy)), inForceSince: found.on };
  }

  /** Per-market dates of these versions, for callers that checked who may see them (the archive export). */
  marketDatesOf(db: DbScope, versionIds: string[]): Promise<Map<string, MarketDate[]>> {
    return marketDatesRepo.datesOf(db, versionIds);
  }

  /**
   * Every published version of these policies with its per-market dates, for callers that checked who
   * may see them (the metrics module resolves the version in force per market and day from it).
   */
  async publishedWithMarketDates(
    db: DbScope,
    policyIds: string[],
  ): Promise<{ versions: repo.PublishedDatesRow[]; marketDates: Map<string, MarketDate[]> }> {
    const versions = await repo.publishedDatesOf(db, policyIds);
    return {
      versions,
      marketDates: await marketDatesRepo.datesOf(
        db,
        versions.map((v) => v.id),
      ),
    };
  }

  /** Every version of a policy, newest first, inside a system task (imports) that checked access itself. */
  historyInTransaction(trx: DbScope, policyId: string): Promise<VersionRow[]> {
    return repo.listForPolicy(trx, policyId);
  }

  /**
   * Starts a draft (label defaults to the next minor, text to the newest version's). One open
   * draft or review per policy. Throws FORBIDDEN, NOT_FOUND, INVALID_STATE, ALREADY_EXISTS.
   */
  async create(actor: Actor, policyRef: string, input: NewVersionInput): Promise<PolicyVersion> {
    authorize(actor, 'policies.draft');
    const id = await inTransaction(this.db, async (trx) => {
      const policy = await this.policies.findVisible(actor, policyRef, trx);
      if (policy.retired_at) throw new AppError('INVALID_STATE', 'This policy is retired; restore it before drafting');
      const open = await repo.openVersion(trx, policy.id);
      if (open)
        throw new AppError(
          'INVALID_STATE',
          `Version ${open.label} is still ${open.state.replace('_', ' ')}; finish or discard it first`,
        );
      const newest = await repo.newest(trx, policy.id);
      const row = await this.insertVersion(
        trx,
        actor,
        policy,
        {
          ...input,
          label: input.label ?? nextMinorLabel(newest?.label),
          body: input.body ?? newest?.body ?? `# ${policy.title}\n\n${POLICY_TEMPLATE}`,
        },
        'draft',
      );
      await this.policies.refreshStatus(trx, policy);
      await this.collaboration.recordActivity(trx, actor, versionActivity(policy.id, 'draft', row));
      return row.id;
    });
    return this.get(actor, policyRef, id);
  }

  /** A version of this policy. Throws NOT_FOUND. */
  async versionOf(db: DbScope, policyId: string, versionId: string): Promise<VersionRow> {
    const row = await repo.find(db, policyId, versionId);
    if (!row) throw notFound('Policy version');
    return row;
  }

  private async insertVersion(
    trx: DbScope,
    cause: AuditCause,
    policy: PolicyRow,
    input: NewVersionInput & { label: string; body: string },
    state: VersionState,
    extra: Partial<PolicyVersionsTable> = {},
  ): Promise<PolicyVersionsTable> {
    if (await repo.labelTaken(trx, policy.id, input.label)) throw labelTaken(input.label);
    const now = new Date().toISOString();
    const row: PolicyVersionsTable = {
      id: uuidv7(),
      policy_id: policy.id,
      label: input.label,
      state,
      effective_date: input.effectiveDate,
      change_summary: input.changeSummary,
      body: input.body,
      author_id: cause.id,
      approver_id: null,
      published_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
      ...extra,
    };
    await repo.insert(trx, row);
    await this.anchors.index(trx, policy.id, row.id, row.body, row.id);
    await this.search.index(trx, { entityId: row.id, policyId: policy.id, title: policy.title, body: row.body });
    await this.audit.record(trx, cause, {
      action: 'policy_version.created',
      entityType: 'policy_version',
      entityId: row.id,
      after: { ...auditVersion(row), policyId: policy.id },
    });
    return row;
  }

  /** Edits a draft. Throws FORBIDDEN, NOT_FOUND, POLICY_VERSION_LOCKED, VERSION_CONFLICT, ALREADY_EXISTS. */
  async update(actor: Actor, policyRef: string, versionId: string, input: PolicyVersionUpdate): Promise<PolicyVersion> {
    await inTransaction(this.db, (trx) => this.updateInTransaction(trx, actor, policyRef, versionId, input));
    return this.get(actor, policyRef, versionId);
  }

  /**
   * `update` in the caller's transaction. The sample workspace drafts a change request's text this way, on
   * its own clock (`at`) and telling its own change-request services (`draftListeners`, default: those
   * subscribed with onDraftEdited).
   */
  async updateInTransaction(
    trx: DbScope,
    actor: Actor,
    policyRef: string,
    versionId: string,
    input: PolicyVersionUpdate,
    options: { at?: string; draftListeners?: readonly DraftEditListener[] } = {},
  ): Promise<void> {
    authorize(actor, 'policies.draft');
    const policy = await this.policies.findVisible(actor, policyRef, trx);
    const before = await this.versionOf(trx, policy.id, versionId);
    if (before.state !== 'draft') throw locked(before.state);
    if (before.version !== input.version) throw versionConflict('This draft', before.version);
    if (input.label && (await repo.labelTaken(trx, policy.id, input.label, versionId))) throw labelTaken(input.label);
    const patch = {
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(input.changeSummary !== undefined ? { change_summary: input.changeSummary } : {}),
      ...(input.effectiveDate !== undefined ? { effective_date: input.effectiveDate } : {}),
      updated_at: options.at ?? new Date().toISOString(),
    };
    if (!(await repo.updateVersioned(trx, versionId, input.version, patch)))
      throw versionConflict('This draft', before.version + 1);
    if (input.body !== undefined)
      await this.search.index(trx, {
        entityId: versionId,
        policyId: policy.id,
        title: policy.title,
        body: input.body,
      });
    if (input.body !== undefined)
      await this.anchors.index(trx, policy.id, versionId, input.body, `${versionId}:${input.version + 1}`);
    if (input.marketDates !== undefined) await this.replaceMarketDates(trx, versionId, input.marketDates);
    for (const listener of options.draftListeners ?? this.draftEditListeners)
      await listener(trx, actor, {
        policyId: policy.id,
        versionId,
        bodyChanged: input.body !== undefined && input.body !== before.body,
        at: patch.updated_at,
      });
    await this.audit.record(trx, actor, {
      action: 'policy_version.updated',
      entityType: 'policy_version',
      entityId: versionId,
      before: auditVersion(before),
      after: {
        ...auditVersion({ ...before, ...patch, version: input.version + 1 }),
        ...(input.marketDates ? { marketDates: input.marketDates } : {}),
      },
    });
  }

  /**
   * For a change request: starts a draft of a policy the caller may see, from its newest text, as
   * `create` does. Returns the draft's id. Throws FORBIDDEN, NOT_FOUND, INVALID_STATE (an open version).
   */
  async createDraftInTransaction(trx: DbScope, actor: Actor, policyId: string, changeSummary: string): Promise<string> {
    authorize(actor, 'policies.draft');
    const policy = await this.policies.findVisible(actor, policyId, trx);
    if (policy.retired_at) throw new AppError('INVALID_STATE', 'This policy is retired; restore it before drafting');
    const open = await repo.openVersion(trx, policy.id);
    if (open)
      throw new AppError(
        'INVALID_STATE',
        `Version ${open.label} of this policy is still ${open.state.replace('_', ' ')}; finish or discard it first`,
      );
    const newest = await repo.newest(trx, policy.id);
    const row = await this.insertVersion(
      trx,
      actor,
      policy,
      {
        changeSummary,
        effectiveDate: null,
        label: nextMinorLabel(newest?.label),
        body: newest?.body ?? `# ${policy.title}\n\n${POLICY_TEMPLATE}`,
      },
      'draft',
    );
    await this.policies.refreshStatus(trx, policy);
    await this.collaboration.recordActivity(trx, actor, versionActivity(policy.id, 'draft', row));
    return row.id;
  }

  /**
   * For a change request's launch: publishes a draft straight away (the CR's sign-offs were its review),
   * with its effective date and per-market dates, recording `approverId` as its approver. Effective dates
   * never go backwards, as in the review workflow. Throws POLICY_VERSION_LOCKED (not a draft),
   * VALIDATION_FAILED naming body.effectiveDate or body.marketDates.N.
   */
  async publishDraftInTransaction(
    trx: DbScope,
    cause: AuditCause,
    policyId: string,
    versionId: string,
    input: {
      effectiveDate: string;
      marketDates: { marketId: string; effectiveDate: string }[];
      approverId: string | null;
    },
  ): Promise<VersionRow> {
    const policy = await policiesRepo.findVisible(trx, null, { id: policyId });
    if (!policy) throw notFound('Policy');
    const before = await this.versionOf(trx, policyId, versionId);
    if (before.state !== 'draft') throw locked(before.state);
    const previous = await repo.latestPublished(trx, policyId);
    if (previous?.effective_date && input.effectiveDate < previous.effective_date)
      throw new AppError(
        'VALIDATION_FAILED',
        `Version ${previous.label} took effect on ${previous.effective_date}; a later version cannot take effect before it`,
        [{ path: 'body.effectiveDate', message: `Must be on or after ${previous.effective_date}` }],
      );
    if (previous) {
      const earlier = (await marketDatesRepo.datesOf(trx, [previous.id])).get(previous.id) ?? [];
      input.marketDates.forEach((d, i) => {
        const floor = earlier.find((e) => e.marketId === d.marketId)?.effectiveDate ?? previous.effective_date;
        if (floor && d.effectiveDate < floor)
          throw new AppError(
            'VALIDATION_FAILED',
            `Version ${previous.label} took effect on ${floor} in this market; a later version cannot take effect before it`,
            [{ path: `body.marketDates.${i}.effectiveDate`, message: `Must be on or after ${floor}` }],
          );
      });
    }
    await this.replaceMarketDates(trx, versionId, input.marketDates);
    const now = new Date().toISOString();
    const patch: Partial<PolicyVersionsTable> = {
      state: 'live',
      effective_date: input.effectiveDate,
      approver_id: input.approverId,
      published_at: now,
      updated_at: now,
    };
    if (!(await repo.updateVersioned(trx, versionId, before.version, patch)))
      throw versionConflict('This draft', before.version + 1);
    await repo.supersedeLive(trx, policyId, versionId, now);
    await this.publishedDatesChanged(trx, policyId);
    const after = { ...before, ...patch, version: before.version + 1 };
    await this.audit.record(trx, cause, {
      action: 'policy_version.published',
      entityType: 'policy_version',
      entityId: versionId,
      before: auditVersion(before),
      after: auditVersion(after),
    });
    await this.collaboration.recordActivity(trx, cause, versionActivity(policyId, 'publish', after));
    await this.policies.refreshStatus(trx, policy);
    return after;
  }

  /** Deletes a draft. Throws FORBIDDEN, NOT_FOUND, POLICY_VERSION_LOCKED, VERSION_CONFLICT. */
  async discard(actor: Actor, policyRef: string, versionId: string, version: number): Promise<void> {
    authorize(actor, 'policies.draft');
    await inTransaction(this.db, async (trx) => {
      const policy = await this.policies.findVisible(actor, policyRef, trx);
      const before = await this.versionOf(trx, policy.id, versionId);
      if (before.state !== 'draft') throw locked(before.state);
      if (before.version !== version || !(await repo.deleteDraft(trx, versionId, version)))
        throw versionConflict('This draft', before.version);
      await this.search.remove(trx, versionId);
      await this.audit.record(trx, actor, {
        action: 'policy_version.discarded',
        entityType: 'policy_version',
        entityId: versionId,
        before: auditVersion(before),
      });
      await this.collaboration.recordActivity(trx, actor, versionActivity(policy.id, 'discard', before));
      await this.policies.refreshStatus(trx, policy);
    });
  }

  /** Word-level and unified diff between two versions of the same policy. Throws NOT_FOUND. */
  async diff(actor: Actor, policyRef: string, fromId: string, toId: string): Promise<PolicyDiff> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const [from, to, reading] = await Promise.all([
      this.versionOf(this.db, policy.id, fromId),
      this.versionOf(this.db, policy.id, toId),
      this.reading(this.db, policy),
    ]);
    return {
      from: summaryOf(from, reading.state(from)),
      to: summaryOf(to, reading.state(to)),
      ...diffTexts(from.body, to.body, `${policy.slug} ${from.label}`, `${policy.slug} ${to.label}`),
    };
  }

  /**
   * For the sample workspace and imports: a version whose review already happened elsewhere.
   * The author defaults to the cause. A published state (scheduled, live or superseded: which one a
   * reader sees follows from the dates) is stored as the workflow stores publication: `superseded`
   * as given, otherwise `live`, superseding the previous live version.
   */
  async createHistoricInTransaction(
    trx: DbScope,
    cause: AuditCause,
    policyId: string,
    input: NewVersionInput & {
      label: string;
      body: string;
      approverId: string | null;
      authorId?: string | null;
      state: VersionState;
      marketDates?: { marketId: string; effectiveDate: string }[];
    },
  ): Promise<string> {
    const policy = await policiesRepo.findVisible(trx, null, { id: policyId });
    if (!policy) throw notFound('Policy');
    const now = new Date().toISOString();
    const published = isPublished(input.state);
    const stored: VersionState = published ? (input.state === 'superseded' ? 'superseded' : 'live') : input.state;
    const extra: Partial<PolicyVersionsTable> = {
      approver_id: input.state === 'approved' || published ? input.approverId : null,
      ...(published ? { published_at: now } : {}),
      ...(input.authorId !== undefined ? { author_id: input.authorId } : {}),
    };
    const row = await this.insertVersion(trx, cause, policy, input, stored, extra);
    if (input.marketDates?.length) await this.replaceMarketDates(trx, row.id, input.marketDates);
    if (stored === 'live') await repo.supersedeLive(trx, policy.id, row.id, now);
    await this.policies.refreshStatus(trx, policy);
    if (published) await this.publishedDatesChanged(trx, policy.id);
    return row.id;
  }

  /** Throws VALIDATION_FAILED naming the market entry at fault. */
  private async replaceMarketDates(
    trx: DbScope,
    versionId: string,
    dates: { marketId: string; effectiveDate: string }[],
  ): Promise<void> {
    assertMarketDates((await this.dimensions.listInTransaction(trx)).markets, dates);
    await marketDatesRepo.replaceDates(trx, versionId, dates);
  }
}
