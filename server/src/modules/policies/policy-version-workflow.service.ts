import type { PolicyVersion, PolicyVersionTransition } from '@policyops/contracts';
import type { PolicyVersionsTable } from '../../db/schema.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, versionConflict } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { versionActivity } from './policy-collaboration.js';
import type { PoliciesService } from './policies.service.js';
import type { PolicyReviewsService } from './policy-reviews.service.js';
import type { PolicyChangelogService } from './policy-changelog.service.js';
import { VERSION_TRANSITIONS, auditVersion } from './policy-version-records.js';
import * as repo from './policy-versions.repository.js';
import type { PolicyVersionsService } from './policy-versions.service.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

/** A field given with a step it does not belong to: a field error rather than silently ignored. */
function assertFieldsFit(input: PolicyVersionTransition): void {
  if (input.reviewerIds !== undefined && input.action !== 'submit')
    throw new AppError('VALIDATION_FAILED', 'Reviewers are named when submitting', [
      { path: 'body.reviewerIds', message: 'Only with action submit' },
    ]);
  if (input.comment !== undefined && input.action !== 'approve' && input.action !== 'reject')
    throw new AppError('VALIDATION_FAILED', 'A comment comes with an approval or a request for changes', [
      { path: 'body.comment', message: 'Only with action approve or reject' },
    ]);
}

/**
 * The review workflow of a version: submit (asking reviewers), approve or request changes (by
 * someone other than the author, with a comment), publish. Publication stores the version as
 * published; whether it is scheduled or in force is read from its dates (see version-states.ts).
 */
export class PolicyVersionWorkflowService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly versions: PolicyVersionsService,
    private readonly reviews: PolicyReviewsService,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
    private readonly changelog: PolicyChangelogService,
  ) {}

  /**
   * Moves a version through review: submit (draft -> in review, asking `reviewerIds` or the other
   * owners), approve or reject (in review -> approved / draft, by someone other than the author,
   * with a comment, required to reject), publish (approved -> published, superseding the previous
   * one when its date comes). Effective dates never go backwards. Throws FORBIDDEN, NOT_FOUND,
   * INVALID_STATE, VERSION_CONFLICT, VALIDATION_FAILED.
   */
  async transition(
    actor: Actor,
    policyRef: string,
    versionId: string,
    input: PolicyVersionTransition,
  ): Promise<PolicyVersion> {
    const step = VERSION_TRANSITIONS[input.action];
    authorize(actor, step.permission);
    assertFieldsFit(input);
    await inTransaction(this.db, async (trx) => {
      const policy = await this.policies.findVisible(actor, policyRef, trx);
      if (policy.retired_at) throw new AppError('INVALID_STATE', 'This policy is retired');
      const before = await this.versions.versionOf(trx, policy.id, versionId);
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
      if (input.action === 'publish') {
        await repo.supersedeLive(trx, policy.id, versionId, now);
        await this.versions.publishedDatesChanged(trx, policy.id);
      }
      await this.audit.record(trx, actor, {
        action: step.audit,
        entityType: 'policy_version',
        entityId: versionId,
        before: auditVersion(before),
        after: auditVersion({ ...before, ...patch, version: input.version + 1 }),
      });
      // When the workspace publishes automatically, a version goes on the changelog as it goes live.
      if (input.action === 'publish')
        await this.changelog.publishAutomaticallyInTransaction(trx, actor, policy, versionId);
      if (input.action === 'approve' || input.action === 'reject')
        await this.reviews.decideInTransaction(
          trx,
          actor,
          policy,
          before,
          input.action === 'approve' ? 'approved' : 'changes_requested',
          input.comment,
        );
      await this.collaboration.recordActivity(
        trx,
        actor,
        versionActivity(policy.id, input.action, { ...before, ...patch }),
      );
      // After the activity entry: the reviewers it makes watchers are told once, by the request.
      if (input.action === 'submit')
        await this.reviews.requestInTransaction(trx, actor, policy, before, input.reviewerIds);
      await this.policies.refreshStatus(trx, policy);
    });
    return this.versions.get(actor, policyRef, versionId);
  }

  /** Throws VALIDATION_FAILED when the date is missing or before the latest published version's. */
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
}
