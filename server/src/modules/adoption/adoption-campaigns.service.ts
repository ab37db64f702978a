import {
  DEFAULT_REMINDER_CADENCE_DAYS,
  DEFAULT_TARGET_PCT,
  type AdkarScores,
  type AdoptionCampaign,
  type AdoptionCampaignList,
  type AdoptionCampaignListQuery,
  type AdoptionCampaignOpen,
  type AdoptionCampaignSettingsUpdate,
  type AdoptionCurve,
  type AdoptionGate,
  type AdoptionLink,
  type AdoptionLinkList,
  type AdoptionLinksCreate,
  type AdoptionLinksCreated,
  type AdoptionQuiz,
  type AdoptionTraining,
  type CampaignAudience,
  type CampaignAudienceCreate,
  type CampaignAudienceUpdate,
  type Materiality,
} from '@policyops/contracts';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { isoDay, type Clock } from '../../platform/clock.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import { viewerOf } from '../policies/policy-access.js';
import { tokenHash, type AdoptionLinkSigner } from './adoption-link-token.js';
import {
  adoptionCurve,
  barriersOf,
  evaluateAdoption,
  materialityNote,
  progressOf,
  type AudienceCounts,
} from './adoption-rules.js';
import * as repo from './adoption.repository.js';
import type { CampaignAudienceRow, CampaignWithContext, LinkRow } from './adoption.repository.js';

/** What a CR launch tells the campaign (helper A's launch listener passes it). */
export interface CampaignLaunchEvent {
  changeRequestId: string;
  number: number;
  title: string;
  policyId: string;
  policyVersionId: string;
  effectiveDate: string | null;
  materiality: Materiality;
  ownerId: string | null;
}

const CAMPAIGN = 'This campaign';
const CAMPAIGN_AUDIENCE = 'This audience';
const LINK = 'This link';

export const contentHashOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

const NO_COUNTS: AudienceCounts = {
  linksIssued: 0,
  acknowledged: 0,
  trained: 0,
  quizPassed: 0,
  declined: 0,
  exemptions: 0,
};

export interface CampaignState {
  campaign: CampaignWithContext;
  audiences: CampaignAudience[];
  evaluation: AdoptionCampaign['adoption'];
}

