import {
  redlineSummaryText,
  type ChangelogEntry,
  type ChangelogEntryDetail,
  type ChangelogMarketDate,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import { notFound } from '../../http/app-error.js';
import type { PoliciesService } from './policies.service.js';
import * as anchorsRepo from './policy-anchors.repository.js';
import * as changelogRepo from './policy-changelog.repository.js';
import type { ChangelogRow } from './policy-changelog.repository.js';
import { computeRedline } from './policy-redline.js';
import * as marketDatesRepo from './version-market-dates.repository.js';
import { publicChangesHtml, publicFirstEntryHtml, publicTextHtml } from './public-changelog-render.js';

/** A feed row: the entry and its version's per-market dates. */
export interface FeedRow extends ChangelogRow {
  marketDates: ChangelogMarketDate[];
}

const RECENT_LIMIT = 32;

/**
 * Reading the public changelog (no caller: everything here is public). An entry is compared with
 * the previous public entry of its policy, in the order of the versions, using the library's
 * redline; the first public entry of a policy shows its whole text as new. Published texts never
 * change, so the last few comparisons are kept: an anonymous reader cannot make the server redo one.
 */
export class PublicChangelogReader {
  private readonly recent = new Map<string, ChangelogEntryDetail['changes']>();

  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly publicUrl: string,
  ) {}

  private async marketDatesOf(rows: ChangelogRow[]): Promise<Map<string, ChangelogMarketDate[]>> {
    const dates = await marketDatesRepo.datesOf(
      this.db,
      rows.map((r) => r.version_id),
    );
    return new Map(
      [...dates].map(([versionId, list]) => [
        versionId,
        list.map(({ marketCode, marketName, effectiveDate }) => ({ marketCode, marketName, effectiveDate })),
      ]),
    );
  }

  /** Entries with their versions' states today, derived like every other reply's. */
  private async entriesOf(rows: ChangelogRow[]): Promise<ChangelogEntry[]> {
    const [states, dates] = await Promise.all([
      this.policies.readingStatesOf(
        this.db,
        rows.map((r) => r.policy_id),
      ),
      this.marketDatesOf(rows),
    ]);
    return rows.map((row) => ({
      id: row.id,
      policy: { slug: row.slug, title: row.title },
      version: {
        id: row.version_id,
        label: row.label,
        effectiveDate: row.effective_date,
        marketDates: dates.get(row.version_id) ?? [],
        state: states.version(row.version_id, 'live'),
      },
      summary: row.public_summary,
      publishedAt: row.published_at,
    }));
  }

  async list(limit: number): Promise<ChangelogEntry[]> {
    return this.entriesOf(await changelogRepo.listPublic(this.db, limit));
  }

  /** One entry as the list shows it. Throws NOT_FOUND. */
  async entry(entryId: string): Promise<ChangelogEntry> {
    const row = await changelogRepo.findPublic(this.db, entryId);
    if (!row) throw notFound('Changelog entry');
    return (await this.entriesOf([row]))[0]!;
  }

  /** The entry with its rendered text and its changes since the previous public entry. Throws NOT_FOUND. */
  async detail(entryId: string): Promise<ChangelogEntryDetail> {
    const row = await changelogRepo.findPublic(this.db, entryId);
    if (!row) throw notFound('Changelog entry');
    const ofPolicy = await changelogRepo.publicOfPolicy(this.db, row.policy_id);
    const index = ofPolicy.findIndex((r) => r.id === row.id);
    const previous = index > 0 ? ofPolicy[index - 1]! : null;
    const [entry] = await this.entriesOf([row]);
    return {
      ...entry!,
      previous: previous
        ? { entryId: previous.id, label: previous.label, effectiveDate: previous.effective_date }
        : null,
      changes: await this.changes(previous, row),
      html: publicTextHtml(row.body, this.publicUrl),
      text: row.body,
    };
  }

  private async changes(previous: ChangelogRow | null, row: ChangelogRow): Promise<ChangelogEntryDetail['changes']> {
    if (!previous) return { summary: 'The whole text is new', html: publicFirstEntryHtml(row.body, this.publicUrl) };
    const key = `${previous.id}>${row.id}`;
    const cached = this.recent.get(key);
    if (cached) return cached;
    const anchors = await anchorsRepo.anchorsOfVersions(this.db, [previous.version_id, row.version_id]);
    const redline = computeRedline(
      { body: previous.body, anchors: anchors.get(previous.version_id) ?? [] },
      { body: row.body, anchors: anchors.get(row.version_id) ?? [] },
    );
    const changes = {
      summary: redlineSummaryText(redline.summary),
      html: publicChangesHtml(redline.sections, this.publicUrl),
    };
    this.recent.set(key, changes);
    if (this.recent.size > RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value!);
    return changes;
  }

  async feedRows(limit: number): Promise<FeedRow[]> {
    const rows = await changelogRepo.listPublic(this.db, limit);
    const dates = await this.marketDatesOf(rows);
    return rows.map((row) => ({ ...row, marketDates: dates.get(row.version_id) ?? [] }));
  }
}
