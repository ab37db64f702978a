import type { PolicyArea } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import { viewerOf } from '../policies/policy-access.js';
import type { PolicyAreasService } from '../policies/policy-areas.service.js';
import type { PolicyVersionsService } from '../policies/policy-versions.service.js';
import { writeArchive, type ArchiveFile } from './archive-files.js';
import {
  ANCHORS_FILE,
  ARCHIVE_FORMAT,
  MANIFEST_FILE,
  UNDATED_FILE,
  serializeAnchorsFile,
  serializeManifest,
  serializeVersionFile,
  type Manifest,
  type VersionMeta,
} from './archive-format.js';
import * as repo from './library-archive.repository.js';
import type { ApplicabilityState } from '@policyops/contracts';
import { type DbScope, inTransaction } from '../../db/scope.js';

/** Areas with each parent before its children, siblings by name: a stable, importable order. */
function areasInTreeOrder(areas: PolicyArea[]): Manifest['areas'] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const out: Manifest['areas'] = [];
  const visit = (parentId: string | null) => {
    for (const area of areas.filter((a) => a.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({
        name: area.name,
        parent: parentId ? byId.get(parentId)!.name : null,
        ...(area.description ? { description: area.description } : {}),
      });
      visit(area.id);
    }
  };
  visit(null);
  return out;
}

/**
 * Exports the library the caller can see as a zip in the import format: `library.yaml` plus one
 * Markdown file per version. The same library always gives the same bytes.
 */
export class LibraryExportService {
  constructor(
    private readonly db: DbScope,
    private readonly areas: PolicyAreasService,
    private readonly versions: PolicyVersionsService,
    private readonly dimensions: ApplicabilityDimensionsService,
    private readonly audit: AuditService,
  ) {}

  /** Throws FORBIDDEN. */
  async export(actor: Actor): Promise<{ fileName: string; zip: Uint8Array; files: number }> {
    authorize(actor, 'policies.manage');
    const policies = await repo.policiesForExport(this.db, viewerOf(actor));
    const ids = policies.map((p) => p.id);
    const [areas, owners, members, versions, { surfaces, markets }, applicability] = await Promise.all([
      this.areas.list(actor),
      repo.peopleEmails(this.db, 'policy_owners', ids),
      repo.peopleEmails(this.db, 'policy_members', ids),
      repo.versionsForExport(this.db, ids),
      this.dimensions.list(actor),
      repo.applicabilityForExport(this.db, ids),
    ]);
    const [marketDates, anchors] = await Promise.all([
      this.versions.marketDatesOf(
        this.db,
        versions.map((v) => v.id),
      ),
      repo.anchorsForExport(
        this.db,
        versions.map((v) => v.id),
      ),
    ]);
    const marketCode = new Map(markets.map((m) => [m.id, m.code]));
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      surfaces: surfaces.map((x) => x.name),
      markets: markets.map((m) => ({
        code: m.code,
        name: m.name,
        kind: m.kind,
        parent: m.parentId ? (marketCode.get(m.parentId) ?? null) : null,
      })),
      areas: areasInTreeOrder(areas),
      policies: policies.map((p) => ({
        slug: p.slug,
        title: p.title,
        area: p.area_name,
        team: p.team_name,
        owners: owners.get(p.id) ?? [],
        members: members.get(p.id) ?? [],
        tags: JSON.parse(p.tags) as string[],
        restricted: p.restricted === 1,
        retired: p.retired_at !== null,
        ...(applicability.has(p.id)
          ? {
              applicability: applicability.get(p.id)!.map((c) => ({
                surface: c.surface,
                market: c.market,
                state: c.state as ApplicabilityState,
                ...(c.note ? { note: c.note } : {}),
              })),
            }
          : {}),
      })),
    };
    const files: ArchiveFile[] = [{ path: MANIFEST_FILE, text: serializeManifest(manifest) }];
    const slugOf = new Map(policies.map((p) => [p.id, p.slug]));
    const usedNames = new Map<string, number>();
    const anchorsBySlug = new Map<string, [string, [string, string][]][]>();
    for (const v of versions) {
      const slug = slugOf.get(v.policy_id)!;
      const stem = v.effective_date ?? UNDATED_FILE.replace('.md', '');
      const key = `${slug}/${stem}`;
      const n = (usedNames.get(key) ?? 0) + 1;
      usedNames.set(key, n);
      const meta: VersionMeta = {
        version: v.label,
        state: v.state as VersionMeta['state'],
        summary: v.change_summary,
        ...(v.author_email ? { author: v.author_email } : {}),
        ...(v.approver_email ? { approver: v.approver_email } : {}),
        ...(v.changelog_id
          ? {
              changelog: {
                id: v.changelog_id,
                publishedAt: v.changelog_published_at!,
                summary: v.changelog_summary ?? '',
                publicSummary: v.changelog_public_summary ?? '',
              },
            }
          : {}),
        ...(marketDates.has(v.id)
          ? { markets: Object.fromEntries(marketDates.get(v.id)!.map((d) => [d.marketCode, d.effectiveDate])) }
          : {}),
      };
      const name = `${stem}${n > 1 ? `-${n}` : ''}.md`;
      files.push({ path: `${slug}/${name}`, text: serializeVersionFile(meta, v.body) });
      const numbered = anchors.get(v.id);
      if (numbered?.length) anchorsBySlug.set(slug, [...(anchorsBySlug.get(slug) ?? []), [name, numbered]]);
    }
    for (const [slug, entries] of anchorsBySlug) {
      entries.sort(([a], [b]) => a.localeCompare(b));
      files.push({ path: `${slug}/${ANCHORS_FILE}`, text: serializeAnchorsFile(entries) });
    }
    await inTransaction(this.db, (trx) =>
      this.audit.record(trx, actor, {
        action: 'library.exported',
        entityType: 'library',
        entityId: 'library',
        after: { policies: policies.length, versions: versions.length },
      }),
    );
    const date = new Date().toISOString().slice(0, 10);
    return { fileName: `policyops-library-${date}.zip`, zip: writeArchive(files), files: files.length };
  }
}
