import type { ChangelogEntry, ChangelogEntryDetail, ChangelogPublish } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { ChangelogEntriesTable } from '../../db/schema.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { WorkspaceSettingsService } from '../workspace/workspace-settings.service.js';
import * as policiesRepo from './policies.repository.js';
import type { PolicyRow } from './policies.repository.js';
import type { PoliciesService } from './policies.service.js';
import * as changelogRepo from './policy-changelog.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import type { VersionRow } from './policy-versions.repository.js';
import { PublicChangelogReader, type FeedRow } from './public-changelog-reader.js';
import { generatedPublicSummary } from './public-changelog-summary.js';

/** How an entry came to be, for its audit event. */
type Origin = 'manual' | 'automatic' | 'imported';

/**
 * The public changelog: versions in force or scheduled of non-restricted policies, each with a
 * public summary of its own (the internal change summary is never shown). Put there deliberately,
 * with a summary written for the public; or, when the workspace says so, as the version goes live,
 * with a neutral generated sentence. Reading it needs no caller (PublicChangelogReader).
 */
export class PolicyChangelogService {
  private readonly reader: PublicChangelogReader;

  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly settings: WorkspaceSettingsService,
    private readonly audit: AuditService,
    publicUrl: string,
  ) {
    this.reader = new PublicChangelogReader(db, policies, publicUrl);
  }

  private async insert(
    trx: DbScope,
    cause: AuditCause,
    version: Pick<VersionRow, 'id' | 'policy_id' | 'label' | 'change_summary'>,
    publicSummary: string,
    origin: Origin,
    archived: { id: string | null; publishedAt: string | null } = { id: null, publishedAt: null },
  ): Promise<string> {
    const row: ChangelogEntriesTable = {
      id: archived.id ?? uuidv7(),
      policy_id: version.policy_id,
      version_id: version.id,
      summary: version.change_summary,
      public_summary: publicSummary,
      published_by: cause.id,
      published_at: archived.publishedAt ?? new Date().toISOString(),
    };
    await changelogRepo.insert(trx, row);
    await this.audit.record(trx, cause, {
      action: 'changelog_entry.published',
      entityType: 'policy_version',
      entityId: version.id,
      after: {
        entryId: row.id,
        policyId: version.policy_id,
        label: version.label,
        summary: version.change_summary,
        publicSummary,
        imported: origin === 'imported',
        automatic: origin === 'automatic',
      },
    });
    return row.id;
  }

  /**
   * Puts a version in force or scheduled on the public changelog with the public summary its
   * publisher wrote. Throws FORBIDDEN, NOT_FOUND, INVALID_STATE (superseded or not published, or a
   * restricted policy), ALREADY_EXISTS.
   */
  async publish(actor: Actor, policyRef: string, versionId: string, input: ChangelogPublish): Promise<ChangelogEntry> {
    authorize(actor, 'policies.publish');
    const id = await inTransaction(this.db, async (trx) => {
      const policy = await this.policies.findVisible(actor, policyRef, trx);
      if (policy.restricted === 1)
        throw new AppError('INVALID_STATE', 'Restricted policies never appear on the public changelog');
      const version = await versionsRepo.find(trx, policy.id, versionId);
      if (!version) throw notFound('Policy version');
      if (await changelogRepo.findByVersion(trx, versionId))
        throw new AppError('ALREADY_EXISTS', `Version ${version.label} is already on the public changelog`);
      const state = (await this.policies.readingStatesOf(trx, [policy.id])).version(version.id, version.state);
      if (state !== 'live' && state !== 'scheduled')
        throw new AppError(
          'INVALID_STATE',
          'Only the version in force, or one scheduled to take effect, can be put on the public changelog',
        );
      return this.insert(trx, actor, version, input.publicSummary, 'manual');
    });
    return this.reader.entry(id);
  }

  /**
   * Called in the transaction that makes a version live (in force or scheduled): when the workspace
   * publishes automatically, the version goes on the changelog with the generated sentence. Nothing
   * happens for a restricted policy or a version already there. Throws nothing of its own.
   */
  async publishAutomaticallyInTransaction(
    trx: DbScope,
    cause: AuditCause,
    policy: Pick<PolicyRow, 'id' | 'title' | 'restricted'>,
    versionId: string,
  ): Promise<void> {
    if (policy.restricted === 1 || !(await this.settings.autoPublishChangelogIn(trx))) return;
    if (await changelogRepo.findByVersion(trx, versionId)) return;
    const version = await versionsRepo.find(trx, policy.id, versionId);
    if (!version) throw notFound('Policy version');
    await this.insert(trx, cause, version, generatedPublicSummary(policy.title, version.effective_date), 'automatic');
  }

  /**
   * For imports: the version was on the public changelog of the library it came from. The archive's
   * entry id, time and public summary, when it has them, are kept, so feed readers do not show the
   * entry again; an archive without a public summary gets the generated sentence, never `summary`.
   */
  async addImportedInTransaction(
    trx: DbScope,
    cause: AuditCause,
    policyId: string,
    versionId: string,
    archived: { id: string | null; publishedAt: string | null; publicSummary: string | null } = {
      id: null,
      publishedAt: null,
      publicSummary: null,
    },
  ): Promise<void> {
    const [policy, version] = await Promise.all([
      policiesRepo.findVisible(trx, null, { id: policyId }),
      versionsRepo.find(trx, policyId, versionId),
    ]);
    if (!policy || !version) throw notFound('Policy version');
    const publicSummary =
      archived.publicSummary?.trim() || generatedPublicSummary(policy.title, version.effective_date);
    await this.insert(trx, cause, version, publicSummary, 'imported', archived);
  }

  /** Public: no caller needed. */
  async list(limit = 100): Promise<ChangelogEntry[]> {
    return this.reader.list(limit);
  }

  /** Public: the entry with its rendered text and what changed since the previous public entry. Throws NOT_FOUND. */
  async get(entryId: string): Promise<ChangelogEntryDetail> {
    return this.reader.detail(entryId);
  }

  /** The rows for the Atom feed (public). */
  async feedRows(limit = 50): Promise<FeedRow[]> {
    return this.reader.feedRows(limit);
  }
}
