import {
  APPROVING_DECISIONS,
  CR_STAGE_LABELS,
  addDays,
  type ChangeRequest,
  type CrConflictAcknowledgeSchema,
  type CrConflicts,
  type CrDraftCreate,
  type CrLaunchCreateSchema,
  type CrMyWork,
  type CrReviewComplete,
  type CrStage,
  type CrLane,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { SYSTEM_CAUSE, type AuditCause, type AuditService } from '../audit/audit.service.js';
import { viewerOf } from '../policies/policy-access.js';
import type { PoliciesService } from '../policies/policies.service.js';
import type { PolicyChangelogService } from '../policies/policy-changelog.service.js';
import type { DraftEdit, PolicyVersionsService } from '../policies/policy-versions.service.js';
import { conflictsOf } from './cr-conflict-check.js';
import { listInWords } from './cr-lanes.js';
import type { CrLaunchEvents } from './cr-launch-events.js';
import type { CrNotifier } from './cr-notifications.js';
import type { CrSettingsService } from './cr-settings.service.js';
import { signOffsInvalidatedByEdit } from './cr-sign-offs.js';
import { requirementsMissing } from './cr-snapshot.js';
import { reviewView, workflowState } from './cr-views.js';
import {
  checkTransition,
  isBeforeLaunch,
  isLaunchStage,
  lanePath,
  overdue,
  stageDueOn,
  stageTargetDays,
} from './cr-workflow.js';
import type { ChangeRequestsService } from './change-requests.service.js';
import * as repo from './change-requests.repository.js';
import type { CrRow } from './change-requests.repository.js';
import * as launchRepo from './cr-launch.repository.js';

type AcknowledgeInput = z.output<typeof CrConflictAcknowledgeSchema>;
type LaunchInput = z.output<typeof CrLaunchCreateSchema>;

export const CR_LAUNCH_JOB = 'change_request.launch';
export const CR_OVERDUE_JOB = 'change_request.overdue';

/** Post-launch reviews, in days after the effective date (issue 10, item 9). */
const REVIEW_OFFSETS = [30, 90];

/**
 * A change request from its proposed text to its launch and after (issue 10, items 3, 7, 9): the draft
 * version in the library, the conflict check, the launch (at once or on its date, through a job), the
 * post-launch reviews.
 */
export class CrLaunchService {
  constructor(
    private readonly db: DbScope,
    private readonly crs: ChangeRequestsService,
    private readonly settings: CrSettingsService,
    private readonly deps: {
      audit: AuditService;
      clock: Clock;
      jobs: JobQueue;
      policies: PoliciesService;
      versions: PolicyVersionsService;
      changelog: PolicyChangelogService;
      notifier: CrNotifier;
      launches: CrLaunchEvents;
    },
  ) {}

  // ---- Proposed text ---------------------------------------------------------------------------------

  /**
   * Starts the proposed text as a draft version of the target policy, from its newest text; for a
   * new-policy CR the policy is created first (title: the CR's). The caller becomes the text's last
   * editor. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, ALREADY_EXISTS (a draft exists),
   * INVALID_STATE (after launch; the policy has another open version), VALIDATION_FAILED.
   */
  async startDraft(actor: Actor, id: string, input: CrDraftCreate): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.crs.loadForWrite(trx, actor, id, input.version);
      if (before.draft_version_id !== null)
        throw new AppError('ALREADY_EXISTS', 'This change request already has its draft; edit it in the library');
      const { workflow } = await this.settings.current(trx);
      if (!isBeforeLaunch(workflow, before.stage as CrStage))
        throw new AppError('INVALID_STATE', 'The text of a launched or closed change request cannot change');
      let policyId = before.target_policy_id;
      const created = policyId === null;
      if (policyId === null) {
        if (!input.areaId) throw fieldError('body.areaId', 'Choose the area the new policy goes in');
        if (!input.slug) throw fieldError('body.slug', 'Give the new policy a slug');
        authorize(actor, 'policies.manage');
        policyId = await this.deps.policies.createInTransaction(trx, actor, {
          title: before.title,
          slug: input.slug,
          areaId: input.areaId,
          owningTeamId: null,
          ownerIds: input.ownerIds ?? [],
          tags: [],
          restricted: false,
          memberIds: [],
        });
      } else if (input.areaId !== undefined || input.slug !== undefined || input.ownerIds !== undefined) {
        throw fieldError(input.areaId !== undefined ? 'body.areaId' : 'body.slug', 'Only for a new-policy CR');
      }
      const draftId = await this.deps.versions.createDraftInTransaction(
        trx,
        actor,
        policyId,
        `CR-${before.number}: ${before.title}`,
      );
      const draft = (await launchRepo.draftRow(trx, draftId))!;
      const after = await this.crs.save(trx, before, {
        target_policy_id: policyId,
        draft_version_id: draftId,
        last_text_editor_id: actor.id,
      });
      const reset = await this.resetForText(trx, actor, before, this.deps.clock.now().toISOString());
      await this.crs.event(trx, id, actor, 'draft_started', {
        detail: { versionId: draftId, label: draft.label, policyId, policyCreated: created },
      });
      await this.deps.audit.record(trx, actor, {
        action: 'change_request.draft_started',
        entityType: 'change_request',
        entityId: id,
        after: {
          number: before.number,
          policyId,
          policyCreated: created,
          draftVersionId: draftId,
          draftLabel: draft.label,
          signOffsReset: reset,
          version: after.version,
        },
      });
    });
    return this.crs.get(actor, id);
  }

  /** Resets the approvals a change of the text invalidates; returns the roles reset. */
  private async resetForText(trx: DbScope, cause: AuditCause, row: CrRow, at: string) {
    const counting = workflowState(row, await repo.signOffsOf(trx, [row.id])).signOffs;
    const invalidated = signOffsInvalidatedByEdit(counting, { at, textChanged: true, marketsAdded: [] });
    const roles = [...new Set(invalidated.reset.map((s) => s.role))];
    if (invalidated.message) {
      await repo.resetSignOffs(
        trx,
        invalidated.reset.map((s) => s.id),
        at,
        invalidated.message,
      );
      await this.crs.event(trx, row.id, cause, 'sign_offs_reset', { reason: invalidated.message, detail: { roles } });
    }
    return roles;
  }

  /**
   * The library's editor changed a draft (PolicyVersionsService.onDraftEdited, same transaction): each
   * CR holding it before launch records the editor as the text's last editor and resets the approvals
   * the edit invalidates, saying so on its timeline.
   */
  async draftEdited(trx: DbScope, actor: Actor, edit: DraftEdit): Promise<void> {
    if (!edit.bodyChanged) return;
    const { workflow } = await this.settings.current(trx);
    for (const row of await launchRepo.holdingDraft(trx, edit.versionId)) {
      if (!isBeforeLaunch(workflow, row.stage as CrStage)) continue;
      const after = await this.crs.save(trx, row, { last_text_editor_id: actor.id });
      const reset = await this.resetForText(trx, actor, row, edit.at);
      await this.crs.event(trx, row.id, actor, 'text_edited', {
        detail: { versionId: edit.versionId, signOffsReset: reset },
      });
      await this.deps.audit.record(trx, actor, {
        action: 'change_request.text_edited',
        entityType: 'change_request',
        entityId: row.id,
        after: {
          number: row.number,
          draftVersionId: edit.versionId,
          lastTextEditorId: actor.id,
          signOffsReset: reset,
          version: after.version,
        },
      });
    }
  }

  /** For the library's version view: the CR that launched this version or holds it as its draft. */
  async changeRequestOfVersion(
    db: DbScope,
    actor: Actor,
    versionId: string,
  ): Promise<{ id: string; number: number; title: string } | null> {
    if (!can(actor, 'change_requests.read')) return null;
    const found = await launchRepo.changeRequestOfVersion(db, versionId);
    if (!found || !(await repo.findVisible(db, viewerOf(actor), found.id))) return null;
    return found;
  }

  // ---- Conflicts ------------------------------------------------------------------------------------

  private async conflictsView(db: DbScope, actor: Actor, row: CrRow): Promise<CrConflicts> {
    const settings = await this.settings.current(db);
    const found = await conflictsOf(db, viewerOf(actor), row, settings);
    const acks = new Map((await launchRepo.acksOf(db, row.id)).map((a) => [a.conflict_key, a]));
    const items = found.map((c) => {
      const ack = acks.get(c.key);
      return {
        ...c,
        acknowledged: ack
          ? { by: { id: ack.acknowledged_by, name: ack.by_name ?? 'Deleted user' }, at: ack.at, note: ack.note }
          : null,
      };
    });
    return {
      effectiveDate: row.effective_date,
      windowDays: settings.conflictWindowDays,
      items,
      unacknowledged: items.filter((c) => c.acknowledged === null).map((c) => c.key),
      abilities: { acknowledge: can(actor, 'change_requests.manage') },
    };
  }

  /** The launch conflicts for the CR's effective date. Throws FORBIDDEN, NOT_FOUND. */
  async conflicts(actor: Actor, id: string): Promise<CrConflicts> {
    authorize(actor, 'change_requests.read');
    return this.conflictsView(this.db, actor, await this.crs.load(this.db, actor, id));
  }

  /**
   * Records who acknowledged which current conflicts, and when. Throws FORBIDDEN, NOT_FOUND,
   * VERSION_CONFLICT, INVALID_STATE (no effective date), VALIDATION_FAILED (a key that is not a current conflict).
   */
  async acknowledge(actor: Actor, id: string, input: AcknowledgeInput): Promise<CrConflicts> {
    authorize(actor, 'change_requests.manage');
    return inTransaction(this.db, async (trx) => {
      const before = await this.crs.loadForWrite(trx, actor, id, input.version);
      if (before.effective_date === null)
        throw new AppError('INVALID_STATE', 'Set the effective date first: conflicts are found for it');
      const found = new Set(
        (await conflictsOf(trx, viewerOf(actor), before, await this.settings.current(trx))).map((c) => c.key),
      );
      input.keys.forEach((key, i) => {
        if (!found.has(key)) throw fieldError(`body.keys.${i}`, 'Not a current conflict of this change request');
      });
      const at = this.deps.clock.now().toISOString();
      const keys = [...new Set(input.keys)];
      for (const key of keys)
        await launchRepo.upsertAck(trx, {
          change_request_id: id,
          conflict_key: key,
          acknowledged_by: actor.id,
          at,
          note: input.note,
        });
      const after = await this.crs.save(trx, before, {});
      await this.crs.event(trx, id, actor, 'conflicts_acknowledged', {
        reason: input.note || null,
        detail: { keys, effectiveDate: before.effective_date },
      });
      await this.deps.audit.record(trx, actor, {
        action: 'change_request.conflicts_acknowledged',
        entityType: 'change_request',
        entityId: id,
        after: {
          number: before.number,
          effectiveDate: before.effective_date,
          keys,
          note: input.note,
          version: after.version,
        },
      });
      return this.conflictsView(trx, actor, after);
    });
  }

  // ---- Launch ---------------------------------------------------------------------------------------

  /**
   * Launches the CR from the stage right before Launched: publishes its draft as the next version of
   * the policy with the effective date (and per-market dates), bypassing the library's review (the CR's
   * sign-offs were it). Today or earlier: the CR is Launched at once; later: the version is published
   * with its future date (the library shows it scheduled) and a job makes the CR Launched on the date.
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, CR_MOVE_NOT_ALLOWED (wrong stage), INVALID_STATE
   * (no draft; already launched), CR_REQUIREMENTS_MISSING, CR_DRAFT_OUTDATED, VALIDATION_FAILED (dates).
   */
  async launch(actor: Actor, id: string, input: LaunchInput): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.crs.loadForWrite(trx, actor, id, input.version);
      const settings = await this.settings.current(trx);
      const { workflow } = settings;
      if ((await launchRepo.launchesOf(trx, [id])).length > 0)
        throw new AppError('INVALID_STATE', 'This change request was launched already');
      const stage = before.stage as CrStage;
      const lane = before.lane as CrLane;
      if (!isLaunchStage(workflow, stage, lane)) {
        const path = lanePath(workflow, lane);
        const from = path[path.indexOf('launched') - 1];
        throw new AppError(
          'CR_MOVE_NOT_ALLOWED',
          `A change request is launched from ${from ? CR_STAGE_LABELS[from] : 'the stage before Launched'}; this one is in ${CR_STAGE_LABELS[stage]}`,
        );
      }
      const draftId = before.draft_version_id;
      const policyId = before.target_policy_id;
      if (draftId === null || policyId === null)
        throw new AppError('INVALID_STATE', 'There is no draft to launch: start the proposed text first');
      // The launch date is the effective date now: its conflicts must all be acknowledged (rule 9).
      const dated = { ...before, effective_date: input.effectiveDate };
      const acked = new Set((await launchRepo.acksOfMany(trx, [id])).map((a) => a.conflict_key));
      const unacknowledged = (await conflictsOf(trx, viewerOf(actor), dated, settings))
        .filter((c) => !acked.has(c.key))
        .map((c) => ({ key: c.key, title: c.title }));
      const signOffs = await repo.signOffsOf(trx, [id]);
      const state = { ...workflowState(dated, signOffs), unacknowledgedConflicts: unacknowledged };
      const check = checkTransition(workflow, state, 'launched');
      if (!check.allowed) {
        if (check.code !== 'CR_REQUIREMENTS_MISSING') throw new AppError(check.code, check.message);
        throw requirementsMissing(check.blockers);
      }
      // Launching from a stage after Approval: the launch date's conflicts must be acknowledged as well.
      if (unacknowledged.length > 0)
        throw requirementsMissing({
          fields: [],
          signOffs: [],
          orderViolations: [],
          conflicts: unacknowledged.map((c) => c.key),
          reasonMissing: false,
          message: `To launch on ${input.effectiveDate}: acknowledge the launch conflict${unacknowledged.length === 1 ? '' : 's'} with ${listInWords(unacknowledged.map((c) => c.title))}`,
        });
      const draft = await launchRepo.draftRow(trx, draftId);
      if (!draft || draft.state !== 'draft')
        throw new AppError(
          'INVALID_STATE',
          `The proposed text (version ${draft?.label ?? '?'}) is ${draft?.state.replace('_', ' ') ?? 'gone'} in the library, not a draft`,
        );
      const newer = await launchRepo.publishedSince(trx, policyId, draft.created_at, draftId);
      if (newer.length > 0) {
        const latest = newer.at(-1)!;
        throw new AppError(
          'CR_DRAFT_OUTDATED',
          `Version ${latest.label} of the policy was published after the draft ${draft.label} was started from an older text; discard the draft ${draft.label} and start it again from ${latest.label}`,
          [{ path: 'draftVersionId', message: `Draft ${draft.label} is older than published version ${latest.label}` }],
        );
      }
      const approverId = this.policyOwnerApprover(signOffs) ?? actor.id;
      const version = await this.deps.versions.publishDraftInTransaction(trx, actor, policyId, draftId, {
        effectiveDate: input.effectiveDate,
        marketDates: input.marketDates,
        approverId,
      });
      const policy = await this.deps.policies.findVisible(actor, policyId, trx);
      await this.deps.changelog.publishAutomaticallyInTransaction(trx, actor, policy, draftId);
      const now = this.deps.clock.now().toISOString();
      const today = this.deps.clock.today();
      const scheduled = input.effectiveDate > today;
      await launchRepo.insertLaunch(trx, {
        change_request_id: id,
        policy_version_id: draftId,
        effective_date: input.effectiveDate,
        approver_id: approverId,
        launched_by: actor.id,
        published_at: now,
        launched_at: scheduled ? null : now,
        scheduled_for: scheduled ? input.effectiveDate : null,
      });
      const saved = await this.crs.save(trx, before, { effective_date: input.effectiveDate });
      await this.crs.event(trx, id, actor, 'launch_published', {
        detail: {
          versionId: draftId,
          label: version.label,
          effectiveDate: input.effectiveDate,
          marketDates: input.marketDates,
          scheduledFor: scheduled ? input.effectiveDate : null,
          approverId,
        },
      });
      await this.deps.audit.record(trx, actor, {
        action: 'change_request.launch_published',
        entityType: 'change_request',
        entityId: id,
        after: {
          number: before.number,
          policyId,
          policyVersionId: draftId,
          versionLabel: version.label,
          effectiveDate: input.effectiveDate,
          marketDates: input.marketDates,
          approverId,
          scheduledFor: scheduled ? input.effectiveDate : null,
          version: saved.version,
        },
      });
      if (scheduled)
        await this.deps.jobs.send(
          CR_LAUNCH_JOB,
          { changeRequestId: id, date: input.effectiveDate },
          { key: `${id}:${input.effectiveDate}`, runAt: new Date(`${input.effectiveDate}T00:00:00.000Z`), scope: trx },
        );
      else await this.becomeLaunched(trx, actor, saved, version.label, false);
    });
    return this.crs.get(actor, id);
  }

  /** The person of the latest policy-owner approval that still counts (recorded as the version's approver). */
  private policyOwnerApprover(signOffs: repo.SignOffRow[]): string | null {
    const counting = signOffs.filter(
      (s) => s.role === 'policy_owner' && s.reset_at === null && APPROVING_DECISIONS.includes(s.decision as never),
    );
    return counting.at(-1)?.person_id ?? null;
  }

  /**
   * The job of a scheduled launch (key per CR and date): when the date has come, the CR becomes Launched.
   * A second run, or a run for a launch no longer waiting, does nothing. Throws while the date is ahead
   * (the queue retries), which only a clock set back can cause.
   */
  async runScheduledLaunch(changeRequestId: string, date: string): Promise<void> {
    if (this.deps.clock.today() < date) throw new Error(`The launch of ${changeRequestId} waits for ${date}`);
    await inTransaction(this.db, async (trx) => {
      const [launch] = await launchRepo.launchesOf(trx, [changeRequestId]);
      if (!launch || launch.launched_at !== null || launch.scheduled_for !== date) return;
      const row = await repo.findById(trx, changeRequestId);
      if (!row) return;
      if (!(await launchRepo.markLaunched(trx, changeRequestId, this.deps.clock.now().toISOString()))) return;
      await this.becomeLaunched(trx, SYSTEM_CAUSE, row, launch.version_label, true);
    });
  }

  /** The moment a CR becomes Launched: the move, its event, the reviews, the notice and the listeners. */
  private async becomeLaunched(
    trx: DbScope,
    cause: AuditCause,
    row: CrRow,
    versionLabel: string,
    scheduled: boolean,
  ): Promise<void> {
    const effectiveDate = row.effective_date!;
    const after = await this.crs.moveInTransaction(trx, cause, row, 'launched', null);
    const now = this.deps.clock.now().toISOString();
    const reviewIds: string[] = [];
    for (const offset of REVIEW_OFFSETS) {
      const reviewId = uuidv7();
      reviewIds.push(reviewId);
      await launchRepo.insertReview(trx, {
        id: reviewId,
        change_request_id: row.id,
        offset_days: offset,
        due_on: addDays(effectiveDate, offset),
        notes: '',
        completed_by: null,
        completed_at: null,
        version: 1,
        created_at: now,
      });
    }
    const materiality = row.type === 'editorial' ? 'editorial' : 'material';
    const [launch] = await launchRepo.launchesOf(trx, [row.id]);
    await this.crs.event(trx, row.id, cause, 'launched', {
      detail: { versionId: launch!.policy_version_id, effectiveDate, scheduled, reviewIds },
    });
    await this.deps.audit.record(trx, cause, {
      action: 'change_request.launched',
      entityType: 'change_request',
      entityId: row.id,
      after: {
        number: row.number,
        policyVersionId: launch!.policy_version_id,
        effectiveDate,
        materiality,
        reviewIds,
        scheduled,
      },
    });
    await this.deps.notifier.launched(trx, cause, after, versionLabel, effectiveDate);
    await this.deps.launches.launched(trx, cause, {
      changeRequestId: row.id,
      number: row.number,
      title: row.title,
      policyId: row.target_policy_id!,
      policyVersionId: launch!.policy_version_id,
      effectiveDate,
      materiality,
      ownerId: row.owner_id,
    });
  }

  // ---- Post-launch reviews ----------------------------------------------------------------------------

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT (the review's version), INVALID_STATE (done already). */
  async completeReview(actor: Actor, id: string, reviewId: string, input: CrReviewComplete): Promise<ChangeRequest> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const row = await this.crs.load(trx, actor, id);
      const review = (await launchRepo.reviewsOf(trx, [id])).find((r) => r.id === reviewId);
      if (!review) throw notFound('Post-launch review');
      if (review.version !== input.version) throw versionConflict('This review', review.version);
      if (review.completed_at !== null) throw new AppError('INVALID_STATE', 'This review was completed already');
      const at = this.deps.clock.now().toISOString();
      if (
        !(await launchRepo.completeReview(trx, reviewId, input.version, {
          notes: input.notes,
          completed_by: actor.id,
          completed_at: at,
        }))
      )
        throw versionConflict('This review', input.version + 1);
      await this.crs.event(trx, id, actor, 'review_completed', {
        detail: { reviewId, offsetDays: review.offset_days },
      });
      await this.deps.audit.record(trx, actor, {
        action: 'change_request.review_completed',
        entityType: 'change_request',
        entityId: id,
        after: {
          number: row.number,
          reviewId,
          offsetDays: review.offset_days,
          notesLength: input.notes.length,
          version: input.version + 1,
        },
      });
    });
    return this.crs.get(actor, id);
  }

  /** My post-launch reviews due within a week or overdue, and my CRs past their stage target. */
  async myWork(actor: Actor): Promise<CrMyWork> {
    authorize(actor, 'change_requests.read');
    const today = this.deps.clock.today();
    const viewer = viewerOf(actor);
    const reviews = await launchRepo.openReviewsOwnedBy(this.db, actor.id, addDays(today, 7));
    const visible = new Map(
      (
        await repo.visibleByIds(
          this.db,
          viewer,
          reviews.map((r) => r.change_request_id),
        )
      ).map((r) => [r.id, r]),
    );
    const { workflow } = await this.settings.current();
    const mine = await repo.list(this.db, viewer, { ownerId: actor.id });
    return {
      reviewsDue: reviews
        .filter((r) => visible.has(r.change_request_id))
        .map((r) => {
          const cr = visible.get(r.change_request_id)!;
          return { changeRequest: { id: cr.id, number: cr.number, title: cr.title }, review: reviewView(r, today) };
        }),
      overdue: mine
        .filter((cr) => {
          const stage = cr.stage as CrStage;
          return isBeforeLaunch(workflow, stage) || stage === 'launched' || stage === 'post_launch_review'
            ? overdue(cr.stage_entered_at, stageTargetDays(workflow, stage), today)
            : false;
        })
        .map((cr) => ({
          id: cr.id,
          number: cr.number,
          title: cr.title,
          stage: cr.stage as CrStage,
          stageDueOn: stageDueOn(cr.stage_entered_at, stageTargetDays(workflow, cr.stage as CrStage)),
        })),
    };
  }
}
