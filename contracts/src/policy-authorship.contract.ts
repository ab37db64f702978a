import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';
import {
  IsoDateSchema,
  MarketVersionStateSchema,
  PolicyStatusSchema,
  VersionLabelSchema,
  VersionStateSchema,
} from './policies.contract.js';

/** A person's part in the library, as their profile shows it: what they own and what they wrote. */

export const PolicyAuthorshipQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe('How many of each list to return (1-100, default 20); `total` says how many there are'),
});
export type PolicyAuthorshipQuery = z.infer<typeof PolicyAuthorshipQuerySchema>;

const PolicyRefSchema = z.object({
  id: IdSchema,
  slug: z.string().describe('URL name'),
  title: z.string(),
  restricted: z.boolean().describe('Visible only to its owners and members (and admins)'),
});

export const OwnedPolicySchema = PolicyRefSchema.extend({
  areaName: z.string().describe('The area it sits in'),
  status: PolicyStatusSchema,
  updatedAt: TimestampSchema,
});
export type OwnedPolicy = z.infer<typeof OwnedPolicySchema>;

export const AuthoredVersionSchema = z.object({
  policy: PolicyRefSchema,
  version: z.object({
    id: IdSchema,
    label: VersionLabelSchema,
    state: VersionStateSchema.describe('Its state today (scheduled and live follow the effective date)'),
    effectiveDate: IsoDateSchema.nullable().describe('When it takes effect (null: not set)'),
    marketStates: z
      .array(MarketVersionStateSchema)
      .describe('Markets where it stands otherwise than globally, with their own dates'),
    changeSummary: z.string().describe('What changed, in its author’s words'),
  }),
  createdAt: TimestampSchema.describe('When the draft was started'),
  updatedAt: TimestampSchema,
});
export type AuthoredVersion = z.infer<typeof AuthoredVersionSchema>;

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.object({
    items: z.array(item).describe(what),
    total: z.number().int().min(0).describe('How many there are in all (items may be fewer: see `limit`)'),
  });

export const PolicyAuthorshipSchema = z.object({
  userId: IdSchema.describe('The person'),
  owns: listOf(OwnedPolicySchema, 'Policies they own that the caller may see, by title'),
  wrote: listOf(AuthoredVersionSchema, 'Versions they wrote of policies the caller may see, newest first'),
});
export type PolicyAuthorship = z.infer<typeof PolicyAuthorshipSchema>;
