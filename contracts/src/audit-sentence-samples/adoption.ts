import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const audience = {
  name: 'Lisbon moderation site',
  kind: 'site',
  headcount: 120,
  contactEmail: 'lisbon-leads@example.com',
  active: true,
  version: 1,
} as const;
const campaignAudience = {
  campaignId: id(80),
  name: 'Vendor A Manila',
  kind: 'vendor',
  headcount: 40,
  contactEmail: 'manila@vendor.example',
  targetPct: 95,
  readiness: null,
  version: 1,
} as const;
const settings = {
  training: null,
  quiz: null,
  gate: null,
  reminderCadenceDays: 3,
  version: 1,
  changeRequestNumber: 12,
} as const;
const act = {
  campaignId: id(80),
  campaignAudienceId: id(81),
  audienceName: 'Vendor A Manila',
  personName: 'Ana Cruz',
  changeRequestNumber: 12,
} as const;

/** Adoption campaigns. */
export const ADOPTION_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'adoption_audience.created': [
    {
      payload: { entityType: 'adoption_audience', after: audience },
      says: 'Priya Raman added the audience "Lisbon moderation site" to the directory',
    },
  ],
  'adoption_audience.updated': [
    {
      payload: {
        entityType: 'adoption_audience',
        before: audience,
        after: { ...audience, headcount: 130, version: 2 },
      },
      says: 'Priya Raman edited the audience "Lisbon moderation site"',
    },
  ],
  'adoption_audience.deleted': [
    {
      payload: { entityType: 'adoption_audience', before: audience },
      says: 'Priya Raman removed the audience "Lisbon moderation site" from the directory',
    },
  ],
  'adoption_campaign.opened': [
    {
      payload: {
        entityType: 'adoption_campaign',
        after: {
          changeRequestId: id(70),
          changeRequestNumber: 12,
          policyVersionId: id(72),
          contentHash: 'ab'.repeat(32),
          materiality: 'material',
          audiences: 3,
        },
      },
      says: 'Priya Raman opened the adoption campaign of CR-12 (material, 3 audiences)',
    },
  ],
  'adoption_campaign.updated': [
    {
      payload: {
        entityType: 'adoption_campaign',
        before: settings,
        after: { ...settings, gate: { metric: 'quiz_pass_pct', thresholdPct: 90 }, version: 2 },
      },
      says: 'Priya Raman changed the adoption campaign settings of CR-12',
    },
  ],
  'adoption_campaign.adopted': [
    {
      actor: null,
      payload: {
        entityType: 'adoption_campaign',
        after: {
          changeRequestNumber: 12,
          rule: 'gate',
          metric: 'quiz_pass_pct',
          thresholdPct: 90,
          adoptedAt: '2027-01-20T10:00:00.000Z',
        },
      },
      says: 'PolicyOps recorded CR-12 as adopted: its gate passed (90% quiz passed in every audience)',
    },
  ],
  'adoption_campaign_audience.added': [
    {
      payload: { entityType: 'adoption_campaign_audience', after: campaignAudience },
      says: 'Priya Raman added the audience "Vendor A Manila" to a campaign',
    },
  ],
  'adoption_campaign_audience.updated': [
    {
      payload: {
        entityType: 'adoption_campaign_audience',
        before: campaignAudience,
        after: {
          ...campaignAudience,
          readiness: { awareness: 4, desire: 3, knowledge: 2, ability: 3, reinforcement: 4 },
          version: 2,
        },
      },
      says: 'Priya Raman edited the audience "Vendor A Manila" of a campaign',
    },
  ],
  'adoption_campaign_audience.removed': [
    {
      payload: { entityType: 'adoption_campaign_audience', before: campaignAudience },
      says: 'Priya Raman removed the audience "Vendor A Manila" from a campaign',
    },
  ],
  'adoption_links.issued': [
    {
      payload: {
        entityType: 'adoption_campaign_audience',
        after: {
          campaignId: id(80),
          audienceName: 'Vendor A Manila',
          linkIds: [id(82), id(83)],
          expiresAt: '2027-02-01T00:00:00.000Z',
        },
      },
      says: 'Priya Raman issued 2 acknowledgement links to "Vendor A Manila"',
    },
  ],
  'adoption_link.revoked': [
    {
      payload: {
        entityType: 'adoption_link',
        after: { campaignId: id(80), personName: 'Ana Cruz', audienceName: 'Vendor A Manila' },
      },
      says: 'Priya Raman withdrew the acknowledgement link of Ana Cruz (Vendor A Manila)',
    },
  ],
  'adoption_link.acknowledged': [
    {
      actor: null,
      payload: { entityType: 'adoption_link', after: act },
      says: 'Ana Cruz (Vendor A Manila, through an acknowledgement link) acknowledged the change of CR-12',
    },
  ],
  'adoption_link.trained': [
    {
      actor: null,
      payload: { entityType: 'adoption_link', after: act },
      says: 'Ana Cruz (Vendor A Manila, through an acknowledgement link) completed the training for CR-12',
    },
  ],
  'adoption_link.quiz_attempted': [
    {
      actor: null,
      payload: { entityType: 'adoption_link', after: { ...act, attempt: 2, scorePct: 80, passed: true } },
      says: 'Ana Cruz (Vendor A Manila, through an acknowledgement link) passed the quiz for CR-12 with 80% (attempt 2)',
    },
  ],
  'adoption_link.declined': [
    {
      actor: null,
      payload: { entityType: 'adoption_link', after: { ...act, reason: 'I moved to another queue' } },
      says: 'Ana Cruz (Vendor A Manila, through an acknowledgement link) declined to acknowledge the change of CR-12: I moved to another queue',
    },
  ],
  'adoption_link.exemption_requested': [
    {
      actor: null,
      payload: { entityType: 'adoption_link', after: { ...act, reason: 'On leave until March' } },
      says: 'Ana Cruz (Vendor A Manila, through an acknowledgement link) asked for an exemption from CR-12: On leave until March',
    },
  ],
  'adoption_campaign.reminder_sent': [
    {
      actor: null,
      payload: {
        entityType: 'adoption_campaign',
        after: {
          changeRequestNumber: 12,
          campaignAudienceId: id(81),
          audienceName: 'Vendor A Manila',
          acknowledgedPct: 40,
          targetPct: 95,
          day: '2027-01-05',
        },
      },
      says: 'PolicyOps e-mailed a reminder for CR-12 to "Vendor A Manila" (40% of 95%)',
    },
  ],
};
