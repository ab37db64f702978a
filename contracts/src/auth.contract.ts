import { z } from 'zod';
import {
  EmailSchema,
  IdSchema,
  PasswordSchema,
  PersonNameSchema,
  TimestampSchema,
  VersionSchema,
} from './common.contract.js';
import { PERMISSIONS, RoleSchema } from './permissions.js';

export const SetupStatusSchema = z.object({
  needsSetup: z.boolean().describe('True until the first admin has been created'),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

export const SetupRequestSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema,
  password: PasswordSchema,
});
export type SetupRequest = z.infer<typeof SetupRequestSchema>;

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, 'Enter your password').max(256).describe('Password'),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionUserSchema = z.object({
  id: IdSchema,
  email: z.string().describe('E-mail address'),
  name: z.string().describe('Display name'),
  role: RoleSchema,
  version: VersionSchema,
});

export const SessionInfoSchema = z.object({
  user: SessionUserSchema,
  permissions: z.array(z.enum(PERMISSIONS)).describe("The caller's permissions, for showing controls"),
  csrfToken: z.string().describe('Send as X-CSRF-Token on unsafe requests authenticated by cookie'),
  expiresAt: TimestampSchema.describe('When this session ends'),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const SessionSummarySchema = z.object({
  id: IdSchema,
  createdAt: TimestampSchema,
  lastSeenAt: TimestampSchema,
  expiresAt: TimestampSchema,
  userAgent: z.string().nullable().describe('Browser or client that opened the session'),
  ip: z.string().nullable().describe('Address the session was opened from'),
  current: z.boolean().describe('True for the session making this request'),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;
export const SessionListSchema = z.object({ items: z.array(SessionSummarySchema) });

export const SessionIdParamsSchema = z.object({ sessionId: IdSchema });

export const RevokedCountSchema = z.object({ revoked: z.number().int().describe('How many were revoked') });

export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(256).describe('Current password'),
  newPassword: PasswordSchema,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

export const ProfileUpdateSchema = z.object({
  version: VersionSchema,
  name: PersonNameSchema,
});
export type ProfileUpdate = z.infer<typeof ProfileUpdateSchema>;

export const ApiTokenSchema = z.object({
  id: IdSchema,
  name: z.string().describe('What the token is for'),
  prefix: z.string().describe('First characters of the token, to recognise it'),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema.nullable(),
  lastUsedAt: TimestampSchema.nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) });

export const ApiTokenCreateSchema = z.object({
  name: z.string().trim().min(1, 'Name the token').max(80).describe('What the token is for'),
  expiresInDays: z.number().int().min(1).max(366).nullable().default(90).describe('Days until it expires; null never'),
});
export type ApiTokenCreate = z.input<typeof ApiTokenCreateSchema>;

export const ApiTokenCreatedSchema = z.object({
  token: ApiTokenSchema,
  secret: z.string().describe('The token itself: shown once, send as "Authorization: Bearer <secret>"'),
});
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;
export const ApiTokenIdParamsSchema = z.object({ tokenId: IdSchema });
