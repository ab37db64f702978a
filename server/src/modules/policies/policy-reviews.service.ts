import {
  ROLES,
  roleHas,
  type EligibleReviewers,
  type ReviewsWaiting,
  type ReviewState,
  type VersionReviewList,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { PolicyVersionReviewsTable } from '../../db/schema.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { PoliciesService } from './policies.service.js';
import * as policiesRepo from './policies.repository.js';
import type { PolicyRow } from './policies.repository.js';
import { viewerOf } from './policy-access.js';
import * as repo from './policy-reviews.repository.js';
import type { VersionRow } from './policy-versions.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import { type DbScope } from '../../db/scope.js';

/** Roles that may approve versions: who can be asked to review. */
const APPROVER_ROLES = ROLES.filter((role) => roleHas(role, 'policies.approve'));

/** "Approved version 2.1" above the reviewer's words: the comment as the policy's discussion shows it. */
function decisionComment(decision: 'approved' | 'changes_requested', label: string, comment: string): string {
  const heading = decision === 'approved' ? `Approved version ${label}` : `Requested changes to version ${label}`;
  return `**${heading}**\n\n${comment}`;
}

/**
 * The library's own four-eyes review, routed to people: submitting asks named reviewers (by default
 * the policy's other owners who may approve), notifies them and has them watch the policy; a
 * decision closes the round, carries a comment onto the policy's discussion and is kept on the review.
 */
export class PolicyReviewsService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
  ) {}

  /** Who may review: active, may approve, may see the policy, and did not write the version. */
  private async eligibleIn(
    db: DbScope,
    policy: PolicyRow,
    authorId: string | null,
  ): Promise<{ id: string; name: string }[]> {
    const candidates = (await repo.activePeopleWithRoles(db, APPROVER_ROLES)).filter((p) => p.id !== authorId);
    const seeing = await policiesRepo.usersWhoCanSee(
      db,
      policy.id,
      candidates.map((p) => ({ id: p.id, viewer: viewerOf(p) })),
    );
    return candidates.filter((p) => seeing.has(p.id));
  }

  /** The people a draft can be sent to, and who is asked by default. Throws FORBIDDEN, NOT_FOUND. */
  async eligible(actor: Actor, policyRef: string, versionId: string): Promise<EligibleReviewers> {
    authorize(actor, 'policies.draft');
    const policy = await this.policies.findVisible(actor, policyRef);
    const version = await versionsRepo.find(this.db, policy.id, versionId);
    if (!version) throw notFound('Policy version');
    const [people, owners] = await Promise.all([
      this.eligibleIn(this.db, policy, version.author_id),
      policiesRepo.people(this.db, 'policy_owners', policy.id),
    ]);
    const ownerIds = new Set(owners.map((o) => o.id));
    return {
      items: people.map((p) => ({ ...p, owner: ownerIds.has(p.id) })),
      defaultIds: people.filter((p) => ownerIds.has(p.id) && p.id !== actor.id).map((p) => p.id),
    };
  }

  /**
   * Inside the submit step's transaction: asks the named reviewers (or, when none are named, the
   * policy's other owners who may approve), notifies them and makes them and the submitter watch the
   * policy. Returns who was asked. Throws VALIDATION_FAILED naming each reviewer who cannot review
   * (`body.reviewerIds.N`).
   */
  async requestInTransaction(
    trx: DbScope,
    actor: AuditCause,
    policy: PolicyRow,
    version: VersionRow,
    reviewerIds: string[] | undefined,
  ): Promise<string[]> {
    const eligible = await this.eligibleIn(trx, policy, version.author_id);
    const allowed = new Set(eligible.map((p) => p.id));
    let chosen: string[];
    if (reviewerIds === undefined) {
      const owners = await policiesRepo.people(trx, 'policy_owners', policy.id);
      chosen = owners.map((o) => o.id).filter((id) => allowed.has(id) && id !== actor.id);
    } else {
      const errors = reviewerIds.flatMap((id, i) =>
        allowed.has(id)
          ? []
          : [
              {
                path: `body.reviewerIds.${i}`,
                message:
                  id === version.author_id
                    ? 'The author cannot review their own version'
                    : 'Not someone who can see this policy and approve versions',
              },
            ],
      );
      if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some reviewers cannot review this version', errors);
      chosen = [...new Set(reviewerIds)];
    }
    const now = new Date().toISOString();
    await repo.insertMany(
      trx,
      chosen.map((reviewerId) => ({
        id: uuidv7(),
        version_id: version.id,
        policy_id: policy.id,
        reviewer_id: reviewerId,
        requested_by: actor.id,
        state: 'requested',
        comment: null,
        comment_id: null,
        requested_at: now,
        decided_at: null,
      })),
    );
    if (chosen.length === 0) return chosen;
    await this.audit.record(trx, actor, {
      action: 'policy_review.requested',
      entityType: 'policy_version',
      entityId: version.id,
      after: { policyId: policy.id, reviewerIds: chosen },
    });
    await this.collaboration.notify(trx, actor, {
      userIds: chosen,
      kind: 'review_requested',
      entityType: 'policy',
      entityId: policy.id,
      summary: `Asked you to review version ${version.label}`,
    });
    const watchers = actor.id ? [actor.id, ...chosen] : chosen;
    await this.collaboration.watch(trx, actor, { userIds: watchers, entityType: 'policy', entityId: policy.id });
    return chosen;
  }

  /**
   * For the sample workspace: a version put in review by a system task asks its reviewers the same
   * way. Throws NOT_FOUND, VALIDATION_FAILED.
   */
  async requestForSystemInTransaction(
    trx: DbScope,
    cause: AuditCause,
    policyId: string,
    versionId: string,
    reviewerIds: string[] | undefined,
  ): Promise<string[]> {
    const policy = await policiesRepo.findVisible(trx, null, { id: policyId });
    const version = policy && (await versionsRepo.find(trx, policyId, versionId));
    if (!policy || !version) throw notFound('Policy version');
    return this.requestInTransaction(trx, cause, policy, version, reviewerIds);
  }

  /**
   * Inside the approve or reject step's transaction: records the decision on the actor's request (or
   * as a decision nobody asked for), posts its comment on the policy's discussion, and withdraws the
   * requests still open, since the version has left review. Throws VALIDATION_FAILED (`body.comment`)
   * when changes are requested without saying which.
   */
  async decideInTransaction(
    trx: DbScope,
    actor: Actor,
    policy: PolicyRow,
    version: VersionRow,
    decision: 'approved' | 'changes_requested',
    comment: string | undefined,
  ): Promise<void> {
    if (decision === 'changes_requested' && !comment)
      throw new AppError('VALIDATION_FAILED', 'Say what needs to change', [
        { path: 'body.comment', message: 'Required to request changes' },
      ]);
    const commentId = comment
      ? await this.collaboration.comment(trx, actor, {
          entityType: 'policy',
          entityId: policy.id,
          body: decisionComment(decision, version.label, comment),
        })
      : null;
    const now = new Date().toISOString();
    const decided = { state: decision, comment: comment ?? null, comment_id: commentId, decided_at: now };
    const open = await repo.openRequest(trx, version.id, actor.id);
    const reviewId = open?.id ?? uuidv7();
    if (open) await repo.decide(trx, open.id, decided);
    else {
      const unasked: PolicyVersionReviewsTable = {
        id: reviewId,
        version_id: version.id,
        policy_id: policy.id,
        reviewer_id: actor.id,
        requested_by: null,
        requested_at: now,
        ...decided,
      };
      await repo.insertMany(trx, [unasked]);
    }
    await this.audit.record(trx, actor, {
      action: 'policy_review.decided',
      entityType: 'policy_version',
      entityId: version.id,
      after: { reviewId, reviewerId: actor.id, decision, comment: comment ?? null, commentId },
    });
    const withdrawn = await repo.withdrawOpen(trx, version.id, now);
    if (withdrawn.length)
      await this.audit.record(trx, actor, {
        action: 'policy_review.withdrawn',
        entityType: 'policy_version',
        entityId: version.id,
        before: { reviewerIds: withdrawn },
      });
  }

  /** Everyone asked to review a version and each decision, oldest first. Throws NOT_FOUND. */
  async listForVersion(actor: Actor, policyRef: string, versionId: string): Promise<VersionReviewList> {
    const policy = await this.policies.findVisible(actor, policyRef);
    if (!(await versionsRepo.find(this.db, policy.id, versionId))) throw notFound('Policy version');
    const rows = await repo.listForVersion(this.db, versionId);
    return {
      items: rows.map((r) => ({
        id: r.id,
        versionId: r.version_id,
        reviewer: { id: r.reviewer_id, name: r.reviewer_name },
        requestedBy: r.requested_by ? { id: r.requested_by, name: r.requested_by_name ?? 'Deleted user' } : null,
        state: r.state as ReviewState,
        comment: r.comment,
        commentId: r.comment_id,
        requestedAt: r.requested_at,
        decidedAt: r.decided_at,
      })),
    };
  }

  /** "Reviews waiting on me": the caller's open requests on versions still in review, oldest first. */
  async waitingOn(actor: Actor, limit: number): Promise<ReviewsWaiting> {
    authorize(actor, 'policies.read');
    const { rows, total } = await repo.waitingOn(this.db, actor.id, viewerOf(actor), limit);
    return {
      items: rows.map((r) => ({
        reviewId: r.id,
        policy: { id: r.policy_id, slug: r.slug, title: r.title },
        version: { id: r.version_id, label: r.label },
        author: r.author_id ? { id: r.author_id, name: r.author_name ?? 'Deleted user' } : null,
        requestedBy: r.requested_by ? { id: r.requested_by, name: r.requested_by_name ?? 'Deleted user' } : null,
        requestedAt: r.requested_at,
      })),
      total,
    };
  }
}
