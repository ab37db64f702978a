import type {
  AckAcknowledge,
  AckActionResult,
  AckPage,
  AckQuizResult,
  AckQuizSubmit,
  AdoptionQuiz,
  AdoptionTraining,
  Materiality,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { AppError, fieldError } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import { contentHashOf, personRecordOf, type AdoptionCampaignsService } from './adoption-campaigns.service.js';
import { contentHashPrefix, tokenHash, type AdoptionLinkSigner } from './adoption-link-token.js';
import { scoreQuiz } from './adoption-rules.js';
import * as repo from './adoption.repository.js';
import type { CampaignAudienceRow, CampaignWithContext, LinkRow } from './adoption.repository.js';

interface Resolved {
  link: LinkRow;
  campaign: CampaignWithContext;
  audience: CampaignAudienceRow;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));
const FORGED = () =>
  new AppError('NOT_FOUND', 'This acknowledgement link is not valid: check that it was copied whole');

/**
 * The signed-out acknowledgement page: a person at a moderation site or vendor, with no account, acts
 * through their link. Every response is set once (the first write wins); a repeat returns the first
 * record with `alreadyRecorded: true`, and a concurrent twin counts nothing twice. The audit names the
 * person on the link as the cause (no account id: the actor is null, the request id is kept).
 */
export class AdoptionPublicService {
  constructor(
    private readonly db: DbScope,
    private readonly campaigns: AdoptionCampaignsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly signer: AdoptionLinkSigner,
  ) {}

  /** Throws NOT_FOUND (forged or unknown), ACK_LINK_REVOKED, ACK_LINK_EXPIRED, ACK_LINK_STALE. */
  private async resolve(db: DbScope, token: string): Promise<Resolved> {
    const claims = this.signer.verify(token);
    if (!claims) throw FORGED();
    const link = await repo.findLinkByTokenHash(db, tokenHash(token));
    if (!link || link.id !== claims.linkId || link.campaign_id !== claims.campaignId) throw FORGED();
    if (link.campaign_audience_id !== claims.audienceId) throw FORGED();
    const campaign = await repo.findCampaign(db, link.campaign_id);
    const audience = await repo.findCampaignAudience(db, link.campaign_id, link.campaign_audience_id);
    if (!campaign || !audience) throw FORGED();
    if (link.revoked_at)
      throw new AppError(
        'ACK_LINK_REVOKED',
        'This link was withdrawn by the team that sent it; ask them for a new one',
      );
    if (link.expires_at <= this.clock.now().toISOString())
      throw new AppError(
        'ACK_LINK_EXPIRED',
        `This link expired on ${link.expires_at.slice(0, 10)}; ask the team that sent it for a new one`,
      );
    if (
      claims.contentHashPrefix !== contentHashPrefix(link.content_hash) ||
      link.content_hash !== campaign.content_hash ||
      campaign.content_hash !== contentHashOf(campaign.version_body)
    )
      throw new AppError(
        'ACK_LINK_STALE',
        'The policy text changed after this link was sent, so it cannot be acknowledged; ask for a new link',
      );
    return { link, campaign, audience };
  }

  private async page(db: DbScope, { link, campaign, audience }: Resolved): Promise<AckPage> {
    const training = parse<AdoptionTraining>(campaign.training);
    const quiz = parse<AdoptionQuiz>(campaign.quiz);
    const entry =
      campaign.policy_restricted === 1 ? undefined : await repo.changelogEntryOf(db, campaign.policy_version_id);
    const closed = link.declined_at !== null || link.exemption_at !== null;
    const tasks = {
      acknowledge: link.acknowledged_at ? 'done' : 'open',
      training: training ? (link.trained_at ? 'done' : 'open') : 'none',
      quiz: quiz ? (link.quiz_passed_at ? 'done' : 'open') : 'none',
    } as const;
    return {
      personName: link.person_name,
      audienceName: audience.name,
      policyTitle: campaign.policy_title,
      versionLabel: campaign.version_label,
      effectiveDate: campaign.effective_date,
      changeRequestTitle: campaign.cr_title,
      materiality: campaign.materiality as Materiality,
      text: {
        markdown: campaign.version_body,
        publicSummary: entry?.public_summary ?? null,
        changelogPath: entry ? `/changelog#${entry.id}` : null,
      },
      training,
      quiz: quiz
        ? {
            passMarkPct: quiz.passMarkPct,
            questions: quiz.questions.map((q) => ({ prompt: q.prompt, options: q.options })),
          }
        : null,
      tasks,
      record: personRecordOf(link),
      complete: closed || Object.values(tasks).every((t) => t !== 'open'),
      expiresAt: link.expires_at,
    };
  }

