import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { TEAM_FUNCTIONS } from './vocabulary.js';

export { TEAM_FUNCTIONS, TEAM_FUNCTION_LABELS } from './vocabulary.js';
export const TeamFunctionSchema = z.enum(TEAM_FUNCTIONS).describe('The function the team belongs to');
export type TeamFunction = z.infer<typeof TeamFunctionSchema>;

export const TeamMemberSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
});

export const TeamSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Team name (unique)'),
  function: TeamFunctionSchema,
  description: z.string().describe('What the team does'),
  memberCount: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Team = z.infer<typeof TeamSchema>;
export const TeamListSchema = z.object({ items: z.array(TeamSchema) });

export const TeamDetailSchema = TeamSchema.extend({
  members: z.array(TeamMemberSchema).describe('Members of the team'),
});
export type TeamDetail = z.infer<typeof TeamDetailSchema>;

export const TeamCreateSchema = z.object({
  name: z.string().trim().min(1, 'Name the team').max(120).describe('Team name (unique)'),
  function: TeamFunctionSchema,
  description: z.string().trim().max(2000).default('').describe('What the team does'),
});
export type TeamCreate = z.input<typeof TeamCreateSchema>;

export const TeamUpdateSchema = z.object({
  version: VersionSchema,
  name: z.string().trim().min(1, 'Name the team').max(120).optional(),
  function: TeamFunctionSchema.optional(),
  description: z.string().trim().max(2000).optional(),
});
export type TeamUpdate = z.infer<typeof TeamUpdateSchema>;

export const TeamIdParamsSchema = z.object({ teamId: IdSchema });
export const TeamMemberParamsSchema = z.object({ teamId: IdSchema, userId: IdSchema });
export const TeamListQuerySchema = z.object({
  function: TeamFunctionSchema.optional(),
});
