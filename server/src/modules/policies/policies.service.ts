import type {
  PolicyCreateSchema,
  PolicyDetail,
  PolicyList,
  PolicyListQuery,
  PolicyStatus,
  PolicySummary,
  PolicyUpdate,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { PoliciesTable } from '../../db/schema.js';
import type { z } from 'zod';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { SearchService } from '../../search/search.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { policyUpdatedFields } from './policy-collaboration.js';
import type { PolicyAreasService } from './policy-areas.service.js';
import { policyRef, viewerOf } from './policy-access.js';
import { slugUnavailable, suggestionPrefix } from './policy-slugs.js';
import { decodePolicyCursor, encodePolicyCursor } from './policy-list-cursor.js';
import * as repo from './policies.repository.js';
import type { PolicyRow } from './policies.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import { ReadingStates, policyStatusOf, retiredOn } from './version-states.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';

type PolicyInput = z.output<typeof PolicyCreateSchema>;

function auditPolicy(row: Omit<PolicyRow, 'area_name' | 'team_name'>, owners: string[], members: string[]) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    areaId: row.area_id,
    owningTeamId: row.owning_team_id,
    tags: JSON.parse(row.tags) as string[],
    restricted: row.restricted === 1,
    retired: row.retired_at !== null,
    ownerIds: owners,
    memberIds: members,
    version: row.version,
  };
}

/** Policies in the library: metadata, ownership, need-to-know restriction, status. */
export class PoliciesService {
  constructor(
    private readonly db: DbScope,
    private readonly areas: PolicyAreasService,
    private readonly audit: AuditService,
    private readonly search: SearchService,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
  ) {}

  /** Today (UTC) on the server's one clock: the day every reading state is derived for. */
  today(): string {
    return this.clock.today();
  }

  /**
   * The reading states (scheduled, live, superseded) of these policies' published versions today,
   * and the policies' statuses that follow from them, for replies that list many (search, changelog).
   */
  async readingStatesOf(db: DbScope, policyIds: string[]): Promise<ReadingStates> {
    return new ReadingStates(await versionsRepo.publishedDatesOf(db, policyIds), this.today());
  }

