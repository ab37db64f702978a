import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { TeamFunctionSchema } from './teams.contract.js';
import { LINKED_RECORD_KINDS, STAKEHOLDER_KINDS } from './governance-vocabulary.js';

export { LINKED_RECORD_KINDS, STAKEHOLDER_KINDS };

/**
 * What the governance modules (stakeholders, working groups, meetings, action items, RAID log,
 * decisions, calendar) share: links between records, and a person of the stakeholder directory.
 */

/** Records a RAID item, decision, action or working group can point at. */
export const LinkedRecordKindSchema = z.enum(LINKED_RECORD_KINDS).describe('What kind of record the link points at');
export type LinkedRecordKind = z.infer<typeof LinkedRecordKindSchema>;

export const LINKED_RECORD_KIND_LABELS: Record<LinkedRecordKind, string> = {
  policy: 'Policy',
  initiative: 'Initiative',
  change_request: 'Change request',
  working_group: 'Working group',
  meeting: 'Meeting',
};

/** A link as a client sends it. */
export const LinkedRecordRefSchema = z.object({
  kind: LinkedRecordKindSchema,
  id: IdSchema.describe('Id of the linked record'),
});
export type LinkedRecordRef = z.infer<typeof LinkedRecordRefSchema>;

export const LinkedRecordRefsSchema = z
  .array(LinkedRecordRefSchema)
  .max(50)
  .describe('Records this one is linked to (policies, initiatives, change requests, working groups, meetings)');

/** A link as the API returns it: only records the caller may see are listed. */
export const LinkedRecordSchema = LinkedRecordRefSchema.extend({
  title: z.string().describe('Title of the linked record, e.g. "CR-12 · Clarify satire exception"'),
  href: z.string().describe('Path of the record in the web app, e.g. /change-requests/<id>'),
});
export type LinkedRecord = z.infer<typeof LinkedRecordSchema>;

export const StakeholderKindSchema = z
  .enum(STAKEHOLDER_KINDS)
  .describe('account: a person who signs in; contact: a person in the directory without an account');
export type StakeholderKind = z.infer<typeof StakeholderKindSchema>;

/** A person of the stakeholder directory as other records show them (owner, chair, attendee, decided by). */
export const StakeholderSummarySchema = z.object({
  id: IdSchema.describe('Stakeholder id (the directory entry, not the account)'),
  name: z.string().describe('Display name'),
  kind: StakeholderKindSchema,
  userId: IdSchema.nullable().describe('The account, for kind account; null for a contact'),
  function: TeamFunctionSchema.nullable().describe('Function (Policy, Legal, Moderation Ops, ...), when known'),
  region: z.string().nullable().describe('Region, e.g. EMEA, when known'),
  team: z.string().nullable().describe('Team name, when known'),
});
export type StakeholderSummary = z.infer<typeof StakeholderSummarySchema>;
