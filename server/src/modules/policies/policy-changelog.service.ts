import type { ChangelogEntry, ChangelogEntryDetail, VersionState } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { PoliciesService } from './policies.service.js';
import * as changelogRepo from './policy-changelog.repository.js';
import type { ChangelogRow } from './policy-changelog.repository.js';
import { diffTexts } from './policy-diff.js';
import * as versionsRepo from './policy-versions.repository.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

/** An entry as the public sees it, with its version's state today (scheduled, live or superseded). */
function entryOf(row: ChangelogRow, state: VersionState): ChangelogEntry {
  return {
    id: row.id,
    policy: { slug: row.slug, title: row.title },
    version: { id: row.version_id, label: row.label, effectiveDate: row.effective_date, state },
    summary: row.summary,
    publishedAt: row.published_at,
  };
}

/** The public changelog: live versions of non-restricted policies, put there deliberately. */
export class PolicyChangelogService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly audit: AuditService,
  ) {}

  /** Entries with their versions' states today, derived like every other reply's. */
  private async entriesOf(rows: ChangelogRow[]): Promise<ChangelogEntry[]> {
    const states = await this.policies.readingStatesOf(
      this.db,
      rows.map((r) => r.policy_id),
    );
    return rows.map((row) => entryOf(row, states.version(row.version_id, 'live')));
  }

  /**
   * Puts a version in force or scheduled on the public changelog, with its change summary as
   * published text. Throws FORBIDDEN, NOT_FOUND, INVALID_STATE (superseded or not published, or a
   * restricted policy), ALREADY_EXISTS.
   */
  async publish(actor: Actor, policyRef: string, versionId: string): Promise<ChangelogEntry> {
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
      const row = {
        id: uuidv7(),
        policy_id: policy.id,
        version_id: versionId,
        summary: version.change_summary,
        published_by: actor.id,
        published_at: new Date().toISOString(),
      };
      await changelogRepo.insert(trx, row);
      await this.audit.record(trx, actor, {
        action: 'changelog_entry.published',
        entityType: 'policy_version',
        entityId: versionId,
        after: { entryId: row.id, policyId: policy.id, label: version.label, summary: row.summary, imported: false },
      });
      return row.id;
    });
    const row = await changelogRepo.findPublic(this.db, id);
    if (!row) throw notFound('Changelog entry');
    return (await this.entriesOf([row]))[0]!;
  }

  /**
   * For imports: the version was on the public changelog of the library it came from. The archive's
   * entry id and time, when it has them, are kept, so feed readers do not show the entry again.
   */
  async addImportedInTransaction(
    trx: DbScope,
    cause: AuditCause,
    policyId: string,
    versionId: string,
    summary: string,
    archived: { id: string | null; publishedAt: string | null } = { id: null, publishedAt: null },
  ): Promise<void> {
    const row = {
      id: archived.id ?? uuidv7(),
      policy_id: policyId,
      version_id: versionId,
      summary,
      published_by: cause.id,
      published_at: archived.publishedAt ?? new Date().toISOString(),
    };
    await changelogRepo.insert(trx, row);
    const version = await versionsRepo.find(trx, policyId, versionId);
    if (!version) throw notFound('Policy version');
    await this.audit.record(trx, cause, {
      action: 'changelog_entry.published',
      entityType: 'policy_version',
      entityId: versionId,
      after: { entryId: row.id, policyId, label: version.label, summary, imported: true },
    });
  }

  /** Public: no caller needed. */
  async list(limit = 100): Promise<ChangelogEntry[]> {
    return this.entriesOf(await changelogRepo.listPublic(this.db, limit));
  }

  /**
   * Public: the entry with the full text and the word-level diff from the previous public version. Throws NOT_FOUND.
   */
  async get(entryId: string): Promise<ChangelogEntryDetail> {
    const row = await changelogRepo.findPublic(this.db, entryId);
    if (!row) throw notFound('Changelog entry');
    const previous = await changelogRepo.previousPublic(this.db, row);
    const diff = diffTexts(previous?.body ?? '', row.body, previous?.label ?? 'none', row.label);
    const [entry] = await this.entriesOf([row]);
    return { ...entry!, previousLabel: previous?.label ?? null, diff: diff.parts, text: row.body };
  }

  /** The rows for the Atom feed (public). */
  async feedRows(limit = 50): Promise<ChangelogRow[]> {
    return changelogRepo.listPublic(this.db, limit);
  }
}
