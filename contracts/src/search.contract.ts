import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { DecisionStatusSchema } from './decisions.contract.js';
import { IsoDateSchema, PolicyStatusSchema, VersionStateSchema } from './policies.contract.js';

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Type something to search for')
    .max(200)
    .describe('Words to find (all must match; the last may be a prefix)'),
  areaId: IdSchema.optional().describe('Only policies in this area and below'),
  status: PolicyStatusSchema.optional().describe('Only policies with this status'),
  surfaceId: IdSchema.optional().describe('Only policies that apply (or apply differently) on this surface'),
  marketId: IdSchema.optional().describe(
    'Only policies that apply (or apply differently) in this market, counting what it inherits from its region and Global',
  ),
  from: IsoDateSchema.optional().describe('Only versions effective on or after this date'),
  to: IsoDateSchema.optional().describe('Only versions effective on or before this date'),
  history: z
    .stringbool()
    .default(false)
    .describe(
      'true: every version, superseded and scheduled ones too; by default only the versions in force today and the open ones (draft, in review, approved)',
    ),
  kind: z
    .enum(['policy_version', 'decision'])
    .optional()
    .describe(
      'Only this kind of record; by default both. Decisions are left out when a policy filter (area, status, surface, market, dates) is set',
    ),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SnippetPartSchema = z.object({
  text: z.string(),
  highlight: z.boolean().describe('True for a matching run'),
});
export type SnippetPart = z.infer<typeof SnippetPartSchema>;

export const PolicyVersionHitSchema = z.object({
  kind: z.literal('policy_version').describe('A policy version was found'),
  policy: z.object({
    id: IdSchema,
    slug: z.string(),
    title: z.string(),
    status: PolicyStatusSchema,
    areaName: z.string(),
  }),
  version: z.object({
    id: IdSchema,
    label: z.string(),
    state: VersionStateSchema,
    effectiveDate: IsoDateSchema.nullable(),
  }),
  snippet: z.array(SnippetPartSchema).describe('Text around the match, matching runs marked; plain text, never HTML'),
  score: z.number().describe('Relevance (higher is better)'),
});
export type PolicyVersionHit = z.infer<typeof PolicyVersionHitSchema>;

/** A decision as a search hit shows it. */
export const DecisionSearchTargetSchema = z.object({
  id: IdSchema,
  key: z.string().describe('Human key, e.g. DEC-12'),
  title: z.string().describe('Title'),
  status: DecisionStatusSchema,
  partlySuperseded: z.boolean().describe('Accepted, with a part replaced by a later decision'),
  revisitDue: z.boolean().describe('Due for a revisit'),
  decisionDate: IsoDateSchema.nullable().describe('When it was decided'),
});
export type DecisionSearchTarget = z.infer<typeof DecisionSearchTargetSchema>;

export const DecisionHitSchema = z.object({
  kind: z.literal('decision').describe('A decision of the register was found'),
  decision: DecisionSearchTargetSchema,
  snippet: z.array(SnippetPartSchema).describe('Text around the match, matching runs marked; plain text, never HTML'),
  score: z.number().describe('Relevance (higher is better)'),
});
export type DecisionHit = z.infer<typeof DecisionHitSchema>;

export const SearchHitSchema = z
  .discriminatedUnion('kind', [PolicyVersionHitSchema, DecisionHitSchema])
  .describe('What was found: a policy version or a decision');
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  items: z.array(SearchHitSchema),
  tookMs: z.number(),
  broad: z
    .boolean()
    .describe(
      'True when the words match so many versions (after the filters) that only the 5,000 most recently written were ranked: add words to narrow',
    ),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
