import type { ImportPolicyPlan, LibraryImportQuery, LibraryImportResult } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { PoliciesService } from '../policies/policies.service.js';
import type { PolicyAreasService } from '../policies/policy-areas.service.js';
import type { PolicyAnchorsService } from '../policies/policy-anchors.service.js';
import type { PolicyChangelogService } from '../policies/policy-changelog.service.js';
import type { PolicyVersionsService } from '../policies/policy-versions.service.js';
import { fileError, readArchive } from './archive-files.js';
import { MANIFEST_FILE, type Manifest } from './archive-format.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { PolicyApplicabilityService } from '../applicability/policy-applicability.service.js';
import { planArchive, type PlannedPolicy, type PlannedVersion } from './import-plan.js';
import * as repo from './library-archive.repository.js';
import { planPolicyVersions } from './import-versions.js';
import { archivedChangelogIds, keepArchivedIdentities } from './archived-identities.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

interface Resolved {
  result: LibraryImportResult;
  /** What to write, in order: the plan with its people and places resolved. */
  areas: { name: string; parent: string | null; description: string }[];
  policies: {
    plan: PlannedPolicy;
    existingId: string | null;
    teamId: string | null;
    ownerIds: string[];
    memberIds: string[];
    versions: PlannedVersion[];
  }[];
  people: Map<string, string>;
  surfaces: string[];
  markets: Manifest['markets'];
}

/**
 * Imports a zip of Markdown policy versions (see docs/API.md, "Library archive format") as one
 * transaction: a dry run reports what would happen; an invalid file aborts everything, naming
 * file and line; a version that shrank sharply or lost most sections waits for a person.
 */