  async get(token: string): Promise<AckPage> {
    const resolved = await this.resolve(this.db, token);
    return this.page(this.db, resolved);
  }

  private cause(requestId: string): AuditCause {
    return { id: null, requestId };
  }

  private act(r: Resolved) {
    return {
      campaignId: r.campaign.id,
      campaignAudienceId: r.audience.id,
      audienceName: r.audience.name,
      personName: r.link.person_name,
      changeRequestNumber: r.campaign.cr_number,
    };
  }

  /** Declined or exempted: the link has nothing more to record. */
  private refuseIfClosed(link: LinkRow, what: string): void {
    if (link.declined_at)
      throw new AppError('ACK_LINK_USED', `You declined this change on ${link.declined_at.slice(0, 10)}: ${what}`);
    if (link.exemption_at)
      throw new AppError('ACK_LINK_USED', `You asked for an exemption on ${link.exemption_at.slice(0, 10)}: ${what}`);
  }

  private async result(trx: DbScope, token: string, set: boolean, field: keyof LinkRow): Promise<AckActionResult> {
    const resolved = await this.resolve(trx, token);
    return {
      alreadyRecorded: !set,
      recordedAt: String(resolved.link[field]),
      page: await this.page(trx, resolved),
    };
  }

  async acknowledge(token: string, input: AckAcknowledge, requestId: string): Promise<AckActionResult> {
    return inTransaction(this.db, async (trx) => {
      const r = await this.resolve(trx, token);
      if (r.link.acknowledged_at) return this.result(trx, token, false, 'acknowledged_at');
      this.refuseIfClosed(r.link, 'it can no longer be acknowledged through this link');
      if (input.nameConfirmation !== undefined && !sameName(input.nameConfirmation, r.link.person_name))
        throw fieldError('body.nameConfirmation', `Type your name as the link has it: ${r.link.person_name}`);
      const at = this.clock.now().toISOString();
      const set = await repo.recordOnce(trx, r.link.id, 'acknowledged_at', at, {
        name_confirmation: input.nameConfirmation ?? null,
      });
      if (set) {
        await this.audit.record(trx, this.cause(requestId), {
          action: 'adoption_link.acknowledged',
          entityType: 'adoption_link',
          entityId: r.link.id,
          after: this.act(r),
        });
        await this.campaigns.adoptIfDue(trx, this.cause(requestId), r.campaign.id);
      }
      return this.result(trx, token, set, 'acknowledged_at');
    });
  }

  async training(token: string, requestId: string): Promise<AckActionResult> {
    return inTransaction(this.db, async (trx) => {
      const r = await this.resolve(trx, token);
      if (r.link.trained_at) return this.result(trx, token, false, 'trained_at');
      if (!r.campaign.training) throw new AppError('INVALID_STATE', 'This campaign asks for no training');
      this.refuseIfClosed(r.link, 'training can no longer be recorded through this link');
      const set = await repo.recordOnce(trx, r.link.id, 'trained_at', this.clock.now().toISOString());
      if (set) {
        await this.audit.record(trx, this.cause(requestId), {
          action: 'adoption_link.trained',
          entityType: 'adoption_link',
          entityId: r.link.id,
          after: this.act(r),
        });
        await this.campaigns.adoptIfDue(trx, this.cause(requestId), r.campaign.id);
      }
      return this.result(trx, token, set, 'trained_at');
    });
  }

