import { z } from 'zod';
import { EmailSchema, IdSchema, PasswordSchema, PersonNameSchema, TimestampSchema } from './common.contract.js';
import { RoleSchema } from './permissions.js';

export const INVITATION_STATES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export const InvitationStateSchema = z.enum(INVITATION_STATES).describe('Where the invitation stands');

export const InvitationSchema = z.object({
  id: IdSchema,
  email: z.string().describe('Invitee e-mail'),
  name: z.string().nullable().describe('Suggested display name'),
  role: RoleSchema,
  teamIds: z.array(IdSchema).describe('Teams the invitee joins on acceptance'),
  state: InvitationStateSchema,
  invitedBy: z.object({ id: IdSchema, name: z.string() }).nullable(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  acceptedAt: TimestampSchema.nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });

export const InvitationCreateSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema.optional(),
  role: RoleSchema,
  teamIds: z.array(IdSchema).max(20).default([]).describe('Teams to join on acceptance'),
  expiresInDays: z.number().int().min(1).max(30).default(7).describe('Days the link stays valid'),
});
export type InvitationCreate = z.input<typeof InvitationCreateSchema>;

export const InvitationCreatedSchema = z.object({
  invitation: InvitationSchema,
  link: z.string().describe('One-time link to give the invitee; shown once'),
  emailQueued: z
    .boolean()
    .describe('Whether the invitation was queued as an e-mail to the invitee (false: mail is off, pass the link on)'),
});
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

export const InvitationIdParamsSchema = z.object({ invitationId: IdSchema });

export const InvitationTokenParamsSchema = z.object({
  token: z.string().min(20).max(200).describe('The token from the invitation link'),
});

export const InvitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string().nullable(),
  role: RoleSchema,
  invitedByName: z.string().nullable(),
  expiresAt: TimestampSchema,
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const InvitationAcceptSchema = z.object({
  token: z.string().min(20).max(200).describe('The token from the invitation link'),
  name: PersonNameSchema,
  password: PasswordSchema,
});
export type InvitationAccept = z.infer<typeof InvitationAcceptSchema>;