export class LibraryImportService {
  constructor(
    private readonly db: DbScope,
    private readonly areas: PolicyAreasService,
    private readonly policies: PoliciesService,
    private readonly versions: PolicyVersionsService,
    private readonly changelog: PolicyChangelogService,
    private readonly anchors: PolicyAnchorsService,
    private readonly dimensions: ApplicabilityDimensionsService,
    private readonly applicability: PolicyApplicabilityService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Throws FORBIDDEN, VALIDATION_FAILED (file and line), PAYLOAD_TOO_LARGE, INVALID_STATE (flagged versions not
   * confirmed or skipped).
   */
  async run(actor: Actor, zip: Uint8Array, query: LibraryImportQuery): Promise<LibraryImportResult> {
    authorize(actor, 'workspace.manage');
    const { files, ignored } = readArchive(zip);
    if (files.length === 0)
      throw new AppError('VALIDATION_FAILED', 'The archive holds no Markdown files', [
        { path: 'body', message: 'No .md files found' },
      ]);
    const { manifest, policies } = planArchive(files);
    if (query.dryRun) return (await this.resolve(this.db, manifest, policies, ignored, query)).result;
    return inTransaction(this.db, async (trx) => {
      const resolved = await this.resolve(trx, manifest, policies, ignored, query);
      const pending = resolved.result.policies.flatMap((p) => p.versions).filter((v) => v.decision === 'pending');
      if (pending.length > 0) {
        throw new AppError(
          'INVALID_STATE',
          `${pending.length} version${pending.length === 1 ? '' : 's'} shrank sharply or lost most sections; confirm or skip ${pending.length === 1 ? 'it' : 'them'} first. Nothing was imported.`,
          pending.map((v) => ({ path: v.file, message: v.flag!.message })),
        );
      }
      await this.apply(trx, actor, resolved);
      return {
        ...resolved.result,
        applied: resolved.result.totals.versions + resolved.result.totals.policies + resolved.result.totals.areas > 0,
      };
    });
  }

  private async resolve(
    db: DbScope,
    manifest: Manifest | null,
    planned: PlannedPolicy[],
    ignored: string[],
    query: LibraryImportQuery,
  ): Promise<Resolved> {
    const manifestAreas = manifest?.areas ?? [];
    const dimensions = await this.dimensions.listInTransaction(db);
    const surfaceNames = new Set(dimensions.surfaces.map((x) => x.name));
    const marketCodes = new Set(dimensions.markets.map((m) => m.code));
    const globalCodes = new Set([
      ...dimensions.markets.filter((m) => m.kind === 'global').map((m) => m.code),
      ...(manifest?.markets ?? []).filter((m) => m.kind === 'global').map((m) => m.code),
    ]);
    const newSurfaces = (manifest?.surfaces ?? []).filter((name) => !surfaceNames.has(name));
    const newMarkets = (manifest?.markets ?? []).filter((m) => !marketCodes.has(m.code));
    for (const name of newSurfaces) surfaceNames.add(name);
    for (const m of newMarkets) {
      if (m.parent && !marketCodes.has(m.parent))
        throw fileError(
          MANIFEST_FILE,
          1,
          `Market ${m.code} belongs to ${m.parent}, which is neither in this workspace nor listed before it`,
        );
      marketCodes.add(m.code);
    }
    for (const p of planned) {
      for (const cell of p.applicability ?? []) {
        if (!surfaceNames.has(cell.surface))
          throw fileError(
            MANIFEST_FILE,
            1,
            `${p.slug}: unknown surface "${cell.surface}" in its applicability (list it under surfaces:)`,
          );
        if (!marketCodes.has(cell.market))
          throw fileError(
            MANIFEST_FILE,
            1,
            `${p.slug}: unknown market ${cell.market} in its applicability (list it under markets:)`,
          );
      }
      for (const v of p.versions)
        for (const code of Object.keys(v.marketDates)) {
          if (!marketCodes.has(code)) throw fileError(v.file, 1, `Unknown market ${code} under markets:`);
          if (globalCodes.has(code))
            throw fileError(v.file, 1, `${code} takes the version's own date; leave it out of markets:`);
        }
    }
    const warnings: LibraryImportResult['warnings'] = [];
    const areaPlans: LibraryImportResult['areas'] = [];
    const areasToCreate: Resolved['areas'] = [];
    const known = new Set<string>();
    const ensureArea = async (name: string, parent: string | null, description: string) => {
      if (known.has(name)) return;
      known.add(name);
      const exists = Boolean(await this.areas.findByName(db, name));
      areaPlans.push({ name, parent, action: exists ? 'existing' : 'create' });
      if (!exists) areasToCreate.push({ name, parent, description });
    };
    // Parents before children; a parent that never appears is an error, which also rules out cycles.
    let remaining = [...manifestAreas];
    while (remaining.length > 0) {
      const ready = remaining.filter((a) => !a.parent || known.has(a.parent));
      if (ready.length === 0) {
        const stuck = remaining[0]!;
        throw fileError(
          MANIFEST_FILE,
          1,
          `Area "${stuck.name}" has parent "${stuck.parent}", which is not listed before it or forms a cycle`,
        );
      }
      for (const a of ready) await ensureArea(a.name, a.parent ?? null, a.description ?? '');
      remaining = remaining.filter((a) => !ready.includes(a));
    }
    for (const p of planned) await ensureArea(p.area, null, '');

    const emails = planned.flatMap((p) => [
      ...p.owners,
      ...p.members,
      ...p.versions.flatMap((v) => [v.author, v.approver].filter((e): e is string => !!e)),
    ]);
    const people = await repo.userIdsByEmail(db, emails);
    const teams = await repo.teamIdsByName(
      db,
      planned.map((p) => p.team).filter((t): t is string => !!t),
    );
    const personId = (email: string | null, file: string, role: string) => {
      if (!email) return null;
      const id = people.get(email.toLowerCase());
      if (!id)
        warnings.push({
          file,
          message: `No one in this workspace has the e-mail ${email} (${role}); ${role === 'author' ? 'you are recorded as the author' : 'left out'}`,
        });
      return id ?? null;
    };

    const takenChangelogIds = await repo.changelogIdsTaken(db, archivedChangelogIds(planned));
    const confirmed = new Set(query.confirm);
    const skipped = new Set(query.skip);
    const policyPlans: ImportPolicyPlan[] = [];
    const toWrite: Resolved['policies'] = [];
    for (const plan of planned) {
      const existing = await this.policies.findBySlugInTransaction(db, plan.slug);
      const existingVersions = existing ? await this.versions.historyInTransaction(db, existing.id) : [];
      const { plans: versionPlans, writes } = planPolicyVersions(plan.slug, plan.versions, existingVersions, {
        confirmed,
        skipped,
      });
      const action = !existing ? 'create' : writes.length > 0 ? 'append' : 'unchanged';
      policyPlans.push({
        slug: plan.slug,
        title: existing?.title ?? plan.title,
        area: plan.area,
        action,
        restricted: existing ? existing.restricted === 1 : plan.restricted,
        versions: versionPlans,
      });
      const where = plan.versions[0]?.file ?? MANIFEST_FILE;
      toWrite.push({
        plan,
        existingId: existing?.id ?? null,
        teamId: plan.team
          ? (teams.get(plan.team) ??
            (warnings.push({
              file: where,
              message: `No team named "${plan.team}" in this workspace; ${plan.slug} gets no owning team`,
            }),
            null))
          : null,
        ownerIds: existing
          ? []
          : plan.owners.map((e) => personId(e, where, 'owner')).filter((id): id is string => !!id),
        memberIds: existing
          ? []
          : plan.members.map((e) => personId(e, where, 'member')).filter((id): id is string => !!id),
        versions: keepArchivedIdentities(writes, takenChangelogIds, warnings),
      });
      for (const v of writes) {
        personId(v.author, v.file, 'author');
        personId(v.approver, v.file, 'approver');
      }
    }
    const flagged = policyPlans.flatMap((p) => p.versions).filter((v) => v.flag);
    const result: LibraryImportResult = {
      dryRun: query.dryRun,
      applied: false,
      areas: areaPlans,
      newSurfaces,
      newMarkets: newMarkets.map((m) => m.code),
      policies: policyPlans,
      ignoredFiles: ignored,
      warnings,
      totals: {
        areas: areasToCreate.length,
        policies: policyPlans.filter((p) => p.action === 'create').length,
        versions: policyPlans.flatMap((p) => p.versions).filter((v) => v.action === 'create').length,
        flagged: flagged.length,
        pending: flagged.filter((v) => v.decision === 'pending').length,
      },
    };
    return { result, areas: areasToCreate, policies: toWrite, people, surfaces: newSurfaces, markets: newMarkets };
  }

  private async apply(trx: DbScope, actor: Actor, resolved: Resolved): Promise<void> {
    for (const name of resolved.surfaces) await this.dimensions.createSurfaceInTransaction(trx, actor, { name });
    const marketIdByCode = async () =>
      new Map((await this.dimensions.listInTransaction(trx)).markets.map((m) => [m.code, m.id]));
    for (const m of resolved.markets) {
      const parentId = m.parent ? ((await marketIdByCode()).get(m.parent) ?? null) : null;
      await this.dimensions.createMarketInTransaction(trx, actor, {
        code: m.code,
        name: m.name,
        kind: m.kind,
        parentId,
      });
    }
    const dims = await this.dimensions.listInTransaction(trx);
    const surfaceId = new Map(dims.surfaces.map((x) => [x.name, x.id]));
    const marketId = new Map(dims.markets.map((m) => [m.code, m.id]));
    const areaIds = new Map<string, string>();
    const areaId = async (name: string) => areaIds.get(name) ?? (await this.areas.findByName(trx, name))!.id;
    for (const area of resolved.areas) {
      const row = await this.areas.createInTransaction(trx, actor, {
        name: area.name,
        parentId: area.parent ? await areaId(area.parent) : null,
        description: area.description,
      });
      areaIds.set(area.name, row.id);
    }
    const person = (email: string | null) => (email ? (resolved.people.get(email.toLowerCase()) ?? null) : null);
    for (const item of resolved.policies) {
      const { plan } = item;
      const policyId =
        item.existingId ??
        (await this.policies.createInTransaction(trx, actor, {
          title: plan.title,
          slug: plan.slug,
          areaId: await areaId(plan.area),
          owningTeamId: item.teamId,
          ownerIds: item.ownerIds,
          memberIds: item.memberIds,
          tags: plan.tags,
          restricted: plan.restricted,
        }));
      for (const v of item.versions) {
        const versionId = await this.versions.createHistoricInTransaction(trx, actor, policyId, {
          label: v.label,
          body: v.body,
          changeSummary: v.summary,
          effectiveDate: v.effectiveDate,
          state: v.state,
          authorId: person(v.author) ?? actor.id,
          approverId: person(v.approver),
          marketDates: Object.entries(v.marketDates).map(([code, effectiveDate]) => ({
            marketId: marketId.get(code)!,
            effectiveDate,
          })),
        });
        if (v.anchors) await this.anchors.restoreInTransaction(trx, versionId, v.anchors.ids);
        if (v.changelog) {
          if (plan.restricted) throw fileError(v.file, 1, 'A restricted policy cannot be on the public changelog');
          await this.changelog.addImportedInTransaction(trx, actor, policyId, versionId, v.changelog);
        }
      }
      if (!item.existingId && plan.applicability?.length) {
        const cells = plan.applicability.map((c) => ({
          surfaceId: surfaceId.get(c.surface)!,
          marketId: marketId.get(c.market)!,
          state: c.state,
          note: c.note ?? '',
        }));
        await this.applicability.replaceInTransaction(trx, actor, policyId, cells);
      }
      if (plan.retired && !item.existingId) await this.policies.retireInTransaction(trx, actor, policyId);
    }
    const { totals } = resolved.result;
    await this.audit.record(trx, actor, {
      action: 'library.imported',
      entityType: 'library',
      entityId: 'library',
      after: {
        areas: totals.areas,
        policies: totals.policies,
        versions: totals.versions,
        confirmedFlags: resolved.result.policies
          .flatMap((p) => p.versions)
          .filter((v) => v.decision === 'confirmed')
          .map((v) => v.file),
      },
    });
  }
}