  /** Scores an attempt; retries are allowed until one passes, each recorded. After a pass: the passing one. */
  async quiz(token: string, input: AckQuizSubmit, requestId: string): Promise<AckQuizResult> {
    return inTransaction(this.db, async (trx) => {
      const r = await this.resolve(trx, token);
      const quiz = parse<AdoptionQuiz>(r.campaign.quiz);
      if (!quiz) throw new AppError('INVALID_STATE', 'This campaign has no quiz');
      const passMarkPct = quiz.passMarkPct;
      if (r.link.quiz_passed_at) {
        const passing = await repo.passingAttempt(trx, r.link.id);
        const base = await this.result(trx, token, false, 'quiz_passed_at');
        return {
          ...base,
          attempt: passing?.attempt ?? r.link.quiz_attempts,
          scorePct: passing?.score_pct ?? r.link.last_quiz_score ?? 0,
          correct: passing?.correct ?? 0,
          passed: true,
          passMarkPct,
        };
      }
      this.refuseIfClosed(r.link, 'the quiz can no longer be taken through this link');
      if (input.answers.length !== quiz.questions.length)
        throw fieldError('body.answers', `Answer all ${quiz.questions.length} questions, in order`);
      const outOfRange = input.answers.findIndex((a, i) => a >= quiz.questions[i]!.options.length);
      if (outOfRange >= 0)
        throw fieldError(
          `body.answers.${outOfRange}`,
          `Question ${outOfRange + 1} has no option ${input.answers[outOfRange]! + 1}`,
        );
      const score = scoreQuiz(quiz, input.answers);
      const at = this.clock.now().toISOString();
      const attempt = r.link.quiz_attempts + 1;
      try {
        await repo.insertQuizAttempt(trx, {
          id: uuidv7(),
          link_id: r.link.id,
          attempt,
          answers: JSON.stringify(input.answers),
          score_pct: score.scorePct,
          correct: score.correct,
          passed: score.passed ? 1 : 0,
          at,
        });
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string };
        if (code === '23505' || /UNIQUE constraint failed: adoption_quiz_attempts/.test(message ?? ''))
          throw new AppError(
            'VERSION_CONFLICT',
            'Another attempt was being recorded at the same moment; send it again',
          );
        throw error;
      }
      const set = score.passed ? await repo.recordOnce(trx, r.link.id, 'quiz_passed_at', at) : false;
      await this.audit.record(trx, this.cause(requestId), {
        action: 'adoption_link.quiz_attempted',
        entityType: 'adoption_link',
        entityId: r.link.id,
        after: { ...this.act(r), attempt, scorePct: score.scorePct, passed: score.passed },
      });
      if (set) await this.campaigns.adoptIfDue(trx, this.cause(requestId), r.campaign.id);
      const after = await this.resolve(trx, token);
      return {
        alreadyRecorded: false,
        recordedAt: at,
        page: await this.page(trx, after),
        attempt,
        scorePct: score.scorePct,
        correct: score.correct,
        passed: score.passed,
        passMarkPct,
      };
    });
  }

  async decline(token: string, reason: string, requestId: string): Promise<AckActionResult> {
    return this.close(token, reason, requestId, 'declined_at');
  }

  async exemption(token: string, reason: string, requestId: string): Promise<AckActionResult> {
    return this.close(token, reason, requestId, 'exemption_at');
  }

  private async close(
    token: string,
    reason: string,
    requestId: string,
    field: 'declined_at' | 'exemption_at',
  ): Promise<AckActionResult> {
    return inTransaction(this.db, async (trx) => {
      const r = await this.resolve(trx, token);
      if (r.link[field]) return this.result(trx, token, false, field);
      this.refuseIfClosed(r.link, 'nothing more can be recorded through this link');
      if (r.link.acknowledged_at)
        throw new AppError(
          'ACK_LINK_USED',
          `You acknowledged this change on ${r.link.acknowledged_at.slice(0, 10)}; ask the team that sent the link if that was a mistake`,
        );
      const set = await repo.recordOnce(
        trx,
        r.link.id,
        field,
        this.clock.now().toISOString(),
        field === 'declined_at' ? { decline_reason: reason } : { exemption_reason: reason },
      );
      if (set)
        await this.audit.record(
          trx,
          this.cause(requestId),
          field === 'declined_at'
            ? {
                action: 'adoption_link.declined',
                entityType: 'adoption_link',
                entityId: r.link.id,
                after: { ...this.act(r), reason },
              }
            : {
                action: 'adoption_link.exemption_requested',
                entityType: 'adoption_link',
                entityId: r.link.id,
                after: { ...this.act(r), reason },
              },
        );
      return this.result(trx, token, set, field);
    });
  }
}

function sameName(typed: string, expected: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(typed) === norm(expected);
}
