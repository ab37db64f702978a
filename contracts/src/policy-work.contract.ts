import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';
import { IsoDateSchema, VersionLabelSchema, VersionStateSchema } from './policies.contract.js';
import { ReviewWaitingSchema } from './policy-reviews.contract.js';

const PolicyRefSchema = z.object({ id: IdSchema, slug: z.string(), title: z.string() });

export const MyDraftSchema = z.object({
  policy: PolicyRefSchema,
  version: z.object({ id: IdSchema, label: VersionLabelSchema, state: VersionStateSchema }),
  updatedAt: TimestampSchema,
});
export type MyDraft = z.infer<typeof MyDraftSchema>;

export const TakingEffectSchema = z.object({
  policy: PolicyRefSchema,
  version: z.object({ id: IdSchema, label: VersionLabelSchema }),
  market: z
    .object({ id: IdSchema, code: z.string(), name: z.string() })
    .nullable()
    .describe("The market with a date of its own; null: the version's own date (Global, every market without one)"),
  effectiveDate: IsoDateSchema,
});
export type TakingEffect = z.infer<typeof TakingEffectSchema>;

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.object({
    items: z.array(item).describe(what),
    total: z.number().int().min(0).describe('How many there are in all (items may be fewer)'),
  });

export const PolicyWorkSchema = z.object({
  today: IsoDateSchema.describe("The server's today (UTC), which every state and window here is relative to"),
  myDrafts: listOf(
    MyDraftSchema,
    'Versions the caller wrote that are in draft, in review or approved, most recently changed first (first 20)',
  ),
  reviewsWaitingOnMe: listOf(ReviewWaitingSchema, 'Review requests waiting on the caller, oldest first (first 10)'),
  takingEffectSoon: listOf(
    TakingEffectSchema,
    'Published versions of policies the caller may see that take effect (globally or in a market) from today to 30 days ahead, soonest first (first 20)',
  ),
});
export type PolicyWork = z.infer<typeof PolicyWorkSchema>;

export const TestClockSchema = z.object({
  today: IsoDateSchema.describe("The server's today (UTC)"),
  offsetDays: z.number().int().describe("How many days the server's clock runs ahead of the machine's"),
});
export type TestClock = z.infer<typeof TestClockSchema>;

export const TestClockSetSchema = z.object({
  today: IsoDateSchema.nullable().describe("The date the server should take as today; null: the machine's date"),
});
export type TestClockSet = z.infer<typeof TestClockSetSchema>;