  /**
   * A policy as lists show it. Its status and current version follow today: `scheduled` while none of
   * its published versions is in force yet, and nothing current from the day it was retired.
   */
  private summary(
    row: PolicyRow,
    inForce: { id: string; label: string; effective_date: string | null } | undefined,
  ): PolicySummary {
    const retired = retiredOn(row.retired_at);
    const current = retired !== null && retired <= this.today() ? undefined : inForce;
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      areaId: row.area_id,
      areaName: row.area_name,
      owningTeam: row.owning_team_id ? { id: row.owning_team_id, name: row.team_name ?? '' } : null,
      status: policyStatusOf(row.status, inForce !== undefined),
      tags: JSON.parse(row.tags) as string[],
      restricted: row.restricted === 1,
      currentVersion: current ? { id: current.id, label: current.label, effectiveDate: current.effective_date } : null,
      updatedAt: row.updated_at,
      version: row.version,
    };
  }

  /** A page of the library by title, every filter in the query. Throws FORBIDDEN, VALIDATION_FAILED (cursor). */
  async list(actor: Actor, query: PolicyListQuery): Promise<PolicyList> {
    authorize(actor, 'policies.read');
    const areaIds = query.areaId ? await this.areas.subtreeIds(query.areaId) : undefined;
    const day = this.today();
    const { cursor, limit, ...filter } = query;
    const rows = await repo.list(
      this.db,
      viewerOf(actor),
      { ...(areaIds ? { areaIds } : {}), ...filter, today: day },
      { after: decodePolicyCursor(cursor), limit: limit + 1 },
    );
    const page = rows.slice(0, limit);
    const current = await versionsRepo.inForceOnForMany(
      this.db,
      page.map((r) => r.id),
      day,
    );
    return {
      items: page.map((r) => this.summary(r, current.get(r.id))),
      nextCursor: rows.length > limit ? encodePolicyCursor(page.at(-1)!) : null,
    };
  }

  /**
   * The policy the actor may see, by id or slug. A restricted policy the actor may not see is
   * NOT_FOUND, exactly like one that does not exist.
   */
  async findVisible(actor: Actor, idOrSlug: string, db: DbScope = this.db): Promise<PolicyRow> {
    authorize(actor, 'policies.read');
    const row = await repo.findVisible(db, viewerOf(actor), policyRef(idOrSlug));
    if (!row) throw notFound('Policy');
    return row;
  }

  /** A policy by slug inside a system task (sample data, import), without a visibility check. */
  async findBySlugInTransaction(trx: DbScope, slug: string): Promise<PoliciesTable | undefined> {
    return repo.findBySlug(trx, slug);
  }

  async get(actor: Actor, idOrSlug: string): Promise<PolicyDetail> {
    const row = await this.findVisible(actor, idOrSlug);
    const [owners, members, current] = await Promise.all([
      repo.people(this.db, 'policy_owners', row.id),
      repo.people(this.db, 'policy_members', row.id),
      versionsRepo.inForceOn(this.db, row.id, this.today()),
    ]);
    return {
      ...this.summary(row, current),
      owners,
      members,
      createdAt: row.created_at,
      abilities: {
        update: can(actor, 'policies.manage'),
        draft: can(actor, 'policies.draft') && row.retired_at === null,
        approve: can(actor, 'policies.approve'),
        publish: can(actor, 'policies.publish'),
      },
    };
  }

  /** Throws FORBIDDEN, ALREADY_EXISTS (slug), VALIDATION_FAILED (unknown area, team or people). */
  async create(actor: Actor, input: PolicyInput): Promise<PolicyDetail> {
    authorize(actor, 'policies.manage');
    const id = await inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, input));
    return this.get(actor, id);
  }

  /** Throws ALREADY_EXISTS (slug, worded alike whoever holds it), VALIDATION_FAILED (unknown area, team or people). */
  async createInTransaction(trx: DbScope, cause: AuditCause, input: PolicyInput): Promise<string> {
    await this.assertSlugFree(trx, input.slug);
    await this.assertReferences(trx, input);
    const now = new Date().toISOString();
    const row = {
      id: uuidv7(),
      slug: input.slug,
      title: input.title,
      area_id: input.areaId,
      owning_team_id: input.owningTeamId,
      status: 'draft',
      tags: JSON.stringify([...new Set(input.tags)]),
      restricted: input.restricted ? 1 : 0,
      retired_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insert(trx, row);
    await repo.replacePeople(trx, 'policy_owners', row.id, input.ownerIds);
    await repo.replacePeople(trx, 'policy_members', row.id, input.memberIds);
    await this.audit.record(trx, cause, {
      action: 'policy.created',
      entityType: 'policy',
      entityId: row.id,
      after: auditPolicy(row, input.ownerIds, input.memberIds),
    });
    await this.collaboration.recordActivity(trx, cause, {
      entityType: 'policy',
      entityId: row.id,
      event: 'policy.created',
      details: {},
    });
    await this.collaboration.notify(trx, cause, {
      userIds: input.ownerIds,
      kind: 'assignment',
      entityType: 'policy',
      entityId: row.id,
      summary: 'Made you an owner of this policy',
    });
    return row.id;
  }

  /**
   * A slug is unique across the library, restricted policies included. The refusal never says a
   * policy holds it (the caller may not be allowed to know) and names a free slug. Throws ALREADY_EXISTS.
   */
  private async assertSlugFree(trx: DbScope, slug: string): Promise<void> {
    const taken = await repo.slugsStartingWith(trx, suggestionPrefix(slug));
    if (taken.has(slug)) throw slugUnavailable(slug, taken);
  }

  private async assertReferences(
    trx: DbScope,
    input: { areaId?: string; owningTeamId?: string | null; ownerIds?: string[]; memberIds?: string[] },
  ): Promise<void> {
    if (input.areaId && !(await repo.findArea(trx, input.areaId)))
      throw new AppError('VALIDATION_FAILED', 'The area does not exist', [
        { path: 'body.areaId', message: 'Unknown area' },
      ]);
    if (input.owningTeamId && !(await repo.teamExists(trx, input.owningTeamId)))
      throw new AppError('VALIDATION_FAILED', 'The team does not exist', [
        { path: 'body.owningTeamId', message: 'Unknown team' },
      ]);
    for (const field of ['ownerIds', 'memberIds'] as const) {
      const ids = input[field] ?? [];
      const found = await repo.existingUserIds(trx, ids);
      if (ids.some((id) => !found.has(id)))
        throw new AppError('VALIDATION_FAILED', 'Some people do not exist', [
          { path: `body.${field}`, message: 'Contains someone who does not exist' },
        ]);
    }
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, ALREADY_EXISTS, VALIDATION_FAILED. */
  async update(actor: Actor, idOrSlug: string, input: PolicyUpdate): Promise<PolicyDetail> {
    authorize(actor, 'policies.manage');
    const id = await inTransaction(this.db, async (trx) => {
      const before = await this.findVisible(actor, idOrSlug, trx);
      if (before.version !== input.version) throw versionConflict('This policy', before.version);
      if (input.slug && input.slug !== before.slug) await this.assertSlugFree(trx, input.slug);
      await this.assertReferences(trx, input);
      const ownersBefore = (await repo.people(trx, 'policy_owners', before.id)).map((p) => p.id);
      const membersBefore = (await repo.people(trx, 'policy_members', before.id)).map((p) => p.id);
      const now = new Date().toISOString();
      const retiredAt =
        input.retired === undefined ? before.retired_at : input.retired ? (before.retired_at ?? now) : null;
      const patch = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.slug !== undefined ? { slug: input.slug } : {}),
        ...(input.areaId !== undefined ? { area_id: input.areaId } : {}),
        ...(input.owningTeamId !== undefined ? { owning_team_id: input.owningTeamId } : {}),
        ...(input.tags !== undefined ? { tags: JSON.stringify([...new Set(input.tags)]) } : {}),
        ...(input.restricted !== undefined ? { restricted: input.restricted ? 1 : 0 } : {}),
        retired_at: retiredAt,
        status: retiredAt ? 'retired' : await this.derivedStatus(trx, before.id),
        updated_at: now,
      };
      if (!(await repo.updateVersioned(trx, before.id, input.version, patch)))
        throw versionConflict('This policy', before.version + 1);
      if (input.title !== undefined && input.title !== before.title)
        await this.search.retitlePolicy(trx, before.id, input.title);
      if (input.ownerIds) await repo.replacePeople(trx, 'policy_owners', before.id, input.ownerIds);
      if (input.memberIds) await repo.replacePeople(trx, 'policy_members', before.id, input.memberIds);
      await this.audit.record(trx, actor, {
        action: 'policy.updated',
        entityType: 'policy',
        entityId: before.id,
        before: auditPolicy(before, ownersBefore, membersBefore),
        after: auditPolicy(
          { ...before, ...patch, version: input.version + 1 },
          input.ownerIds ?? ownersBefore,
          input.memberIds ?? membersBefore,
        ),
      });
      await this.collaboration.recordActivity(trx, actor, {
        entityType: 'policy',
        entityId: before.id,
        event: 'policy.updated',
        details: { fields: policyUpdatedFields(input) },
      });
      await this.collaboration.notify(trx, actor, {
        userIds: (input.ownerIds ?? []).filter((id) => !ownersBefore.includes(id)),
        kind: 'assignment',
        entityType: 'policy',
        entityId: before.id,
        summary: 'Made you an owner of this policy',
      });
      return before.id;
    });
    return this.get(actor, id);
  }

  /**
   * Records, inside the caller's transaction, that something kept beside a policy changed (its
   * applicability grid): the policy's version moves on, so that stale editors are refused.
   * Throws VERSION_CONFLICT when it is not at `expectedVersion`.
   */
  async markChangedInTransaction(trx: DbScope, policyId: string, expectedVersion: number): Promise<void> {
    if (!(await repo.updateVersioned(trx, policyId, expectedVersion, { updated_at: new Date().toISOString() })))
      throw versionConflict('This policy', expectedVersion + 1);
  }

  /** For imports: retires a policy inside the caller's transaction, audited like a retirement by hand. NOT_FOUND. */
  async retireInTransaction(trx: DbScope, cause: AuditCause, policyId: string): Promise<void> {
    const before = await repo.findVisible(trx, null, { id: policyId });
    if (!before) throw notFound('Policy');
    if (before.retired_at) return;
    const now = new Date().toISOString();
    const patch = { retired_at: now, status: 'retired', updated_at: now };
    if (!(await repo.updateVersioned(trx, policyId, before.version, patch)))
      throw versionConflict('This policy', before.version + 1);
    const [owners, members] = await Promise.all([
      repo.people(trx, 'policy_owners', policyId),
      repo.people(trx, 'policy_members', policyId),
    ]);
    const ids = (people: { id: string }[]) => people.map((p) => p.id);
    await this.audit.record(trx, cause, {
      action: 'policy.updated',
      entityType: 'policy',
      entityId: policyId,
      before: auditPolicy(before, ids(owners), ids(members)),
      after: auditPolicy({ ...before, ...patch, version: before.version + 1 }, ids(owners), ids(members)),
    });
  }

  /**
   * The status stored for the workflow: `live` once any version is published (replies read it as
   * scheduled until one is in force: `policyStatusOf`), else the newest version's state.
   */
  async derivedStatus(trx: DbScope, policyId: string): Promise<PolicyStatus> {
    if (await versionsRepo.hasPublished(trx, policyId)) return 'live';
    const newest = await versionsRepo.newest(trx, policyId);
    return newest && newest.state !== 'superseded' ? (newest.state as PolicyStatus) : 'draft';
  }

  /** Re-derives and stores the status after a version changed state (retired policies stay retired). */
  async refreshStatus(trx: DbScope, policy: PolicyRow): Promise<void> {
    if (policy.retired_at) return;
    await repo.setStatus(trx, policy.id, await this.derivedStatus(trx, policy.id), new Date().toISOString());
  }
}
