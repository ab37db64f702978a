import {
  SIGN_OFF_ROLE_LABELS,
  type ChangeRequest,
  type CrCreateSchema,
  type CrReorder,
  type CrStage,
  type CrTransition,
  type CrType,
  type CrUpdate,
  type CrUpdateResult,
  type SignOffCreateSchema,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { viewerOf } from '../policies/policy-access.js';
import { unacknowledgedOf } from './cr-conflict-check.js';
import * as launchRepo from './cr-launch.repository.js';
import type { CrNotifier } from './cr-notifications.js';
import { mayApprove, signOffsInvalidatedByEdit } from './cr-sign-offs.js';
import type { CrSettingsService } from './cr-settings.service.js';
import { crSnapshot, linkRows, requirementsMissing } from './cr-snapshot.js';
import {
  entitlementsOf,
  holdsRole,
  impactOf,
  laneOf,
  loadViewContext,
  toView,
  workflowState,
  type MarketDatesOf,
} from './cr-views.js';
import { checkTransition, rolesToSignNow, stageAfterSignOff, stageSignOffs } from './cr-workflow.js';
import * as repo from './change-requests.repository.js';
import type { CrRow } from './change-requests.repository.js';

type CrInput = z.output<typeof CrCreateSchema>;
type SignOffInput = z.output<typeof SignOffCreateSchema>;

const CR = 'This change request';

/** Two creates at once may take the same next number; the loser's unique index refuses it, and it retries. */
async function withFreshNumber<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      const clash = code === '23505' || /UNIQUE constraint failed: change_requests\.number/.test(message ?? '');
      if (!clash || attempt >= 5) throw error;
    }
  }
}

/** Policy change requests: intake, edits, stage moves, sign-offs and queue placement (issue 10). */
export class ChangeRequestsService {
  constructor(
    private readonly db: DbScope,
    readonly settings: CrSettingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hooks: {
      collaboration: CollaborationService;
      notifier: CrNotifier;
      /** The library's per-market dates of versions (PolicyVersionsService.marketDatesOf). */
      marketDatesOf: MarketDatesOf;
    },
  ) {}

  async views(actor: Actor, rows: CrRow[], db: DbScope = this.db): Promise<ChangeRequest[]> {
    const settings = await this.settings.current(db);
    const ctx = await loadViewContext(
      db,
      actor,
      rows,
      settings,
      this.clock.today(),
      can(actor, 'change_requests.manage'),
      this.hooks.marketDatesOf,
    );
    return rows.map((row) => toView(row, ctx));
  }

  /** Throws NOT_FOUND (also for a CR on a restricted policy the caller may not see). */
  async load(db: DbScope, actor: Actor, id: string): Promise<CrRow> {
    const row = await repo.findVisible(db, viewerOf(actor), id);
    if (!row) throw notFound('Change request');
    return row;
  }

