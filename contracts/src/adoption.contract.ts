import { z } from 'zod';
import { EmailSchema, IdSchema, PersonNameSchema, TimestampSchema, VersionSchema } from './common.contract.js';

// Adoption campaigns (issue 10, item 8): the audience directory, a campaign per launched change
// request, per-person signed links for people without an account, the public acknowledgement
// page, progress, ADKAR readiness, the gate and the adoption curve.
//
// Routes (signed in; read: change_requests.read, write: change_requests.manage):
//   GET    /api/adoption/audiences?active=&kind=                       AdoptionAudienceList
//   POST   /api/adoption/audiences                                     AdoptionAudienceCreate -> AdoptionAudience (201)
//   PATCH  /api/adoption/audiences/:audienceId                         AdoptionAudienceUpdate -> AdoptionAudience
//   DELETE /api/adoption/audiences/:audienceId?version=N               204
//   GET    /api/adoption/campaigns?changeRequestId=                    AdoptionCampaignList
//   POST   /api/adoption/campaigns                                     AdoptionCampaignOpen -> AdoptionCampaign
//          (201 opened; 200 with the campaign the CR version already has)
//   GET    /api/adoption/campaigns/:campaignId                         AdoptionCampaign
//   PATCH  /api/adoption/campaigns/:campaignId                         AdoptionCampaignSettingsUpdate -> Campaign
//   GET    /api/adoption/campaigns/:campaignId/curve                   AdoptionCurve
//   POST   /api/adoption/campaigns/:campaignId/audiences               CampaignAudienceCreate -> AdoptionCampaign 201
//   PATCH  /api/adoption/campaigns/:campaignId/audiences/:audienceId   CampaignAudienceUpdate -> AdoptionCampaign
//   DELETE /api/adoption/campaigns/:campaignId/audiences/:audienceId?version=N   -> AdoptionCampaign
//   GET    /api/adoption/campaigns/:campaignId/audiences/:audienceId/links      AdoptionLinkList
//   POST   /api/adoption/campaigns/:campaignId/audiences/:audienceId/links      AdoptionLinksCreate -> ...Created 201
//   POST   /api/adoption/campaigns/:campaignId/links/:linkId/revoke             AdoptionLinkRevoke -> AdoptionLink
// (":audienceId" under a campaign is the campaign audience's id, CampaignAudience.id.)
// Public (no session, rate limited):
//   GET    /api/public/acknowledgements/:token                         AckPage
//   POST   /api/public/acknowledgements/:token/acknowledge             AckAcknowledge -> AckActionResult
//   POST   /api/public/acknowledgements/:token/training                AckTraining -> AckActionResult
//   POST   /api/public/acknowledgements/:token/quiz                    AckQuizSubmit -> AckQuizResult
//   POST   /api/public/acknowledgements/:token/decline                 AckReason -> AckActionResult
//   POST   /api/public/acknowledgements/:token/exemption               AckReason -> AckActionResult
// A person link's URL is `${PUBLIC_URL}/acknowledge/<token>`: the signed-out web page at /acknowledge/$token
// reads the token from its path and calls the public routes above with it.
// Link problems: 404 NOT_FOUND (forged or unknown token), 410 ACK_LINK_EXPIRED, ACK_LINK_REVOKED,
// ACK_LINK_USED (declined or exempted, or a decline after acknowledging: nothing more to record),
// ACK_LINK_STALE (the version's text no longer matches the content hash the link was issued for).
// A web page shows each as its own message.

