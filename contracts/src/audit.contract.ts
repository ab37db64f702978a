import { z } from 'zod';
import { AuditActionSchema } from './audit-actions.js';
import { CursorQuerySchema, IdSchema, TimestampSchema, pageOf } from './common.contract.js';

const NamedRecordSchema = z.object({
  label: z.string().describe('Its name today (a version: "<policy title> v<label>")'),
  href: z.string().nullable().describe('Web path of its page, e.g. /policies/hate-speech (null: none, or gone)'),
});

export const AuditEventSchema = z.object({
  id: IdSchema,
  seq: z.number().int().describe('Position in the hash chain'),
  occurredAt: TimestampSchema,
  actor: z.object({ id: IdSchema, name: z.string() }).nullable().describe('Who did it (null: the system)'),
  action: AuditActionSchema,
  sentence: z
    .string()
    .describe(
      'What happened, in words, with the names of today: "Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027"',
    ),
  target: NamedRecordSchema.nullable().describe('The record changed, named today (null: gone, or it has no name)'),
  references: z
    .record(IdSchema, NamedRecordSchema)
    .describe('Other people and records the sentence names (members, reviewers, the policy commented on), by id'),
  entityType: z.string().describe('Kind of record changed'),
  entityId: z.string().describe('Id of the record changed'),
  before: z.unknown().nullable().describe('State before the change'),
  after: z.unknown().nullable().describe('State after the change'),
  requestId: z.string().nullable().describe('Request that made the change'),
  hash: z
    .string()
    .describe('HMAC-SHA256 (keyed) of this event chained to the previous one; plain SHA-256 for sealed legacy events'),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditEventPageSchema = pageOf(AuditEventSchema);
export type AuditEventPage = z.infer<typeof AuditEventPageSchema>;

export const AuditQuerySchema = CursorQuerySchema.extend({
  actorId: IdSchema.optional().describe('Only events by this person'),
  entityType: z.string().max(60).optional().describe('Only events on this kind of record'),
  entityId: z.string().max(100).optional().describe('Only events on this record'),
  action: AuditActionSchema.optional(),
  from: z.iso.date().optional().describe('From this UTC date (inclusive), YYYY-MM-DD'),
  to: z.iso.date().optional().describe('Up to this UTC date (inclusive), YYYY-MM-DD'),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditVerificationSchema = z.object({
  ok: z.boolean().describe('True when every event matches its hash and links to the previous one'),
  checked: z.number().int().describe('Events checked'),
  firstBadSeq: z.number().int().nullable().describe('First event that breaks the chain'),
  reason: z.string().nullable().describe('Why it breaks the chain'),
  legacyEvents: z
    .number()
    .int()
    .describe('Leading events written before keyed hashing: plain SHA-256, pinned by a keyed seal'),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

export const AUDIT_CHECKPOINT_FORMAT = 'policyops-audit-checkpoint-v1';
const HEX_64 = /^[0-9a-f]{64}$/;

export const AuditCheckpointSchema = z.object({
  format: z.literal(AUDIT_CHECKPOINT_FORMAT).describe('What this file is, and which version of the format'),
  seq: z.number().int().min(0).describe('The last event the checkpoint covers'),
  hash: z.string().regex(HEX_64).describe("That event's chain hash"),
  eventCount: z.number().int().min(0).describe('Events the checkpoint covers (1 to seq)'),
  createdAt: z.iso.datetime().describe('When the checkpoint was exported (UTC ISO-8601)'),
  keyId: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .describe('Identifies the audit key that signed it (derived from the key; reveals nothing about it)'),
  signature: z.string().regex(HEX_64).describe('HMAC-SHA256 with the audit key over the other fields'),
});
/**
 * A signed statement "event #seq had this hash": kept outside the database, it lets
 * `npm run audit:verify -- --checkpoint FILE` prove that nothing up to it was removed or rewritten.
 */
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;
