import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';

/**
 * Where a policy applies: a grid of product surfaces (feed videos, LIVE, comments, ...) by
 * markets (global, regions, countries). Both lists are configured per workspace. A cell says the
 * policy applies, does not apply, or differs (with a note); an empty cell inherits from the
 * market's parent (country -> region -> global).
 */
export const APPLICABILITY_STATES = ['applies', 'does_not_apply', 'differs'] as const;
export const ApplicabilityStateSchema = z
  .enum(APPLICABILITY_STATES)
  .describe('applies, does_not_apply, or differs (explained in the note)');
export type ApplicabilityState = z.infer<typeof ApplicabilityStateSchema>;

export const MARKET_KINDS = ['global', 'region', 'country'] as const;
export const MarketKindSchema = z.enum(MARKET_KINDS);
export type MarketKind = z.infer<typeof MarketKindSchema>;

const NameSchema = z.string().trim().min(1, 'Give it a name').max(80);

export const SurfaceSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Product surface, e.g. LIVE'),
  position: z.number().int().describe('Order in the grid'),
  version: VersionSchema,
});
export type Surface = z.infer<typeof SurfaceSchema>;

export const SurfaceCreateSchema = z.object({
  name: NameSchema,
  position: z.number().int().min(0).max(10_000).optional(),
});
export const SurfaceUpdateSchema = z.object({
  version: VersionSchema,
  name: NameSchema.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type SurfaceUpdate = z.infer<typeof SurfaceUpdateSchema>;

export const MarketCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(12)
  .regex(/^[A-Z0-9-]+$/, 'Use capital letters, digits and hyphens, e.g. EU or DE')
  .describe('Short market code, e.g. GLOBAL, EU, DE');

export const MarketSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  kind: MarketKindSchema,
  parentId: IdSchema.nullable().describe('The region a country belongs to; null for global and top regions'),
  inheritsFrom: z
    .array(IdSchema)
    .describe(
      'Where an unset cell or effective date of this market comes from, nearest first: its region, then Global (empty for Global). Resolved by the server; clients follow this list rather than repeat the rule',
    ),
  position: z.number().int(),
  version: VersionSchema,
});
export type Market = z.infer<typeof MarketSchema>;

export const MarketCreateSchema = z.object({
  code: MarketCodeSchema,
  name: NameSchema,
  kind: MarketKindSchema,
  parentId: IdSchema.nullable().default(null),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const MarketUpdateSchema = z.object({
  version: VersionSchema,
  name: NameSchema.optional(),
  parentId: IdSchema.nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type MarketUpdate = z.infer<typeof MarketUpdateSchema>;

export const ApplicabilityDimensionsSchema = z.object({
  surfaces: z.array(SurfaceSchema),
  markets: z.array(MarketSchema),
});
export type ApplicabilityDimensions = z.infer<typeof ApplicabilityDimensionsSchema>;

export const ApplicabilityCellSchema = z.object({
  surfaceId: IdSchema,
  marketId: IdSchema,
  state: ApplicabilityStateSchema,
  note: z.string().trim().max(1000).default('').describe('Required when the state is differs: how it differs'),
});
export type ApplicabilityCell = z.infer<typeof ApplicabilityCellSchema>;

export const ResolvedApplicabilityCellSchema = z.object({
  surfaceId: IdSchema,
  marketId: IdSchema,
  state: ApplicabilityStateSchema.nullable().describe(
    'The state that holds here; null when nothing is set here or above',
  ),
  note: z.string().describe('How it differs, when the state that holds is differs'),
  inherited: z.boolean().describe('True when the state comes from a market this one inherits from'),
  sourceMarketId: IdSchema.nullable().describe('The market whose cell holds: this one, its region or Global'),
});
export type ResolvedApplicabilityCell = z.infer<typeof ResolvedApplicabilityCellSchema>;

export const PolicyApplicabilitySchema = z.object({
  policyId: IdSchema,
  cells: z.array(ApplicabilityCellSchema).describe('Cells set explicitly; others inherit from the parent market'),
  resolved: z
    .array(ResolvedApplicabilityCellSchema)
    .describe('Every surface x market with what holds there, inheritance resolved (country -> region -> Global)'),
  version: VersionSchema.describe('The policy record version, for optimistic concurrency'),
});
export type PolicyApplicability = z.infer<typeof PolicyApplicabilitySchema>;

export const PolicyApplicabilityUpdateSchema = z.object({
  version: VersionSchema,
  cells: z.array(ApplicabilityCellSchema).max(5000),
});
export type PolicyApplicabilityUpdate = z.infer<typeof PolicyApplicabilityUpdateSchema>;

export const SurfaceParamsSchema = z.object({ surfaceId: IdSchema });
export const MarketParamsSchema = z.object({ marketId: IdSchema });