export const AUDIENCE_KINDS = ['site', 'vendor', 'regional'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
export const MATERIALITIES = ['material', 'editorial'] as const;
export type Materiality = (typeof MATERIALITIES)[number];
export const GATE_METRICS = ['acknowledged_pct', 'quiz_pass_pct', 'trained_pct'] as const;
export type GateMetric = (typeof GATE_METRICS)[number];
export const ADKAR_STEPS = ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement'] as const;
export type AdkarStep = (typeof ADKAR_STEPS)[number];
export const CAMPAIGN_STATUSES = ['in_progress', 'adopted'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const ADOPTION_LINK_STATUSES = ['active', 'expired', 'revoked', 'stale'] as const;
export type AdoptionLinkStatus = (typeof ADOPTION_LINK_STATUSES)[number];
/** An ADKAR score at or below this is a barrier. */
export const ADKAR_BARRIER_MAX = 3;
export const DEFAULT_TARGET_PCT = 95;
export const DEFAULT_LINK_EXPIRY_DAYS = 30;
export const DEFAULT_REMINDER_CADENCE_DAYS = 3;

export const AudienceKindSchema = z
  .enum(AUDIENCE_KINDS, { message: 'Use site, vendor or regional' })
  .describe('site: a moderation site; vendor: a vendor team; regional: a regional team');
export const MaterialitySchema = z
  .enum(MATERIALITIES, { message: 'Use material or editorial' })
  .describe('material: every audience acknowledges again; editorial: no one is asked, earlier acknowledgements stand');
export const GateMetricSchema = z
  .enum(GATE_METRICS, { message: 'Use acknowledged_pct, quiz_pass_pct or trained_pct' })
  .describe('The figure every audience must reach: share of headcount acknowledged, passed the quiz, or trained');
export const CampaignStatusSchema = z
  .enum(CAMPAIGN_STATUSES)
  .describe('in_progress: not adopted yet; adopted: the gate passed (or every audience reached its target)');
export const AdoptionLinkStatusSchema = z
  .enum(ADOPTION_LINK_STATUSES)
  .describe('active; expired (past its date); revoked; stale (the version text changed since it was issued)');

const Text = (what: string, max: number) => z.string().trim().max(max, `Use at most ${max} characters`).describe(what);
const Pct = (what: string) => z.number().min(0, 'Use 0-100').max(100, 'Use 0-100').describe(`${what}, percent 0-100`);
const Headcount = z
  .number()
  .int('Use a whole number')
  .min(1, 'Use at least 1')
  .max(1_000_000, 'Use at most 1000000')
  .describe('People in the audience');
const AudienceName = z.string().trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters').describe('Name');

// ---- Audience directory (workspace) ----

export const AdoptionAudienceSchema = z.object({
  id: IdSchema,
  name: AudienceName,
  kind: AudienceKindSchema,
  headcount: Headcount,
  contactEmail: EmailSchema.describe('Where reminders for this audience go'),
  active: z.boolean().describe('Inactive audiences are not copied into new campaigns'),
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type AdoptionAudience = z.infer<typeof AdoptionAudienceSchema>;

export const AdoptionAudienceListQuerySchema = z.object({
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only active (true) or inactive (false) audiences'),
  kind: AudienceKindSchema.optional(),
});
export type AdoptionAudienceListQuery = z.infer<typeof AdoptionAudienceListQuerySchema>;

export const AdoptionAudienceListSchema = z.object({
  items: z.array(AdoptionAudienceSchema).describe('Audiences by name'),
  abilities: z.object({ manage: z.boolean().describe('May add, edit and remove audiences') }),
});
export type AdoptionAudienceList = z.infer<typeof AdoptionAudienceListSchema>;

export const AdoptionAudienceCreateSchema = z.strictObject({
  name: AudienceName,
  kind: AudienceKindSchema,
  headcount: Headcount,
  contactEmail: EmailSchema,
  active: z.boolean().default(true).describe('Default true'),
});
export type AdoptionAudienceCreate = z.infer<typeof AdoptionAudienceCreateSchema>;

export const AdoptionAudienceUpdateSchema = z.strictObject({
  version: VersionSchema,
  name: AudienceName.optional(),
  kind: AudienceKindSchema.optional(),
  headcount: Headcount.optional(),
  contactEmail: EmailSchema.optional(),
  active: z.boolean().optional(),
});
export type AdoptionAudienceUpdate = z.infer<typeof AdoptionAudienceUpdateSchema>;

// ---- Campaign settings ----

export const AdoptionTrainingSchema = z.strictObject({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Use at most 200 characters').describe('Training name'),
  url: z
    .string()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/, message: 'Use an http(s) address' }))
    .describe('Where the training is (http or https)'),
});
export type AdoptionTraining = z.infer<typeof AdoptionTrainingSchema>;

export const QuizQuestionSchema = z
  .strictObject({
    prompt: z.string().trim().min(1, 'Enter a question').max(500, 'Use at most 500 characters').describe('Question'),
    options: z
      .array(z.string().trim().min(1, 'Enter an option').max(200, 'Use at most 200 characters'))
      .min(2, 'Give 2-6 options')
      .max(6, 'Give 2-6 options')
      .describe('Answers to choose from (2-6)'),
    correctIndex: z.number().int().min(0).max(5).describe('0-based index of the correct option'),
  })
  .refine((q) => q.correctIndex < q.options.length, {
    message: 'The correct answer must be one of the options',
    path: ['correctIndex'],
  });
export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;

export const AdoptionQuizSchema = z.strictObject({
  passMarkPct: z.number().int().min(1, 'Use 1-100').max(100, 'Use 1-100').describe('Score needed to pass, percent'),
  questions: z.array(QuizQuestionSchema).min(1, 'Add at least one question').max(20, 'Use at most 20 questions'),
});
export type AdoptionQuiz = z.infer<typeof AdoptionQuizSchema>;

export const AdoptionGateSchema = z.strictObject({
  metric: GateMetricSchema,
  thresholdPct: z.number().int().min(1, 'Use 1-100').max(100, 'Use 1-100').describe('Every audience must reach this'),
});
export type AdoptionGate = z.infer<typeof AdoptionGateSchema>;

const CadenceDays = z
  .number()
  .int()
  .min(1, 'Use 1-30 days')
  .max(30, 'Use 1-30 days')
  .describe('Days between reminders to an audience below target');

export const AdoptionCampaignSettingsSchema = z.object({
  training: AdoptionTrainingSchema.nullable().describe('Training to complete; null: none'),
  quiz: AdoptionQuizSchema.nullable().describe('Quiz with a pass mark; null: none'),
  gate: AdoptionGateSchema.nullable().describe('Gate before the change counts as adopted; null: every target'),
  reminderCadenceDays: CadenceDays,
});
export type AdoptionCampaignSettings = z.infer<typeof AdoptionCampaignSettingsSchema>;

export const AdoptionCampaignSettingsUpdateSchema = z.strictObject({
  version: VersionSchema,
  training: AdoptionTrainingSchema.nullable().optional(),
  quiz: AdoptionQuizSchema.nullable().optional(),
  gate: AdoptionGateSchema.nullable().optional(),
  reminderCadenceDays: CadenceDays.optional(),
});
export type AdoptionCampaignSettingsUpdate = z.infer<typeof AdoptionCampaignSettingsUpdateSchema>;

// ---- Readiness (ADKAR) ----

const AdkarScore = (what: string) =>
  z.number().int('Use a whole number 1-5').min(1, 'Use 1-5').max(5, 'Use 1-5').describe(`${what} (1-5)`);

export const AdkarScoresSchema = z.strictObject({
  awareness: AdkarScore('Awareness of the need for the change'),
  desire: AdkarScore('Desire to support it'),
  knowledge: AdkarScore('Knowledge of how to apply it'),
  ability: AdkarScore('Ability to apply it day to day'),
  reinforcement: AdkarScore('Reinforcement that keeps it applied'),
});
export type AdkarScores = z.infer<typeof AdkarScoresSchema>;

export const AdkarReadinessSchema = z.object({
  scores: AdkarScoresSchema.nullable().describe('null: not assessed yet'),
  barriers: z.array(z.enum(ADKAR_STEPS)).describe('Steps scored 3 or below, in ADKAR order'),
  assessedAt: TimestampSchema.nullable(),
  assessedById: IdSchema.nullable(),
});
export type AdkarReadiness = z.infer<typeof AdkarReadinessSchema>;

// ---- Campaign audiences and progress ----

export const CampaignAudienceProgressSchema = z.object({
  linksIssued: z.number().int().describe('Person links issued (revoked ones excluded)'),
  acknowledged: z.number().int(),
  trained: z.number().int(),
  quizPassed: z.number().int(),
  declined: z.number().int(),
  exemptions: z.number().int().describe('Exemptions requested'),
  acknowledgedPct: Pct('Acknowledged of headcount'),
  trainedPct: Pct('Trained of headcount'),
  quizPassPct: Pct('Passed the quiz of headcount'),
  meetsTarget: z.boolean().describe('acknowledgedPct >= targetPct (always true for an editorial campaign)'),
});
export type CampaignAudienceProgress = z.infer<typeof CampaignAudienceProgressSchema>;

export const CampaignAudienceSchema = z.object({
  id: IdSchema.describe('The campaign audience id (used in /campaigns/:campaignId/audiences/:audienceId)'),
  campaignId: IdSchema,
  sourceAudienceId: IdSchema.nullable().describe('The directory audience it was copied from; null: added by hand'),
  name: AudienceName,
  kind: AudienceKindSchema,
  headcount: Headcount,
  contactEmail: EmailSchema,
  targetPct: Pct('Target share of headcount acknowledged'),
  readiness: AdkarReadinessSchema,
  progress: CampaignAudienceProgressSchema,
  lastReminderAt: TimestampSchema.nullable().describe('Last reminder e-mail queued'),
  version: VersionSchema,
});
export type CampaignAudience = z.infer<typeof CampaignAudienceSchema>;

export const CampaignAudienceCreateSchema = z.strictObject({
  name: AudienceName,
  kind: AudienceKindSchema,
  headcount: Headcount,
  contactEmail: EmailSchema,
  targetPct: Pct('Target').default(DEFAULT_TARGET_PCT).describe('Target percent, default 95'),
  sourceAudienceId: IdSchema.nullable().default(null).describe('Directory audience it stands for, if any'),
});
export type CampaignAudienceCreate = z.infer<typeof CampaignAudienceCreateSchema>;

export const CampaignAudienceUpdateSchema = z.strictObject({
  version: VersionSchema,
  name: AudienceName.optional(),
  kind: AudienceKindSchema.optional(),
  headcount: Headcount.optional(),
  contactEmail: EmailSchema.optional(),
  targetPct: Pct('Target').optional(),
  readiness: AdkarScoresSchema.nullable().optional().describe('ADKAR scores; null clears them'),
});
export type CampaignAudienceUpdate = z.infer<typeof CampaignAudienceUpdateSchema>;

// ---- Gate / adoption ----

export const GateHolderSchema = z.object({
  campaignAudienceId: IdSchema,
  name: z.string(),
  metric: GateMetricSchema,
  valuePct: Pct('The audience figure'),
  thresholdPct: Pct('What it must reach (the gate threshold, or the audience target without a gate)'),
});
export type GateHolder = z.infer<typeof GateHolderSchema>;

export const AdoptionEvaluationSchema = z.object({
  rule: z
    .enum(['gate', 'targets', 'editorial'])
    .describe('gate: the campaign gate; targets: every audience at its target; editorial: nothing to adopt'),
  passed: z.boolean(),
  holding: z.array(GateHolderSchema).describe('Audiences holding adoption back, lowest figure first'),
  sentence: z.string().describe('The state in words, e.g. "2 audiences are below 90% quiz passed"'),
});
export type AdoptionEvaluation = z.infer<typeof AdoptionEvaluationSchema>;

// ---- Campaign ----

export const AdoptionCampaignSchema = z.object({
  id: IdSchema,
  changeRequestId: IdSchema,
  changeRequestNumber: z.number().int().describe('CR number, shown as CR-<n>'),
  changeRequestTitle: z.string(),
  changeRequestOwnerId: IdSchema.nullable(),
  policyId: IdSchema,
  policyTitle: z.string(),
  policyVersionId: IdSchema,
  versionLabel: z.string().describe('The pinned version label, e.g. "3.0"'),
  contentHash: z.string().describe('sha256 (hex) of the pinned version text; every link carries it'),
  effectiveDate: z.string().nullable().describe('YYYY-MM-DD the version takes effect'),
  materiality: MaterialitySchema,
  acknowledgementRequired: z.boolean().describe('false for editorial: no one is asked'),
  materialityNote: z.string().describe('Which applies, in words, to show on the campaign'),
  settings: AdoptionCampaignSettingsSchema,
  status: CampaignStatusSchema,
  adoptedAt: TimestampSchema.nullable(),
  launchedAt: TimestampSchema.describe('When the campaign opened (the CR launch)'),
  audiences: z.array(CampaignAudienceSchema).describe('By name'),
  totals: z.object({
    headcount: z.number().int(),
    acknowledged: z.number().int(),
    acknowledgedPct: Pct('Acknowledged of total headcount'),
  }),
  adoption: AdoptionEvaluationSchema,
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  abilities: z.object({ manage: z.boolean().describe('May change settings, audiences and links') }),
});
export type AdoptionCampaign = z.infer<typeof AdoptionCampaignSchema>;

export const AdoptionCampaignListQuerySchema = z.object({
  changeRequestId: IdSchema.optional().describe('Only the campaigns of this CR'),
});
export type AdoptionCampaignListQuery = z.infer<typeof AdoptionCampaignListQuerySchema>;

export const AdoptionCampaignListSchema = z.object({
  items: z.array(AdoptionCampaignSchema).describe('Newest first'),
});
export type AdoptionCampaignList = z.infer<typeof AdoptionCampaignListSchema>;

export const AdoptionCampaignOpenSchema = z.strictObject({
  changeRequestId: IdSchema.describe('A launched CR; its launched version is pinned'),
  materiality: MaterialitySchema.optional().describe('Default: editorial for an editorial CR, else material'),
});
export type AdoptionCampaignOpen = z.infer<typeof AdoptionCampaignOpenSchema>;

// ---- Curve ----

export const AdoptionCurvePointSchema = z.object({
  date: z.string().describe('YYYY-MM-DD (UTC)'),
  acknowledged: z.number().int().describe('Cumulative acknowledgements by the end of the day'),
  acknowledgedPct: Pct('Cumulative acknowledged of headcount'),
});
export const AdoptionCurveSchema = z.object({
  launchDate: z.string().describe('First day, YYYY-MM-DD'),
  totalHeadcount: z.number().int(),
  total: z.array(AdoptionCurvePointSchema).describe('One point a day from launch to today'),
  audiences: z.array(
    z.object({
      campaignAudienceId: IdSchema,
      name: z.string(),
      headcount: z.number().int(),
      targetPct: z.number(),
      points: z.array(AdoptionCurvePointSchema).describe('Same days as total'),
    }),
  ),
});
export type AdoptionCurve = z.infer<typeof AdoptionCurveSchema>;

// ---- Person links ----

export const AdoptionPersonSchema = z.strictObject({
  name: PersonNameSchema,
  email: EmailSchema.optional(),
  externalId: Text('Id of the person at the vendor or site (employee number)', 120).optional(),
});
export type AdoptionPerson = z.infer<typeof AdoptionPersonSchema>;

export const AdoptionLinksCreateSchema = z.strictObject({
  people: z.array(AdoptionPersonSchema).min(1, 'Add at least one person').max(500, 'Use at most 500 people a time'),
  expiresInDays: z
    .number()
    .int()
    .min(1, 'Use 1-90 days')
    .max(90, 'Use 1-90 days')
    .default(DEFAULT_LINK_EXPIRY_DAYS)
    .describe('Days the links work (1-90, default 30)'),
});
export type AdoptionLinksCreate = z.infer<typeof AdoptionLinksCreateSchema>;

export const AdoptionPersonRecordSchema = z.object({
  acknowledgedAt: TimestampSchema.nullable(),
  nameConfirmation: z.string().nullable().describe('Name typed when acknowledging'),
  trainedAt: TimestampSchema.nullable(),
  quizPassedAt: TimestampSchema.nullable(),
  quizAttempts: z.number().int(),
  lastQuizScorePct: z.number().nullable(),
  declinedAt: TimestampSchema.nullable(),
  declineReason: z.string().nullable(),
  exemptionRequestedAt: TimestampSchema.nullable(),
  exemptionReason: z.string().nullable(),
});
export type AdoptionPersonRecord = z.infer<typeof AdoptionPersonRecordSchema>;

export const AdoptionLinkSchema = z.object({
  id: IdSchema,
  campaignId: IdSchema,
  campaignAudienceId: IdSchema,
  personName: z.string(),
  personEmail: z.string().nullable(),
  externalId: z.string().nullable(),
  status: AdoptionLinkStatusSchema,
  expiresAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable(),
  record: AdoptionPersonRecordSchema,
  createdAt: TimestampSchema,
  createdById: IdSchema,
  version: VersionSchema,
});
export type AdoptionLink = z.infer<typeof AdoptionLinkSchema>;

export const AdoptionLinkListSchema = z.object({
  items: z.array(AdoptionLinkSchema).describe('Links of the audience by person name (tokens are never shown again)'),
});
export type AdoptionLinkList = z.infer<typeof AdoptionLinkListSchema>;

export const AdoptionLinksCreatedSchema = z.object({
  items: z
    .array(
      z.object({
        link: AdoptionLinkSchema,
        url: z
          .string()
          .describe('The signed link to hand to the person, <PUBLIC_URL>/acknowledge/<token>; shown this once only'),
      }),
    )
    .describe('One per person, in the order given'),
});
export type AdoptionLinksCreated = z.infer<typeof AdoptionLinksCreatedSchema>;

export const AdoptionLinkRevokeSchema = z.strictObject({ version: VersionSchema });
export type AdoptionLinkRevoke = z.infer<typeof AdoptionLinkRevokeSchema>;

// ---- Public acknowledgement page ----

export const AckTokenParamsSchema = z.object({
  token: z.string().min(1).max(1000).describe('The signed link token'),
});

export const AckTaskStateSchema = z
  .enum(['open', 'done', 'none'])
  .describe('open: still to do; done; none: the campaign does not ask for it');

export const AckPageSchema = z.object({
  personName: z.string(),
  audienceName: z.string(),
  policyTitle: z.string(),
  versionLabel: z.string(),
  effectiveDate: z.string().nullable(),
  changeRequestTitle: z.string(),
  materiality: MaterialitySchema,
  text: z.object({
    markdown: z.string().describe('The version text (Markdown; render sanitised)'),
    publicSummary: z.string().nullable().describe('The public changelog summary, when the version is public'),
    changelogPath: z.string().nullable().describe('Path of the public changelog entry, e.g. /changelog/<id>'),
  }),
  training: AdoptionTrainingSchema.nullable(),
  quiz: z
    .object({
      passMarkPct: z.number().int(),
      questions: z.array(z.object({ prompt: z.string(), options: z.array(z.string()) })).describe('Without answers'),
    })
    .nullable(),
  tasks: z.object({ acknowledge: AckTaskStateSchema, training: AckTaskStateSchema, quiz: AckTaskStateSchema }),
  record: AdoptionPersonRecordSchema,
  complete: z.boolean().describe('Everything asked is done, or the person declined or asked for an exemption'),
  expiresAt: TimestampSchema,
});
export type AckPage = z.infer<typeof AckPageSchema>;

export const AckAcknowledgeSchema = z.strictObject({
  nameConfirmation: Text('The person types their name to confirm', 120).optional(),
});
export type AckAcknowledge = z.infer<typeof AckAcknowledgeSchema>;

export const AckTrainingSchema = z.strictObject({
  completed: z.literal(true, { message: 'Send completed: true' }).describe('Always true'),
});
export type AckTraining = z.infer<typeof AckTrainingSchema>;

export const AckQuizSubmitSchema = z.strictObject({
  answers: z
    .array(z.number().int().min(0).max(5))
    .min(1)
    .max(20)
    .describe('0-based chosen option per question, in question order'),
});
export type AckQuizSubmit = z.infer<typeof AckQuizSubmitSchema>;

export const AckReasonSchema = z.strictObject({
  reason: z.string().trim().min(1, 'Give a reason').max(2000, 'Use at most 2000 characters').describe('Why'),
});
export type AckReason = z.infer<typeof AckReasonSchema>;

export const AckActionResultSchema = z.object({
  alreadyRecorded: z
    .boolean()
    .describe('true: this was recorded before; the first record is returned, nothing counted twice'),
  recordedAt: TimestampSchema.describe('When it was (first) recorded'),
  page: AckPageSchema.describe('The page after the action'),
});
export type AckActionResult = z.infer<typeof AckActionResultSchema>;

export const AckQuizResultSchema = AckActionResultSchema.extend({
  attempt: z.number().int().describe('Attempt number (the passing one when alreadyRecorded)'),
  scorePct: z.number().describe('Score, percent'),
  correct: z.number().int().describe('Questions answered right'),
  passed: z.boolean(),
  passMarkPct: z.number().int(),
});
export type AckQuizResult = z.infer<typeof AckQuizResultSchema>;

// ---- Params ----

export const AdoptionAudienceParamsSchema = z.object({ audienceId: IdSchema });
export const AdoptionCampaignParamsSchema = z.object({ campaignId: IdSchema });
export const CampaignAudienceParamsSchema = z.object({ campaignId: IdSchema, audienceId: IdSchema });
export const AdoptionLinkParamsSchema = z.object({ campaignId: IdSchema, linkId: IdSchema });
