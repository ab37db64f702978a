import { z } from 'zod';
import {
  CursorQuerySchema,
  EmailSchema,
  IdSchema,
  PersonNameSchema,
  TimestampSchema,
  VersionSchema,
  pageOf,
} from './common.contract.js';
import { RoleSchema } from './permissions.js';

export const USER_STATUSES = ['active', 'deactivated'] as const;
export const UserStatusSchema = z.enum(USER_STATUSES).describe('Whether the account can sign in');
export type UserStatus = z.infer<typeof UserStatusSchema>;

export const TeamRefSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Team name'),
});

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string().describe('E-mail address (unique, lower-case)'),
  name: z.string().describe('Display name'),
  role: RoleSchema,
  status: UserStatusSchema,
  teams: z.array(TeamRefSchema).describe('Teams the person belongs to'),
  lastLoginAt: TimestampSchema.nullable().describe('Last successful sign-in'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: z
    .object({ update: z.boolean(), deactivate: z.boolean() })
    .describe('What the caller may do with this user'),
});
export type User = z.infer<typeof UserSchema>;

export const UserPageSchema = pageOf(UserSchema);
export type UserPage = z.infer<typeof UserPageSchema>;

export const UserListQuerySchema = CursorQuerySchema.extend({
  q: z.string().trim().max(120).optional().describe('Filter by name or e-mail (substring)'),
  role: RoleSchema.optional(),
  status: UserStatusSchema.optional(),
  teamId: IdSchema.optional().describe('Only members of this team'),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserIdParamsSchema = z.object({ userId: IdSchema });

export const UserUpdateSchema = z.object({
  version: VersionSchema,
  name: PersonNameSchema.optional(),
  role: RoleSchema.optional(),
  status: UserStatusSchema.optional(),
});
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const UserCreateSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema,
  role: RoleSchema,
});
export type UserCreate = z.infer<typeof UserCreateSchema>;
