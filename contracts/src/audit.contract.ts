import { z } from 'zod';
import { CursorQuerySchema, IdSchema, TimestampSchema, pageOf } from './common.contract.js';

/** Audit action names: `<entity>.<past-tense verb>`. */
export const AUDIT_ACTIONS = [
  'user.created',
  'user.updated',
  'user.password_changed',
  'user.logged_in',
  'user.login_failed',
  'user.logged_out',
  'user.locked_out',
  'session.revoked',
  'api_token.created',
  'api_token.revoked',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'team.created',
  'team.updated',
  'team.deleted',
  'team.member_added',
  'team.member_removed',
  'workspace.setup_completed',
  'workspace.sample_loaded',
  'policy_area.created',
  'policy_area.updated',
  'policy_area.deleted',
  'policy.created',
  'policy.updated',
  'policy_version.created',
  'policy_version.updated',
  'policy_version.discarded',
  'policy_version.submitted',
  'policy_version.approved',
  'policy_version.rejected',
  'policy_version.published',
  'changelog_entry.published',
  'library.imported',
  'surface.created',
  'surface.updated',
  'surface.deleted',
  'market.created',
  'market.updated',
  'market.deleted',
  'policy.applicability_updated',
  'library.exported',
  'comment.created',
  'comment.updated',
  'comment.deleted',
  'watch.started',
  'watch.stopped',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS).describe('What happened');
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z.object({
  id: IdSchema,
  seq: z.number().int().describe('Position in the hash chain'),
  occurredAt: TimestampSchema,
  actor: z.object({ id: IdSchema, name: z.string() }).nullable().describe('Who did it (null: the system)'),
  action: AuditActionSchema,
  entityType: z.string().describe('Kind of record changed'),
  entityId: z.string().describe('Id of the record changed'),
  before: z.unknown().nullable().describe('State before the change'),
  after: z.unknown().nullable().describe('State after the change'),
  requestId: z.string().nullable().describe('Request that made the change'),
  hash: z.string().describe('SHA-256 of this event chained to the previous one'),
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
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
