import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import {
  AdkarScoresSchema,
  AdoptionGateSchema,
  AdoptionTrainingSchema,
  AudienceKindSchema,
  GateMetricSchema,
  MaterialitySchema,
} from './adoption.contract.js';

/** The adoption campaigns' audit actions; audit-actions.ts adds them to the one list. */
export const ADOPTION_AUDIT_ACTIONS = [
  'adoption_audience.created',
  'adoption_audience.updated',
  'adoption_audience.deleted',
  'adoption_campaign.opened',
  'adoption_campaign.updated',
  'adoption_campaign.adopted',
  'adoption_campaign_audience.added',
  'adoption_campaign_audience.updated',
  'adoption_campaign_audience.removed',
  'adoption_links.issued',
  'adoption_link.revoked',
  'adoption_link.acknowledged',
  'adoption_link.trained',
  'adoption_link.quiz_attempted',
  'adoption_link.declined',
  'adoption_link.exemption_requested',
  'adoption_campaign.reminder_sent',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

const AudienceSnapshotSchema = z
  .strictObject({
    name: z.string().describe('Audience name'),
    kind: AudienceKindSchema,
    headcount: z.number().int().describe('People in the audience'),
    contactEmail: z.string().describe('Contact e-mail for reminders'),
    active: z.boolean().describe('Copied into new campaigns'),
    version: VersionSchema,
  })
  .describe('A directory audience');

const CampaignRefSchema = z
  .strictObject({
    changeRequestId: IdSchema.describe('The change request launched'),
    changeRequestNumber: z.number().int().describe('Its number, shown as CR-12'),
    policyVersionId: IdSchema.describe('The pinned policy version'),
    contentHash: z.string().describe('sha256 of the pinned version text'),
    materiality: MaterialitySchema,
  })
  .describe('The campaign');

const QuizSummarySchema = z
  .strictObject({
    passMarkPct: z.number().int().describe('Pass mark, percent'),
    questions: z.number().int().describe('Number of questions (the questions themselves stay on the campaign)'),
  })
  .describe('The quiz in short');

const SettingsSnapshotSchema = z
  .strictObject({
    training: AdoptionTrainingSchema.nullable().describe('Training (null: none)'),
    quiz: QuizSummarySchema.nullable().describe('Quiz (null: none)'),
    gate: AdoptionGateSchema.nullable().describe('Gate (null: every audience at its target)'),
    reminderCadenceDays: z.number().int().describe('Days between reminders'),
    version: VersionSchema,
  })
  .describe('Campaign settings');

const CampaignAudienceSnapshotSchema = z
  .strictObject({
    campaignId: IdSchema.describe('The campaign'),
    name: z.string().describe('Audience name'),
    kind: AudienceKindSchema,
    headcount: z.number().int().describe('People in the audience'),
    contactEmail: z.string().describe('Contact e-mail'),
    targetPct: z.number().describe('Target acknowledged, percent'),
    readiness: AdkarScoresSchema.nullable().describe('ADKAR scores (null: not assessed)'),
    version: VersionSchema,
  })
  .describe('An audience of a campaign');

/** What a person did through their link: the person is the cause (no account), named here. */
const PersonActSchema = z
  .strictObject({
    campaignId: IdSchema.describe('The campaign'),
    campaignAudienceId: IdSchema.describe('The audience of the person'),
    audienceName: z.string().describe('Audience name'),
    personName: z.string().describe('The person on the link (who acted; they have no account)'),
    changeRequestNumber: z.number().int().describe('CR number'),
  })
  .describe('Who acted through an acknowledgement link');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each adoption audit action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const ADOPTION_AUDIT_PAYLOAD_SCHEMAS = {
  'adoption_audience.created': payload('adoption_audience', NOTHING, AudienceSnapshotSchema),
  'adoption_audience.updated': payload('adoption_audience', AudienceSnapshotSchema, AudienceSnapshotSchema),
  'adoption_audience.deleted': payload('adoption_audience', AudienceSnapshotSchema, NOTHING),
  'adoption_campaign.opened': payload(
    'adoption_campaign',
    NOTHING,
    CampaignRefSchema.extend({
      audiences: z.number().int().describe('Audiences copied in from the directory'),
    }).describe('The campaign opened'),
  ),
  'adoption_campaign.updated': payload(
    'adoption_campaign',
    SettingsSnapshotSchema.extend({ changeRequestNumber: z.number().int().describe('CR number') }),
    SettingsSnapshotSchema.extend({ changeRequestNumber: z.number().int().describe('CR number') }),
  ),
  'adoption_campaign.adopted': payload(
    'adoption_campaign',
    NOTHING,
    z
      .strictObject({
        changeRequestNumber: z.number().int().describe('CR number'),
        rule: z.enum(['gate', 'targets', 'editorial']).describe('What decided it'),
        metric: GateMetricSchema.nullable().describe('The gate figure (null: targets or editorial)'),
        thresholdPct: z.number().nullable().describe('The gate threshold (null: targets or editorial)'),
        adoptedAt: z.string().describe('When it counted as adopted'),
      })
      .describe('The change counts as adopted'),
  ),
  'adoption_campaign_audience.added': payload('adoption_campaign_audience', NOTHING, CampaignAudienceSnapshotSchema),
  'adoption_campaign_audience.updated': payload(
    'adoption_campaign_audience',
    CampaignAudienceSnapshotSchema,
    CampaignAudienceSnapshotSchema,
  ),
  'adoption_campaign_audience.removed': payload('adoption_campaign_audience', CampaignAudienceSnapshotSchema, NOTHING),
  'adoption_links.issued': payload(
    'adoption_campaign_audience',
    NOTHING,
    z
      .strictObject({
        campaignId: IdSchema.describe('The campaign'),
        audienceName: z.string().describe('Audience name'),
        linkIds: z.array(IdSchema).describe('The links issued, one per person (tokens are never recorded)'),
        expiresAt: z.string().describe('When they stop working'),
      })
      .describe('Person links issued'),
  ),
  'adoption_link.revoked': payload(
    'adoption_link',
    NOTHING,
    z
      .strictObject({
        campaignId: IdSchema.describe('The campaign'),
        personName: z.string().describe('The person on the link'),
        audienceName: z.string().describe('Audience name'),
      })
      .describe('The link withdrawn'),
  ),
  'adoption_link.acknowledged': payload('adoption_link', NOTHING, PersonActSchema),
  'adoption_link.trained': payload('adoption_link', NOTHING, PersonActSchema),
  'adoption_link.quiz_attempted': payload(
    'adoption_link',
    NOTHING,
    PersonActSchema.extend({
      attempt: z.number().int().describe('Attempt number'),
      scorePct: z.number().describe('Score, percent'),
      passed: z.boolean().describe('At or above the pass mark'),
    }).describe('A quiz attempt'),
  ),
  'adoption_link.declined': payload(
    'adoption_link',
    NOTHING,
    PersonActSchema.extend({ reason: z.string().describe('Why the person declined') }).describe('Declined'),
  ),
  'adoption_link.exemption_requested': payload(
    'adoption_link',
    NOTHING,
    PersonActSchema.extend({ reason: z.string().describe('Why the person asks for an exemption') }).describe(
      'Exemption requested',
    ),
  ),
  'adoption_campaign.reminder_sent': payload(
    'adoption_campaign',
    NOTHING,
    z
      .strictObject({
        changeRequestNumber: z.number().int().describe('CR number'),
        campaignAudienceId: IdSchema.describe('The audience reminded'),
        audienceName: z.string().describe('Audience name'),
        acknowledgedPct: z.number().describe('Its acknowledged share when reminded, percent'),
        targetPct: z.number().describe('Its target, percent'),
        day: z.string().describe('The day of the reminder, YYYY-MM-DD'),
      })
      .describe('A reminder e-mailed to an audience below target'),
  ),
} as const;