  async get(actor: Actor, id: string): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.read');
    return (await this.views(actor, [await this.load(this.db, actor, id)]))[0]!;
  }

  /** The target must be a policy the caller may see: one they may not is "not found", like a missing one. */
  private async checkTarget(trx: DbScope, actor: Actor, policyId: string | null): Promise<void> {
    if (policyId !== null && !(await repo.visiblePolicy(trx, viewerOf(actor), policyId)))
      throw new AppError('NOT_FOUND', 'The target policy was not found', [
        { path: 'body.targetPolicyId', message: 'No such policy' },
      ]);
  }

  private async checkReferences(
    trx: DbScope,
    input: {
      ownerId?: string;
      impact?: { surfaceIds?: string[]; marketIds?: string[] };
      links?: { initiativeIds?: string[]; changeRequestIds?: string[] };
    },
    selfId: string | null,
  ): Promise<void> {
    if (input.ownerId !== undefined && !(await repo.activeUser(trx, input.ownerId)))
      throw fieldError('body.ownerId', 'Pick an active person as the owner');
    const checks = [
      ['surfaces', input.impact?.surfaceIds, 'body.impact.surfaceIds', 'surface'],
      ['markets', input.impact?.marketIds, 'body.impact.marketIds', 'market'],
      ['initiatives', input.links?.initiativeIds, 'body.links.initiativeIds', 'initiative'],
      ['change_requests', input.links?.changeRequestIds, 'body.links.changeRequestIds', 'change request'],
    ] as const;
    for (const [table, ids, path, what] of checks) {
      if (!ids || ids.length === 0) continue;
      if (selfId && table === 'change_requests' && ids.includes(selfId))
        throw fieldError(path, 'A change request cannot link to itself');
      const found = await repo.existingIds(trx, table, ids);
      if (ids.some((id) => !found.has(id))) throw fieldError(path, `Contains a ${what} that does not exist`);
    }
  }

  /** Throws FORBIDDEN, NOT_FOUND (target policy), VALIDATION_FAILED naming the field. */
  async create(actor: Actor, input: CrInput): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.manage');
    const id = await withFreshNumber(() =>
      inTransaction(this.db, async (trx) => {
        await this.checkTarget(trx, actor, input.targetPolicyId);
        await this.checkReferences(trx, input, null);
        const { workflow } = await this.settings.current(trx);
        const now = this.clock.now().toISOString();
        const row: CrRow = {
          id: uuidv7(),
          number: await repo.nextNumber(trx),
          title: input.title,
          type: input.type,
          source: input.source,
          target_policy_id: input.targetPolicyId,
          problem_statement: input.problemStatement,
          proposal: input.proposal,
          impact: JSON.stringify(input.impact),
          severity: input.scoring?.severity ?? null,
          reach: input.scoring?.reach ?? null,
          urgency: input.scoring?.urgency ?? null,
          effort: input.scoring?.effort ?? null,
          owner_id: input.ownerId,
          due_date: input.dueDate,
          effective_date: null,
          stage: workflow.stages[0]!.key,
          stage_entered_at: now,
          lane: laneOf(workflow, input.type, input.impact.marketIds).lane,
          placement_after_id: null,
          placement_reason: null,
          placement_by: null,
          placement_at: null,
          draft_version_id: null,
          last_text_editor_id: input.proposal ? actor.id : null,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await repo.insert(trx, row);
        for (const [kind, rows] of linkRows(row.id, input.links)) await repo.replaceLinks(trx, row.id, kind, rows);
        await this.event(trx, row.id, actor, 'created', { to: row.stage });
        // The owner follows their CR (launch done and other notices reach watchers too).
        await this.hooks.collaboration.watch(trx, actor, {
          userIds: [row.owner_id],
          entityType: 'change_request',
          entityId: row.id,
        });
        await this.audit.record(trx, actor, {
          action: 'change_request.created',
          entityType: 'change_request',
          entityId: row.id,
          after: crSnapshot(row),
        });
        return row.id;
      }),
    );
    return this.get(actor, id);
  }

  async event(
    trx: DbScope,
    id: string,
    actor: AuditCause,
    kind: string,
    fields: { from?: string; to?: string; reason?: string | null; detail?: unknown } = {},
  ): Promise<void> {
    await repo.insertEvent(trx, {
      id: uuidv7(),
      change_request_id: id,
      kind,
      actor_id: actor.id,
      from_stage: fields.from ?? null,
      to_stage: fields.to ?? null,
      reason: fields.reason ?? null,
      detail: JSON.stringify(fields.detail ?? {}),
      at: this.clock.now().toISOString(),
    });
  }

  /** Loads for a write: visible, at the version the caller read. Throws NOT_FOUND, VERSION_CONFLICT. */
  async loadForWrite(trx: DbScope, actor: Actor, id: string, version: number): Promise<CrRow> {
    const row = await this.load(trx, actor, id);
    if (row.version !== version) throw versionConflict(CR, row.version);
    return row;
  }

  /** Saves a patch at the row's version. Throws VERSION_CONFLICT when someone else saved first. */
  async save(trx: DbScope, before: CrRow, patch: Partial<CrRow>): Promise<CrRow> {
    const after = { ...before, ...patch, updated_at: this.clock.now().toISOString() };
    if (!(await repo.updateVersioned(trx, before.id, before.version, after)))
      throw versionConflict(CR, before.version + 1);
    return { ...after, version: before.version + 1 };
  }

  /**
   * Edits the CR. A change of the proposal or the draft version is a change of the proposed text: the
   * editor becomes its last editor and earlier approvals are reset (the reply says which).
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED.
   */
  async update(actor: Actor, id: string, input: CrUpdate): Promise<CrUpdateResult> {
    authorize(actor, 'change_requests.manage');
    const reset = await inTransaction(this.db, async (trx) => {
      const before = await this.loadForWrite(trx, actor, id, input.version);
      // Once launched (or scheduled), the date and the text are the published version's.
      if ((await launchRepo.launchesOf(trx, [id])).length > 0)
        for (const field of ['effectiveDate', 'draftVersionId', 'targetPolicyId'] as const)
          if (input[field] !== undefined)
            throw fieldError(`body.${field}`, "Launched already: this is the published version's now", 'INVALID_STATE');
      const type = (input.type ?? before.type) as CrType;
      const target = input.targetPolicyId !== undefined ? input.targetPolicyId : before.target_policy_id;
      if (type !== 'new_policy' && target === null)
        throw fieldError('body.targetPolicyId', 'Choose the policy this changes');
      if (input.targetPolicyId !== undefined && input.targetPolicyId !== before.target_policy_id)
        await this.checkTarget(trx, actor, input.targetPolicyId);
      await this.checkReferences(trx, input, id);
      const draft = input.draftVersionId !== undefined ? input.draftVersionId : before.draft_version_id;
      if (input.draftVersionId) {
        const version = await repo.versionOfPolicy(trx, input.draftVersionId);
        if (!version || version.policy_id !== target || version.state !== 'draft')
          throw fieldError('body.draftVersionId', 'Use a draft version of the target policy');
      }
      const oldImpact = impactOf(before);
      const impact = { ...oldImpact, ...input.impact };
      const textChanged =
        (input.proposal !== undefined && input.proposal !== before.proposal) || draft !== before.draft_version_id;
      const marketsAdded = impact.marketIds.filter((m) => !oldImpact.marketIds.includes(m));
      const { workflow } = await this.settings.current(trx);
      const scoring = input.scoring === undefined ? undefined : input.scoring;
      const after = await this.save(trx, before, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        type,
        ...(input.source !== undefined ? { source: input.source } : {}),
        target_policy_id: target,
        ...(input.problemStatement !== undefined ? { problem_statement: input.problemStatement } : {}),
        ...(input.proposal !== undefined ? { proposal: input.proposal } : {}),
        impact: JSON.stringify(impact),
        ...(scoring !== undefined
          ? {
              severity: scoring?.severity ?? null,
              reach: scoring?.reach ?? null,
              urgency: scoring?.urgency ?? null,
              effort: scoring?.effort ?? null,
            }
          : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        ...(input.dueDate !== undefined ? { due_date: input.dueDate } : {}),
        ...(input.effectiveDate !== undefined ? { effective_date: input.effectiveDate } : {}),
        draft_version_id: draft,
        lane: laneOf(workflow, type, impact.marketIds).lane,
        ...(textChanged ? { last_text_editor_id: actor.id } : {}),
      });
      if (input.links)
        for (const [kind, rows] of linkRows(id, input.links)) await repo.replaceLinks(trx, id, kind, rows);
      const counting = workflowState(before, await repo.signOffsOf(trx, [id])).signOffs;
      const now = this.clock.now().toISOString();
      const invalidated = signOffsInvalidatedByEdit(counting, { at: now, textChanged, marketsAdded });
      const roles = [...new Set(invalidated.reset.map((s) => s.role))];
      if (invalidated.message) {
        await repo.resetSignOffs(
          trx,
          invalidated.reset.map((s) => s.id),
          now,
          invalidated.message,
        );
        await this.event(trx, id, actor, 'sign_offs_reset', { reason: invalidated.message, detail: { roles } });
      }
      await this.event(trx, id, actor, 'edited', { detail: { textChanged } });
      await this.audit.record(trx, actor, {
        action: 'change_request.updated',
        entityType: 'change_request',
        entityId: id,
        before: crSnapshot(before),
        after: { ...crSnapshot(after), signOffsReset: roles },
      });
      return invalidated.message ? { roles, message: invalidated.message } : null;
    });
    return { ...(await this.get(actor, id)), signOffsReset: reset };
  }

  /**
   * Moves the CR to another stage. Launched is reached only by launching (POST …/launch), and a CR whose
   * launch is scheduled waits for its date. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT (a concurrent
   * move won), CR_STAGE_FINAL, CR_MOVE_NOT_ALLOWED, INVALID_STATE, CR_REQUIREMENTS_MISSING (naming every
   * blocker, unacknowledged launch conflicts included).
   */
  async transition(actor: Actor, id: string, input: CrTransition): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.loadForWrite(trx, actor, id, input.version);
      const settings = await this.settings.current(trx);
      const { workflow } = settings;
      const [launch] = await launchRepo.launchesOf(trx, [id]);
      if (launch && launch.launched_at === null)
        throw new AppError(
          'INVALID_STATE',
          `The launch is scheduled for ${launch.scheduled_for}; the change request becomes Launched then`,
        );
      const unacknowledged =
        before.stage === 'approval' ? await unacknowledgedOf(trx, viewerOf(actor), before, settings) : [];
      const state = workflowState(before, await repo.signOffsOf(trx, [id]), unacknowledged);
      const check = checkTransition(workflow, state, input.to, input.reason);
      if (!check.allowed) {
        if (check.code !== 'CR_REQUIREMENTS_MISSING') throw new AppError(check.code, check.message);
        throw requirementsMissing(check.blockers);
      }
      if (input.to === 'launched')
        throw new AppError(
          'CR_MOVE_NOT_ALLOWED',
          'A change request becomes Launched by launching it (POST /api/change-requests/:id/launch), which publishes its draft',
        );
      await this.move(trx, actor, before, input.to, input.reason ?? null);
    });
    return this.get(actor, id);
  }

  /** Moves a CR that the caller loaded for a write (the launch); returns the row after. */
  async moveInTransaction(trx: DbScope, cause: AuditCause, before: CrRow, to: CrStage, reason: string | null) {
    return this.move(trx, cause, before, to, reason);
  }

  private async move(
    trx: DbScope,
    actor: AuditCause,
    before: CrRow,
    to: CrStage,
    reason: string | null,
    saved?: CrRow,
  ): Promise<CrRow> {
    const now = this.clock.now().toISOString();
    const after = saved
      ? await this.save(trx, saved, { stage: to, stage_entered_at: now })
      : await this.save(trx, before, { stage: to, stage_entered_at: now });
    await this.event(trx, before.id, actor, 'moved', { from: before.stage, to, reason });
    await this.audit.record(trx, actor, {
      action: 'change_request.moved',
      entityType: 'change_request',
      entityId: before.id,
      before: { number: before.number, stage: before.stage as CrStage, version: before.version },
      after: { number: before.number, stage: to, version: after.version, reason },
    });
    await this.hooks.notifier.stageEntered(trx, actor, after);
    return after;
  }

  /**
   * Records a sign-off in a role the caller holds. "Request changes" sends the CR back to Drafting.
   * Throws FORBIDDEN (role not held; approving text they edited last), NOT_FOUND, VERSION_CONFLICT,
   * INVALID_STATE (the stage does not ask this role now).
   */
  async signOff(actor: Actor, id: string, input: SignOffInput): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.read');
    await inTransaction(this.db, async (trx) => {
      const before = await this.loadForWrite(trx, actor, id, input.version);
      const label = SIGN_OFF_ROLE_LABELS[input.role];
      if (!holdsRole(await entitlementsOf(trx, actor), before, input.role))
        throw new AppError('FORBIDDEN', `You do not sign off for ${label}`);
      const approval = mayApprove(actor, { lastTextEditorId: before.last_text_editor_id }, input.decision);
      if (!approval.allowed) throw new AppError('FORBIDDEN', approval.reason);
      const { workflow } = await this.settings.current(trx);
      const state = workflowState(before, await repo.signOffsOf(trx, [id]));
      const stageRoles = stageSignOffs(workflow, state.stage, state.lane, state.marketIds).roles;
      if (!stageRoles.includes(input.role))
        throw fieldError('body.role', `This stage does not ask ${label} to sign off`, 'INVALID_STATE');
      if (input.decision !== 'request_changes' && !rolesToSignNow(workflow, state).includes(input.role))
        throw fieldError('body.role', `${label} cannot approve now: it waits on an earlier sign-off`, 'INVALID_STATE');
      const signOffId = uuidv7();
      await repo.insertSignOff(trx, {
        id: signOffId,
        change_request_id: id,
        role: input.role,
        decision: input.decision,
        comment: input.comment,
        person_id: actor.id,
        at: this.clock.now().toISOString(),
        reset_at: null,
        reset_reason: null,
      });
      const back = stageAfterSignOff(workflow, state.stage, input.decision);
      if (!back) {
        // In a set order, an approval makes the next role due: ask its people now.
        const dueBefore = rolesToSignNow(workflow, state);
        const dueAfter = rolesToSignNow(workflow, workflowState(before, await repo.signOffsOf(trx, [id])));
        await this.hooks.notifier.askFor(
          trx,
          actor,
          before,
          dueAfter.filter((role) => !dueBefore.includes(role)),
        );
      }
      const saved = await this.save(trx, before, {});
      await this.event(trx, id, actor, 'signed_off', {
        reason: input.comment,
        detail: { role: input.role, decision: input.decision },
      });
      await this.audit.record(trx, actor, {
        action: 'change_request.signed_off',
        entityType: 'change_request',
        entityId: id,
        after: {
          number: before.number,
          signOffId,
          role: input.role,
          decision: input.decision,
          comment: input.comment,
          stage: back ?? state.stage,
        },
      });
      if (input.decision === 'request_changes')
        await this.hooks.notifier.changesRequested(trx, actor, before, input.role, input.comment);
      if (back) await this.move(trx, actor, before, back, `${label} requested changes: ${input.comment}`, saved);
    });
    return this.get(actor, id);
  }

  /** Places the CR by hand in the intake queue. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE. */
  async place(actor: Actor, id: string, input: CrReorder): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.loadForWrite(trx, actor, id, input.version);
      if (before.stage !== 'intake') throw new AppError('INVALID_STATE', 'Only CRs in Intake stand in the queue');
      if (input.afterId !== null) {
        if (input.afterId === id) throw fieldError('body.afterId', 'A change request cannot stand below itself');
        const anchor = await repo.findVisible(trx, viewerOf(actor), input.afterId);
        if (!anchor || anchor.stage !== 'intake')
          throw fieldError('body.afterId', 'Pick a change request in the queue');
      }
      const now = this.clock.now().toISOString();
      await this.save(trx, before, {
        placement_after_id: input.afterId,
        placement_reason: input.reason,
        placement_by: actor.id,
        placement_at: now,
      });
      await this.event(trx, id, actor, 'placed', { reason: input.reason, detail: { afterId: input.afterId } });
      await this.audit.record(trx, actor, {
        action: 'change_request.placed',
        entityType: 'change_request',
        entityId: id,
        before: { number: before.number, afterId: before.placement_after_id, reason: before.placement_reason },
        after: { number: before.number, afterId: input.afterId, reason: input.reason },
      });
    });
    return this.get(actor, id);
  }
}
