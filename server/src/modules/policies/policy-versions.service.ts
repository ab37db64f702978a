import type {
  MarketDate,
  PolicyAsOf,
  PolicyDiff,
  PolicyVersion,
  PolicyVersionListItem,
  PolicyVersionTransition,
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
import { VERSION_TRANSITIONS, auditVersion, locked, summaryOf, versionAbilities } from './policy-version-records.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

export interface NewVersionInput {
  label?: string | undefined;
  body?: string | undefined;
  changeSummary: string;
  effectiveDate: string | null;
}

/** Versions of a policy: drafting with optimistic concurrency, review, approval, publication, history. */
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

  private async toVersion(actor: Actor, row: VersionRow, policy: PolicyRow): Promise<PolicyVersion> {
    const [entry, marketDates] = await Promise.all([
      changelogRepo.findByVersion(this.db, row.id),
      marketDatesRepo.datesOf(this.db, [row.id]),
    ]);
    return {
      ...summaryOf(row),
      body: row.body,
      marketDates: marketDates.get(row.id) ?? [],
      addedToChangelogAt: entry?.published_at ?? null,
      abilities: versionAbilities(actor, row, policy, Boolean(entry)),
    };
  }

  async list(actor: Actor, policyRef: string): Promise<PolicyVersionListItem[]> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const rows = await repo.listForPolicy(this.db, policy.id);
    const dates = await marketDatesRepo.datesOf(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({ ...summaryOf(row), marketDates: dates.get(row.id) ?? [] }));
  }

  async get(actor: Actor, policyRef: string, versionId: string): Promise<PolicyVersion> {
    const policy = await this.policies.findVisible(actor, policyRef);
    return this.toVersion(actor, await this.versionOf(this.db, policy.id, versionId), policy);
  }

  /**
   * "What did policy X say on date D" (optionally in market M, using the dates that apply there,
   * inherited as the applicability module resolves markets): the published version in force then,
   * and since when it was. Throws NOT_FOUND when none was, VALIDATION_FAILED for an unknown market.
   */
  async asOf(actor: Actor, policyRef: string, date: string, market?: string): Promise<PolicyAsOf> {
    const policy = await this.policies.findVisible(actor, policyRef);
    let found: { version: VersionRow; on: string | null } | undefined;
    if (market) {
      const lineage = await this.dimensions.lineageOf(this.db, market);
      if (!lineage)
        throw new AppError('VALIDATION_FAILED', `There is no market ${market}`, [
          { path: 'querystring.market', message: 'Unknown market' },
        ]);
      const published = (await repo.listForPolicy(this.db, policy.id)).filter(
        (v) => v.state === 'live' || v.state === 'superseded',
      );
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
  private async versionOf(db: DbScope, policyId: string, versionId: string): Promise<VersionRow> {
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
    authorize(actor, 'policies.draft');
    await inTransaction(this.db, async (trx) => {
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
        updated_at: new Date().toISOString(),
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
    });
    return this.get(actor, policyRef, versionId);
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

  /**
   * Moves a version through review: submit (draft -> in review), approve or reject (by someone
   * other than the author), publish (approved -> live, superseding the previous live version).
   * Effective dates never go backwards. Throws FORBIDDEN, NOT_FOUND, INVALID_STATE, VERSION_CONFLICT,
   * VALIDATION_FAILED.
   */
  async transition(
    actor: Actor,
    policyRef: string,
    versionId: string,
    input: PolicyVersionTransition,
  ): Promise<PolicyVersion> {
    const step = VERSION_TRANSITIONS[input.action];
    authorize(actor, step.permission);
    await inTransaction(this.db, async (trx) => {
      const policy = await this.policies.findVisible(actor, policyRef, trx);
      if (policy.retired_at) throw new AppError('INVALID_STATE', 'This policy is retired');
      const before = await this.versionOf(trx, policy.id, versionId);
      if (before.version !== input.version) throw versionConflict('This version', before.version);
      if (before.state !== step.from)
        throw new AppError(
          'INVALID_STATE',
          `Cannot ${input.action} a version that is ${before.state.replace('_', ' ')}`,
        );
      if ((input.action === 'approve' || input.action === 'reject') && before.author_id === actor.id) {
        throw new AppError('FORBIDDEN', 'You wrote this version; another approver must review it');
      }
      const effectiveDate = input.effectiveDate ?? before.effective_date;
      if (input.action === 'approve' || input.action === 'publish')
        await this.assertEffectiveDate(trx, policy.id, versionId, effectiveDate);
      const now = new Date().toISOString();
      const patch: Partial<PolicyVersionsTable> = {
        state: step.to,
        effective_date: effectiveDate,
        updated_at: now,
        ...(input.action === 'approve' ? { approver_id: actor.id } : {}),
        ...(input.action === 'reject' ? { approver_id: null } : {}),
        ...(input.action === 'publish' ? { published_at: now } : {}),
      };
      if (!(await repo.updateVersioned(trx, versionId, input.version, patch)))
        throw versionConflict('This version', before.version + 1);
      if (input.action === 'publish') await repo.supersedeLive(trx, policy.id, versionId, now);
      await this.audit.record(trx, actor, {
        action: step.audit,
        entityType: 'policy_version',
        entityId: versionId,
        before: auditVersion(before),
        after: auditVersion({ ...before, ...patch, version: input.version + 1 }),
      });
      await this.collaboration.recordActivity(
        trx,
        actor,
        versionActivity(policy.id, input.action, { ...before, ...patch }),
      );
      await this.policies.refreshStatus(trx, policy);
    });
    return this.get(actor, policyRef, versionId);
  }

  private async assertEffectiveDate(
    trx: DbScope,
    policyId: string,
    versionId: string,
    effectiveDate: string | null,
  ): Promise<void> {
    if (!effectiveDate)
      throw new AppError('VALIDATION_FAILED', 'Set the date this version takes effect', [
        { path: 'body.effectiveDate', message: 'Required to approve or publish' },
      ]);
    const previous = await repo.latestPublished(trx, policyId);
    if (previous && previous.id !== versionId && previous.effective_date && effectiveDate < previous.effective_date) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Version ${previous.label} took effect on ${previous.effective_date}; a later version cannot take effect before it`,
        [{ path: 'body.effectiveDate', message: `Must be on or after ${previous.effective_date}` }],
      );
    }
  }

  /** Word-level and unified diff between two versions of the same policy. Throws NOT_FOUND. */
  async diff(actor: Actor, policyRef: string, fromId: string, toId: string): Promise<PolicyDiff> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const [from, to] = await Promise.all([
      this.versionOf(this.db, policy.id, fromId),
      this.versionOf(this.db, policy.id, toId),
    ]);
    return {
      from: summaryOf(from),
      to: summaryOf(to),
      ...diffTexts(from.body, to.body, `${policy.slug} ${from.label}`, `${policy.slug} ${to.label}`),
    };
  }

  /**
   * For the sample workspace and imports: a version whose review already happened elsewhere.
   * The author defaults to the cause; live supersedes the previous live version.
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
    const published = input.state === 'live' || input.state === 'superseded';
    const extra: Partial<PolicyVersionsTable> = {
      approver_id: input.state === 'approved' || published ? input.approverId : null,
      ...(published ? { published_at: now } : {}),
      ...(input.authorId !== undefined ? { author_id: input.authorId } : {}),
    };
    const row = await this.insertVersion(trx, cause, policy, input, input.state, extra);
    if (input.marketDates?.length) await this.replaceMarketDates(trx, row.id, input.marketDates);
    if (input.state === 'live') await repo.supersedeLive(trx, policy.id, row.id, now);
    await this.policies.refreshStatus(trx, policy);
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
