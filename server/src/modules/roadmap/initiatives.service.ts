import {
  periodSpan,
  type InitiativeCreateSchema,
  type InitiativeDetail,
  type InitiativeListQuery,
  type InitiativePage,
  type InitiativeStatus,
  type InitiativeUpdate,
  type UpdateCadence,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { InitiativesTable } from '../../db/roadmap-schema.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { assertCanEdit } from './initiative-access.js';
import { resolveSpan, type InitiativeChecks } from './initiative-checks.js';
import { refreshProgress } from './initiative-derived.service.js';
import { readDetail } from './initiative-detail.js';
import { decodeInitiativeCursor, encodeInitiativeCursor } from './initiative-list-cursor.js';
import * as listRepo from './initiative-list.repository.js';
import { changedFields, loadSnapshot } from './initiative-snapshot.js';
import { storedPriority, toSummary, type ViewContext } from './initiative-views.js';
import * as repo from './initiatives.repository.js';
import * as milestonesRepo from './milestones.repository.js';
import type { PlanningSettingsService } from './planning-settings.service.js';
import { nextUpdateDue } from './update-due.js';

type InitiativeInput = z.output<typeof InitiativeCreateSchema>;

/**
 * Initiatives on the roadmap: create, read, list, edit, delete. Milestones, dependencies and health
 * updates have services of their own.
 */
export class InitiativesService {
  constructor(
    private readonly db: DbScope,
    private readonly settings: PlanningSettingsService,
    private readonly checks: InitiativeChecks,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
  ) {}

  async viewContext(db: DbScope = this.db): Promise<ViewContext> {
    return { today: this.clock.today(), startMonth: await this.settings.startMonth(db) };
  }

  /** A page of initiatives, every filter in the query. Throws FORBIDDEN, VALIDATION_FAILED (cursor). */
  async list(actor: Actor, query: InitiativeListQuery): Promise<InitiativePage> {
    authorize(actor, 'roadmap.read');
    const ctx = await this.viewContext();
    const span = query.period ? (periodSpan(query.period, ctx.startMonth) ?? undefined) : undefined;
    const after = decodeInitiativeCursor(query.cursor, query.sort);
    const rows = await listRepo.list(
      this.db,
      {
        ...(span ? { span } : {}),
        ...(query.status ? { statuses: query.status } : {}),
        ...(query.ownerId ? { ownerId: query.ownerId === 'me' ? actor.id : query.ownerId } : {}),
        ...(query.areaId ? { areaId: query.areaId } : {}),
        ...(query.teamId ? { teamId: query.teamId } : {}),
        ...(query.health ? { health: query.health } : {}),
        ...(query.updateDue !== undefined ? { updateDue: query.updateDue } : {}),
        ...(query.parentId ? { parentId: query.parentId } : {}),
        ...(query.q ? { q: query.q } : {}),
        today: ctx.today,
      },
      { sort: query.sort, order: query.order, after, limit: query.limit + 1 },
    );
    const page = rows.slice(0, query.limit);
    const ids = page.map((r) => r.id);
    const [areas, teams] = await Promise.all([repo.areasOf(this.db, ids), repo.teamsOf(this.db, ids)]);
    const last = page.at(-1);
    return {
      items: page.map((r) => toSummary(actor, r, { areas: areas.get(r.id) ?? [], teams: teams.get(r.id) ?? [] }, ctx)),
      nextCursor:
        rows.length > query.limit && last
          ? encodeInitiativeCursor(query.sort, { value: listRepo.sortValue(last, query.sort), id: last.id })
          : null,
    };
  }

  /** Throws FORBIDDEN, NOT_FOUND. */
  async get(actor: Actor, initiativeId: string): Promise<InitiativeDetail> {
    authorize(actor, 'roadmap.read');
    const row = await repo.findById(this.db, initiativeId);
    if (!row) throw notFound('Initiative');
    return readDetail(this.db, actor, row, await this.viewContext());
  }

  /** Program managers and admins. Throws FORBIDDEN, VALIDATION_FAILED naming the field. */
  async create(actor: Actor, input: InitiativeInput): Promise<InitiativeDetail> {
    authorize(actor, 'roadmap.manage');
    const id = await inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, input));
    return this.get(actor, id);
  }

  async createInTransaction(trx: DbScope, actor: Actor, input: InitiativeInput): Promise<string> {
    const span = resolveSpan(input.start, input.end, await this.settings.startMonth(trx));
    await this.checks.owner(trx, input.ownerId);
    if (input.parentId) await this.checks.parent(trx, null, input.parentId);
    await this.checks.areas(trx, input.areaIds);
    await this.checks.teamsExist(trx, input.teamIds);
    await this.checks.policies(trx, actor, input.policyIds);
    const now = this.clock.now().toISOString();
    const today = this.clock.today();
    const schedule = { cadence: input.cadence, weekday: input.cadenceWeekday, anchor: today };
    const row: InitiativesTable = {
      id: uuidv7(),
      title: input.title,
      description: input.description,
      owner_id: input.ownerId,
      parent_id: input.parentId,
      status: input.status,
      priority: storedPriority(input.priority),
      effort_weeks: input.effortWeeks,
      start_date: span.start,
      end_date: span.end,
      cadence: input.cadence,
      cadence_weekday: input.cadenceWeekday,
      cadence_anchor: today,
      last_update_on: null,
      last_health: null,
      next_update_due_on: nextUpdateDue(schedule, null),
      derived_progress: 0,
      progress_source: 'none',
      progress_basis: '',
      milestone_count: 0,
      milestones_done: 0,
      progress_override: null,
      progress_override_reason: null,
      progress_override_by: null,
      progress_override_at: null,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insert(trx, row);
    await repo.replaceLinks(trx, 'initiative_areas', row.id, input.areaIds);
    await repo.replaceLinks(trx, 'initiative_teams', row.id, input.teamIds);
    await repo.replaceLinks(trx, 'initiative_policies', row.id, input.policyIds);
    await refreshProgress(trx, row.id);
    await this.audit.record(trx, actor, {
      action: 'initiative.created',
      entityType: 'initiative',
      entityId: row.id,
      after: await loadSnapshot(trx, row),
    });
    await this.collaboration.watch(trx, actor, {
      userIds: [actor.id, input.ownerId],
      entityType: 'initiative',
      entityId: row.id,
    });
    await this.collaboration.recordActivity(trx, actor, {
      entityType: 'initiative',
      entityId: row.id,
      event: 'initiative.created',
      details: {},
    });
    await this.notifyOwner(trx, actor, row.id, input.ownerId, input.title);
    return row.id;
  }

  private async notifyOwner(trx: DbScope, actor: Actor, id: string, ownerId: string, title: string): Promise<void> {
    await this.collaboration.notify(trx, actor, {
      userIds: [ownerId],
      kind: 'assignment',
      entityType: 'initiative',
      entityId: id,
      summary: `You own the initiative “${title}”`,
    });
  }

  /**
   * Edits what the input names. Throws FORBIDDEN (not its owner, program manager or admin),
   * NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED naming the field (an end before the start, a
   * milestone the new span would leave outside, an unknown or unfit reference, a parent loop).
   */
  async update(actor: Actor, initiativeId: string, input: InitiativeUpdate): Promise<InitiativeDetail> {
    authorize(actor, 'roadmap.edit_own');
    await inTransaction(this.db, async (trx) => {
      if (!(await repo.lockForChange(trx, initiativeId))) throw notFound('Initiative');
      const before = (await repo.findById(trx, initiativeId))!;
      assertCanEdit(actor, before.owner_id, before.title);
      if (before.version !== input.version) throw versionConflict('This initiative', before.version);
      const span = resolveSpan(
        input.start ?? before.start_date,
        input.end ?? before.end_date,
        await this.settings.startMonth(trx),
      );
      await this.assertMilestonesInside(trx, initiativeId, span);
      if (input.ownerId !== undefined) await this.checks.owner(trx, input.ownerId);
      if (input.parentId) await this.checks.parent(trx, initiativeId, input.parentId);
      if (input.areaIds) await this.checks.areas(trx, input.areaIds);
      if (input.teamIds) await this.checks.teamsExist(trx, input.teamIds);
      if (input.policyIds) await this.checks.policies(trx, actor, input.policyIds);
      const beforeSnapshot = await loadSnapshot(trx, before);
      const now = this.clock.now().toISOString();
      const cadence = (input.cadence ?? before.cadence) as UpdateCadence;
      const weekday = input.cadenceWeekday ?? before.cadence_weekday;
      const patch: Partial<InitiativesTable> = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.priority !== undefined ? { priority: storedPriority(input.priority) } : {}),
        ...(input.effortWeeks !== undefined ? { effort_weeks: input.effortWeeks } : {}),
        start_date: span.start,
        end_date: span.end,
        cadence,
        cadence_weekday: weekday,
        next_update_due_on: nextUpdateDue({ cadence, weekday, anchor: before.cadence_anchor }, before.last_update_on),
        ...(input.progressOverride === undefined
          ? {}
          : input.progressOverride === null
            ? {
                progress_override: null,
                progress_override_reason: null,
                progress_override_by: null,
                progress_override_at: null,
              }
            : {
                progress_override: input.progressOverride.value,
                progress_override_reason: input.progressOverride.reason,
                progress_override_by: actor.id,
                progress_override_at: now,
              }),
        updated_at: now,
      };
      if (!(await repo.updateVersioned(trx, initiativeId, input.version, patch)))
        throw versionConflict('This initiative', before.version + 1);
      if (input.areaIds) await repo.replaceLinks(trx, 'initiative_areas', initiativeId, input.areaIds);
      if (input.teamIds) await repo.replaceLinks(trx, 'initiative_teams', initiativeId, input.teamIds);
      if (input.policyIds) {
        // Links to policies the editor may not see stay: they could not have meant to drop them.
        const visible = await this.checks.visiblePolicyIds(trx, actor, beforeSnapshot.policyIds);
        const hidden = beforeSnapshot.policyIds.filter((id) => !visible.has(id));
        await repo.replaceLinks(trx, 'initiative_policies', initiativeId, [...input.policyIds, ...hidden]);
      }
      await refreshProgress(trx, initiativeId);
      if (before.parent_id && before.parent_id !== (patch.parent_id ?? before.parent_id))
        await refreshProgress(trx, before.parent_id);
      const after = (await repo.findById(trx, initiativeId))!;
      const afterSnapshot = await loadSnapshot(trx, after);
      await this.audit.record(trx, actor, {
        action: 'initiative.updated',
        entityType: 'initiative',
        entityId: initiativeId,
        before: beforeSnapshot,
        after: afterSnapshot,
      });
      await this.recordEdit(trx, actor, beforeSnapshot, afterSnapshot);
    });
    return this.get(actor, initiativeId);
  }

  private async recordEdit(
    trx: DbScope,
    actor: Actor,
    before: Awaited<ReturnType<typeof loadSnapshot>>,
    after: Awaited<ReturnType<typeof loadSnapshot>>,
  ): Promise<void> {
    const ref = { entityType: 'initiative' as const, entityId: after.id };
    if (before.status !== after.status)
      await this.collaboration.recordActivity(trx, actor, {
        ...ref,
        event: 'initiative.status_changed',
        details: { from: before.status as InitiativeStatus, to: after.status as InitiativeStatus },
      });
    const fields = changedFields(before, after);
    if (fields.length > 0 || before.status === after.status)
      await this.collaboration.recordActivity(trx, actor, { ...ref, event: 'initiative.updated', details: { fields } });
    if (before.ownerId !== after.ownerId) {
      await this.collaboration.watch(trx, actor, { userIds: [after.ownerId], ...ref });
      await this.notifyOwner(trx, actor, after.id, after.ownerId, after.title);
    }
  }

  /** Throws VALIDATION_FAILED (body.start or body.end) when a milestone would fall outside the span. */
  private async assertMilestonesInside(trx: DbScope, id: string, span: { start: string; end: string }) {
    const outside = await milestonesRepo.outsideSpan(trx, id, span.start, span.end);
    const first = outside[0];
    if (!first) return;
    const early = first.date < span.start;
    throw fieldError(
      early ? 'body.start' : 'body.end',
      `The milestone “${first.title}” (${first.date}) would fall ${early ? 'before the start' : 'after the end'}` +
        `${outside.length > 1 ? ` (and ${outside.length - 1} more)` : ''}; move ${outside.length > 1 ? 'them' : 'it'} first`,
    );
  }

  /** Program managers and admins. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (has children). */
  async delete(actor: Actor, initiativeId: string, version: number): Promise<void> {
    authorize(actor, 'roadmap.manage');
    await inTransaction(this.db, async (trx) => {
      if (!(await repo.lockForChange(trx, initiativeId))) throw notFound('Initiative');
      const before = (await repo.findById(trx, initiativeId))!;
      if (before.version !== version) throw versionConflict('This initiative', before.version);
      const children = await repo.childrenOf(trx, initiativeId);
      if (children.length > 0)
        throw new AppError(
          'INVALID_STATE',
          `“${before.title}” has ${children.length} child initiative(s) (${children.map((c) => `“${c.title}”`).join(', ')}); move or delete them first`,
        );
      const snapshot = await loadSnapshot(trx, before);
      if (!(await repo.deleteVersioned(trx, initiativeId, version)))
        throw versionConflict('This initiative', before.version + 1);
      if (before.parent_id) await refreshProgress(trx, before.parent_id);
      await this.audit.record(trx, actor, {
        action: 'initiative.deleted',
        entityType: 'initiative',
        entityId: initiativeId,
        before: snapshot,
      });
    });
  }
}