/** Adoption campaigns: opened at a CR launch, their audiences, person links and progress. */
export class AdoptionCampaignsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly signer: AdoptionLinkSigner,
    private readonly publicUrl: string,
  ) {}

  // ---- Reading ----

  /** Audiences with their progress, and the adoption evaluation, for each campaign. */
  async states(db: DbScope, campaigns: CampaignWithContext[]): Promise<CampaignState[]> {
    const ids = campaigns.map((c) => c.id);
    const audienceRows = await repo.audiencesOf(db, ids);
    const countRows = await repo.countsOf(db, ids);
    const counts = new Map(countRows.map((r) => [r.campaign_audience_id, r]));
    return campaigns.map((campaign) => {
      const materiality = campaign.materiality as Materiality;
      const audiences = audienceRows
        .filter((a) => a.campaign_id === campaign.id)
        .map((a) => this.audienceView(a, counts.get(a.id), materiality));
      const evaluation = evaluateAdoption(
        materiality,
        parse<AdoptionGate>(campaign.gate),
        audiences.map((a) => ({ id: a.id, name: a.name, targetPct: a.targetPct, progress: a.progress })),
      );
      return { campaign, audiences, evaluation };
    });
  }

  private audienceView(
    row: CampaignAudienceRow,
    count: repo.AudienceCountRow | undefined,
    materiality: Materiality,
  ): CampaignAudience {
    const scores = parse<AdkarScores>(row.readiness);
    const counts: AudienceCounts = count
      ? {
          linksIssued: count.links_issued,
          acknowledged: count.acknowledged,
          trained: count.trained,
          quizPassed: count.quiz_passed,
          declined: count.declined,
          exemptions: count.exemptions,
        }
      : NO_COUNTS;
    return {
      id: row.id,
      campaignId: row.campaign_id,
      sourceAudienceId: row.source_audience_id,
      name: row.name,
      kind: row.kind as CampaignAudience['kind'],
      headcount: row.headcount,
      contactEmail: row.contact_email,
      targetPct: row.target_pct,
      readiness: {
        scores,
        barriers: barriersOf(scores),
        assessedAt: row.readiness_at,
        assessedById: row.readiness_by,
      },
      progress: progressOf(counts, row.headcount, row.target_pct, materiality),
      lastReminderAt: row.last_reminder_at,
      version: row.version,
    };
  }

  private view(actor: Actor, state: CampaignState): AdoptionCampaign {
    const { campaign: c, audiences, evaluation } = state;
    const materiality = c.materiality as Materiality;
    const headcount = audiences.reduce((sum, a) => sum + a.headcount, 0);
    const acknowledged = audiences.reduce((sum, a) => sum + a.progress.acknowledged, 0);
    return {
      id: c.id,
      changeRequestId: c.change_request_id,
      changeRequestNumber: c.cr_number,
      changeRequestTitle: c.cr_title,
      changeRequestOwnerId: c.cr_owner_id,
      policyId: c.policy_id,
      policyTitle: c.policy_title,
      policyVersionId: c.policy_version_id,
      versionLabel: c.version_label,
      contentHash: c.content_hash,
      effectiveDate: c.effective_date,
      materiality,
      acknowledgementRequired: materiality === 'material',
      materialityNote: materialityNote(materiality),
      settings: {
        training: parse<AdoptionTraining>(c.training),
        quiz: parse<AdoptionQuiz>(c.quiz),
        gate: parse<AdoptionGate>(c.gate),
        reminderCadenceDays: c.reminder_cadence_days,
      },
      status: c.status as AdoptionCampaign['status'],
      adoptedAt: c.adopted_at,
      launchedAt: c.launched_at,
      audiences,
      totals: {
        headcount,
        acknowledged,
        acknowledgedPct: headcount === 0 ? 0 : Math.round(Math.min(100, (acknowledged / headcount) * 100) * 10) / 10,
      },
      adoption: evaluation,
      version: c.version,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
      abilities: { manage: can(actor, 'change_requests.manage') },
    };
  }

  /** Throws NOT_FOUND (also for a campaign on a restricted policy the caller may not see). */
  private async load(db: DbScope, actor: Actor, id: string): Promise<CampaignWithContext> {
    const row = await repo.findCampaignVisible(db, viewerOf(actor), id);
    if (!row) throw notFound('The adoption campaign');
    return row;
  }

  private async viewOf(db: DbScope, actor: Actor, id: string): Promise<AdoptionCampaign> {
    const campaign = await this.load(db, actor, id);
    return this.view(actor, (await this.states(db, [campaign]))[0]!);
  }

  async get(actor: Actor, id: string): Promise<AdoptionCampaign> {
    authorize(actor, 'change_requests.read');
    return this.viewOf(this.db, actor, id);
  }

  async list(actor: Actor, query: AdoptionCampaignListQuery): Promise<AdoptionCampaignList> {
    authorize(actor, 'change_requests.read');
    const rows = await repo.listCampaignsVisible(this.db, viewerOf(actor), query);
    const states = await this.states(this.db, rows);
    return { items: states.map((s) => this.view(actor, s)) };
  }

  async curve(actor: Actor, id: string): Promise<AdoptionCurve> {
    authorize(actor, 'change_requests.read');
    const campaign = await this.load(this.db, actor, id);
    const audiences = await repo.audiencesOf(this.db, [id]);
    const acks = await repo.acknowledgementsOf(this.db, id);
    return adoptionCurve(
      campaign.launched_at.slice(0, 10),
      this.clock.today(),
      audiences.map((a) => ({
        id: a.id,
        name: a.name,
        headcount: a.headcount,
        targetPct: a.target_pct,
        acknowledgedAt: acks.filter((k) => k.campaign_audience_id === a.id).map((k) => k.acknowledged_at),
      })),
    );
  }

  // ---- Opening ----

  /**
   * Opens the campaign of a CR launch inside the launch's transaction: pinned to the version and the
   * sha256 of its text, with every active directory audience copied in. Once per CR version: a second
   * call returns the campaign already there. An editorial change asks no one and counts as adopted.
   */
  async openCampaignInTransaction(trx: DbScope, cause: AuditCause, event: CampaignLaunchEvent): Promise<string> {
    const existing = await repo.findCampaignFor(trx, event.changeRequestId, event.policyVersionId);
    if (existing) return existing.id;
    const version = await repo.findVersion(trx, event.policyVersionId);
    if (!version) throw notFound('The launched policy version');
    const now = this.clock.now().toISOString();
    const id = uuidv7();
    const inserted = await repo.insertCampaign(trx, {
      id,
      change_request_id: event.changeRequestId,
      policy_id: version.policy_id,
      policy_version_id: version.id,
      content_hash: contentHashOf(version.body),
      effective_date: event.effectiveDate ?? version.effective_date,
      materiality: event.materiality,
      training: null,
      quiz: null,
      gate: null,
      reminder_cadence_days: DEFAULT_REMINDER_CADENCE_DAYS,
      status: 'in_progress',
      adopted_at: null,
      launched_at: now,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) return (await repo.findCampaignFor(trx, event.changeRequestId, event.policyVersionId))!.id;
    const directory = await repo.listAudiences(trx, { active: true });
    await repo.insertCampaignAudiences(
      trx,
      directory.map((a) => ({
        id: uuidv7(),
        campaign_id: id,
        source_audience_id: a.id,
        name: a.name,
        kind: a.kind,
        headcount: a.headcount,
        contact_email: a.contact_email,
        target_pct: DEFAULT_TARGET_PCT,
        readiness: null,
        readiness_at: null,
        readiness_by: null,
        last_reminder_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    );
    await this.audit.record(trx, cause, {
      action: 'adoption_campaign.opened',
      entityType: 'adoption_campaign',
      entityId: id,
      after: {
        changeRequestId: event.changeRequestId,
        changeRequestNumber: event.number,
        policyVersionId: version.id,
        contentHash: contentHashOf(version.body),
        materiality: event.materiality,
        audiences: directory.length,
      },
    });
    await this.adoptIfDue(trx, cause, id);
    return id;
  }

  /** For a CR launched before campaigns existed (or whose campaign was not opened): 201 new, 200 existing. */
  async open(actor: Actor, input: AdoptionCampaignOpen): Promise<{ created: boolean; campaign: AdoptionCampaign }> {
    authorize(actor, 'change_requests.manage');
    const { id, created } = await inTransaction(this.db, async (trx) => {
      const cr = await repo.findCrVisible(trx, viewerOf(actor), input.changeRequestId);
      if (!cr)
        throw new AppError('NOT_FOUND', 'The change request was not found', [
          { path: 'body.changeRequestId', message: 'No such change request' },
        ]);
      const launch = await repo.launchOf(trx, cr.id);
      if (!launch)
        throw fieldError(
          'body.changeRequestId',
          `CR-${cr.number} has not been launched: a campaign opens with its launch`,
          'INVALID_STATE',
        );
      const existing = await repo.findCampaignFor(trx, cr.id, launch.policy_version_id);
      if (existing) return { id: existing.id, created: false };
      const version = await repo.findVersion(trx, launch.policy_version_id);
      const campaignId = await this.openCampaignInTransaction(trx, actor, {
        changeRequestId: cr.id,
        number: cr.number,
        title: '',
        policyId: version?.policy_id ?? cr.target_policy_id ?? '',
        policyVersionId: launch.policy_version_id,
        effectiveDate: launch.effective_date,
        materiality: input.materiality ?? (cr.type === 'editorial' ? 'editorial' : 'material'),
        ownerId: cr.owner_id,
      });
      return { id: campaignId, created: true };
    });
    return { created, campaign: await this.viewOf(this.db, actor, id) };
  }

  // ---- Adoption ----

  /**
   * Records the campaign as adopted once the gate passes (or, without a gate, every audience reaches
   * its target). Idempotent: only the first evaluation that passes writes and audits.
   */
  async adoptIfDue(trx: DbScope, cause: AuditCause | null, campaignId: string): Promise<void> {
    const campaign = await repo.findCampaign(trx, campaignId);
    if (!campaign || campaign.status !== 'in_progress') return;
    const [state] = await this.states(trx, [campaign]);
    if (!state!.evaluation.passed) return;
    const at = this.clock.now().toISOString();
    if (!(await repo.markAdopted(trx, campaignId, at))) return;
    const gate = parse<AdoptionGate>(campaign.gate);
    await this.audit.record(trx, cause, {
      action: 'adoption_campaign.adopted',
      entityType: 'adoption_campaign',
      entityId: campaignId,
      after: {
        changeRequestNumber: campaign.cr_number,
        rule: state!.evaluation.rule,
        metric: state!.evaluation.rule === 'gate' ? (gate?.metric ?? null) : null,
        thresholdPct: state!.evaluation.rule === 'gate' ? (gate?.thresholdPct ?? null) : null,
        adoptedAt: at,
      },
    });
  }

  // ---- Settings ----

  private settingsSnapshot(c: CampaignWithContext) {
    const quiz = parse<AdoptionQuiz>(c.quiz);
    return {
      training: parse<AdoptionTraining>(c.training),
      quiz: quiz ? { passMarkPct: quiz.passMarkPct, questions: quiz.questions.length } : null,
      gate: parse<AdoptionGate>(c.gate),
      reminderCadenceDays: c.reminder_cadence_days,
      version: c.version,
      changeRequestNumber: c.cr_number,
    };
  }

  /** Throws NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED (a gate on a quiz or training the campaign lacks). */
  async updateSettings(actor: Actor, id: string, input: AdoptionCampaignSettingsUpdate): Promise<AdoptionCampaign> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.load(trx, actor, id);
      if (before.version !== input.version) throw versionConflict(CAMPAIGN, before.version);
      const training = input.training === undefined ? parse<AdoptionTraining>(before.training) : input.training;
      const quiz = input.quiz === undefined ? parse<AdoptionQuiz>(before.quiz) : input.quiz;
      const gate = input.gate === undefined ? parse<AdoptionGate>(before.gate) : input.gate;
      if (gate?.metric === 'quiz_pass_pct' && !quiz)
        throw fieldError('body.gate.metric', 'The campaign has no quiz: add one, or gate on another figure');
      if (gate?.metric === 'trained_pct' && !training)
        throw fieldError('body.gate.metric', 'The campaign has no training: add it, or gate on another figure');
      const patch = {
        training: training ? JSON.stringify(training) : null,
        quiz: quiz ? JSON.stringify(quiz) : null,
        gate: gate ? JSON.stringify(gate) : null,
        reminder_cadence_days: input.reminderCadenceDays ?? before.reminder_cadence_days,
        updated_at: this.clock.now().toISOString(),
      };
      if (!(await repo.updateCampaignVersioned(trx, id, before.version, patch)))
        throw versionConflict(CAMPAIGN, before.version + 1);
      const after = { ...before, ...patch, version: before.version + 1 };
      await this.audit.record(trx, actor, {
        action: 'adoption_campaign.updated',
        entityType: 'adoption_campaign',
        entityId: id,
        before: this.settingsSnapshot(before),
        after: this.settingsSnapshot(after),
      });
      await this.adoptIfDue(trx, actor, id);
    });
    return this.viewOf(this.db, actor, id);
  }

  // ---- Campaign audiences ----

  private audienceSnapshot(row: CampaignAudienceRow) {
    return {
      campaignId: row.campaign_id,
      name: row.name,
      kind: row.kind as CampaignAudience['kind'],
      headcount: row.headcount,
      contactEmail: row.contact_email,
      targetPct: row.target_pct,
      readiness: parse<AdkarScores>(row.readiness),
      version: row.version,
    };
  }

  private async loadAudience(trx: DbScope, campaignId: string, id: string): Promise<CampaignAudienceRow> {
    const row = await repo.findCampaignAudience(trx, campaignId, id);
    if (!row) throw notFound('The campaign audience');
    return row;
  }

  async addAudience(actor: Actor, campaignId: string, input: CampaignAudienceCreate): Promise<AdoptionCampaign> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      await this.load(trx, actor, campaignId);
      if (input.sourceAudienceId && !(await repo.findAudience(trx, input.sourceAudienceId)))
        throw fieldError('body.sourceAudienceId', 'No such audience in the directory');
      const now = this.clock.now().toISOString();
      const row: CampaignAudienceRow = {
        id: uuidv7(),
        campaign_id: campaignId,
        source_audience_id: input.sourceAudienceId,
        name: input.name,
        kind: input.kind,
        headcount: input.headcount,
        contact_email: input.contactEmail,
        target_pct: input.targetPct,
        readiness: null,
        readiness_at: null,
        readiness_by: null,
        last_reminder_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertCampaignAudiences(trx, [row]);
      await this.audit.record(trx, actor, {
        action: 'adoption_campaign_audience.added',
        entityType: 'adoption_campaign_audience',
        entityId: row.id,
        after: this.audienceSnapshot(row),
      });
    });
    return this.viewOf(this.db, actor, campaignId);
  }

  /** Edits an audience of a campaign, its target or its ADKAR readiness. Throws NOT_FOUND, VERSION_CONFLICT. */
  async updateAudience(
    actor: Actor,
    campaignId: string,
    id: string,
    input: CampaignAudienceUpdate,
  ): Promise<AdoptionCampaign> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      await this.load(trx, actor, campaignId);
      const before = await this.loadAudience(trx, campaignId, id);
      if (before.version !== input.version) throw versionConflict(CAMPAIGN_AUDIENCE, before.version);
      const now = this.clock.now().toISOString();
      const readiness =
        input.readiness === undefined
          ? {}
          : {
              readiness: input.readiness ? JSON.stringify(input.readiness) : null,
              readiness_at: input.readiness ? now : null,
              readiness_by: input.readiness ? actor.id : null,
            };
      const patch: Partial<CampaignAudienceRow> = {
        name: input.name ?? before.name,
        kind: input.kind ?? before.kind,
        headcount: input.headcount ?? before.headcount,
        contact_email: input.contactEmail ?? before.contact_email,
        target_pct: input.targetPct ?? before.target_pct,
        ...readiness,
        updated_at: now,
      };
      if (!(await repo.updateCampaignAudienceVersioned(trx, id, before.version, patch)))
        throw versionConflict(CAMPAIGN_AUDIENCE, before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'adoption_campaign_audience.updated',
        entityType: 'adoption_campaign_audience',
        entityId: id,
        before: this.audienceSnapshot(before),
        after: this.audienceSnapshot({ ...before, ...patch, version: before.version + 1 }),
      });
      await this.adoptIfDue(trx, actor, campaignId);
    });
    return this.viewOf(this.db, actor, campaignId);
  }

  /** Removes the audience with its links and their responses. Throws NOT_FOUND, VERSION_CONFLICT. */
  async removeAudience(actor: Actor, campaignId: string, id: string, version: number): Promise<AdoptionCampaign> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      await this.load(trx, actor, campaignId);
      const before = await this.loadAudience(trx, campaignId, id);
      if (before.version !== version) throw versionConflict(CAMPAIGN_AUDIENCE, before.version);
      if (!(await repo.deleteCampaignAudienceVersioned(trx, id, version)))
        throw versionConflict(CAMPAIGN_AUDIENCE, before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'adoption_campaign_audience.removed',
        entityType: 'adoption_campaign_audience',
        entityId: id,
        before: this.audienceSnapshot(before),
      });
      await this.adoptIfDue(trx, actor, campaignId);
    });
    return this.viewOf(this.db, actor, campaignId);
  }

  // ---- Person links ----

  linkStatus(row: LinkRow, campaign: CampaignWithContext): AdoptionLink['status'] {
    if (row.revoked_at) return 'revoked';
    if (row.expires_at <= this.clock.now().toISOString()) return 'expired';
    if (row.content_hash !== campaign.content_hash || campaign.content_hash !== contentHashOf(campaign.version_body))
      return 'stale';
    return 'active';
  }

  linkView(row: LinkRow, campaign: CampaignWithContext): AdoptionLink {
    return {
      id: row.id,
      campaignId: row.campaign_id,
      campaignAudienceId: row.campaign_audience_id,
      personName: row.person_name,
      personEmail: row.person_email,
      externalId: row.external_id,
      status: this.linkStatus(row, campaign),
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      record: personRecordOf(row),
      createdAt: row.created_at,
      createdById: row.created_by,
      version: row.version,
    };
  }

  async listLinks(actor: Actor, campaignId: string, audienceId: string): Promise<AdoptionLinkList> {
    authorize(actor, 'change_requests.read');
    const campaign = await this.load(this.db, actor, campaignId);
    await this.loadAudience(this.db, campaignId, audienceId);
    const rows = await repo.linksOf(this.db, audienceId);
    return { items: rows.map((r) => this.linkView(r, campaign)) };
  }

  /**
   * One signed, expiring link per person, pinned to the version's content hash. The token is returned
   * this once; only its SHA-256 is stored. Throws INVALID_STATE for an editorial campaign (no one is asked).
   */
  async createLinks(
    actor: Actor,
    campaignId: string,
    audienceId: string,
    input: AdoptionLinksCreate,
  ): Promise<AdoptionLinksCreated> {
    authorize(actor, 'change_requests.manage');
    return inTransaction(this.db, async (trx) => {
      const campaign = await this.load(trx, actor, campaignId);
      const audience = await this.loadAudience(trx, campaignId, audienceId);
      if (campaign.materiality === 'editorial')
        throw new AppError('INVALID_STATE', 'An editorial change asks no one to acknowledge: links are not needed');
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
      const issued = input.people.map((person) => {
        const id = uuidv7();
        const token = this.signer.sign({
          linkId: id,
          campaignId,
          audienceId,
          contentHash: campaign.content_hash,
          expiresAt,
        });
        const row: LinkRow = {
          id,
          campaign_id: campaignId,
          campaign_audience_id: audienceId,
          person_name: person.name,
          person_email: person.email ?? null,
          external_id: person.externalId ?? null,
          token_hash: tokenHash(token),
          content_hash: campaign.content_hash,
          // The token carries whole seconds; the row says the same instant.
          expires_at: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000).toISOString(),
          revoked_at: null,
          created_by: actor.id,
          acknowledged_at: null,
          name_confirmation: null,
          trained_at: null,
          quiz_passed_at: null,
          quiz_attempts: 0,
          last_quiz_score: null,
          declined_at: null,
          decline_reason: null,
          exemption_at: null,
          exemption_reason: null,
          version: 1,
          created_at: now.toISOString(),
        };
        return { row, url: `${this.publicUrl}/acknowledge/${token}` };
      });
      await repo.insertLinks(
        trx,
        issued.map((i) => i.row),
      );
      await this.audit.record(trx, actor, {
        action: 'adoption_links.issued',
        entityType: 'adoption_campaign_audience',
        entityId: audienceId,
        after: {
          campaignId,
          audienceName: audience.name,
          linkIds: issued.map((i) => i.row.id),
          expiresAt: issued[0]!.row.expires_at,
        },
      });
      return { items: issued.map((i) => ({ link: this.linkView(i.row, campaign), url: i.url })) };
    });
  }

  /** Withdraws a link; what the person recorded before stays. Throws NOT_FOUND, VERSION_CONFLICT. */
  async revokeLink(actor: Actor, campaignId: string, linkId: string, version: number): Promise<AdoptionLink> {
    authorize(actor, 'change_requests.manage');
    return inTransaction(this.db, async (trx) => {
      const campaign = await this.load(trx, actor, campaignId);
      const link = await repo.findLink(trx, campaignId, linkId);
      if (!link) throw notFound('The link');
      if (link.revoked_at) throw new AppError('INVALID_STATE', 'This link was already withdrawn');
      if (link.version !== version) throw versionConflict(LINK, link.version);
      const at = this.clock.now().toISOString();
      if (!(await repo.revokeLinkVersioned(trx, linkId, version, at))) throw versionConflict(LINK, link.version + 1);
      const audience = await this.loadAudience(trx, campaignId, link.campaign_audience_id);
      await this.audit.record(trx, actor, {
        action: 'adoption_link.revoked',
        entityType: 'adoption_link',
        entityId: linkId,
        after: { campaignId, personName: link.person_name, audienceName: audience.name },
      });
      return this.linkView({ ...link, revoked_at: at, version: version + 1 }, campaign);
    });
  }

  /** Today's UTC day on the service clock (for reminders). */
  today(): string {
    return isoDay(this.clock.now());
  }
}

export function personRecordOf(row: LinkRow): AdoptionLink['record'] {
  return {
    acknowledgedAt: row.acknowledged_at,
    nameConfirmation: row.name_confirmation,
    trainedAt: row.trained_at,
    quizPassedAt: row.quiz_passed_at,
    quizAttempts: row.quiz_attempts,
    lastQuizScorePct: row.last_quiz_score,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
    exemptionRequestedAt: row.exemption_at,
    exemptionReason: row.exemption_reason,
  };
}
