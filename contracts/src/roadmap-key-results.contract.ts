import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import { InitiativeStatusSchema } from './roadmap.contract.js';

// Links between initiatives and the key results they serve (issue 9, item 2). A key result may also
// be *fed* by an initiative (source.kind = 'initiative'): its current value is that initiative's progress.

export const LinkedKeyResultSchema = z
  .object({
    id: IdSchema.describe('The key result'),
    title: z.string().describe('What it measures'),
    objective: z.object({ id: IdSchema, title: z.string() }).describe('Its objective'),
    periodKey: z.string().describe('Its objective period, e.g. FY2027-Q2'),
    progress: z.number().min(0).max(100).describe('Progress (%)'),
    fedByThis: z.boolean().describe("Its value is this initiative's progress"),
  })
  .describe('A key result an initiative serves');
export type LinkedKeyResult = z.infer<typeof LinkedKeyResultSchema>;

export const InitiativeKeyResultsSchema = z
  .object({
    items: z.array(LinkedKeyResultSchema).describe('Linked key results the caller may see, by objective'),
    version: VersionSchema.describe("The initiative's version (send it back to change the links)"),
  })
  .describe("An initiative's key results");
export type InitiativeKeyResults = z.infer<typeof InitiativeKeyResultsSchema>;

export const InitiativeKeyResultsPutSchema = z.object({
  keyResultIds: z
    .array(IdSchema, { error: 'Send the key results as a list of ids' })
    .max(50, 'Link at most 50 key results')
    .refine((ids) => new Set(ids).size === ids.length, 'Name each key result once')
    .describe('Every key result the initiative serves (replaces the list)'),
  version: VersionSchema,
});
export type InitiativeKeyResultsPut = z.infer<typeof InitiativeKeyResultsPutSchema>;

export const KeyResultInitiativeSchema = z.object({
  id: IdSchema.describe('The initiative'),
  title: z.string(),
  status: InitiativeStatusSchema,
  progress: z.number().min(0).max(100).describe('Its progress (%)'),
  feeds: z.boolean().describe("The key result's value is this initiative's progress"),
});
export type KeyResultInitiative = z.infer<typeof KeyResultInitiativeSchema>;

export const KeyResultInitiativesSchema = z
  .object({ items: z.array(KeyResultInitiativeSchema) })
  .describe('Initiatives that serve a key result (linked, or feeding it)');
export type KeyResultInitiatives = z.infer<typeof KeyResultInitiativesSchema>;

/** The audit action of a link change, and its payload. */
export const INITIATIVE_KEY_RESULT_AUDIT_ACTIONS = ['initiative.key_results_linked'] as const;
const LinksSnapshotSchema = z
  .strictObject({
    initiativeId: IdSchema.describe('The initiative'),
    keyResultIds: z.array(IdSchema).describe('Linked key results'),
    version: VersionSchema,
  })
  .describe("An initiative's key-result links");
export const INITIATIVE_KEY_RESULT_AUDIT_PAYLOAD_SCHEMAS = {
  'initiative.key_results_linked': z.strictObject({
    entityType: z.literal('initiative').describe('Kind of record: initiative'),
    before: LinksSnapshotSchema.describe('Links before'),
    after: LinksSnapshotSchema.describe('Links after'),
  }),
} as const;
