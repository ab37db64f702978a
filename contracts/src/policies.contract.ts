import { z } from 'zod';
import { CommentBodySchema } from './collaboration.contract.js';
import { CursorQuerySchema, IdSchema, TimestampSchema, VersionSchema, pageOf } from './common.contract.js';

export const SlugSchema = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters')
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, e.g. hate-speech')
  .refine((slug) => slug !== 'changes' && slug !== 'import', 'This name is reserved for a library page')
  .describe('URL name, unique in the library (lower-case, hyphens)');

export const IsoDateSchema = z.iso.date({ message: 'Use a date as YYYY-MM-DD' }).describe('Calendar date, YYYY-MM-DD');

// ---- Areas ---------------------------------------------------------------------------------

export const PolicyAreaSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Area name, e.g. Hate Speech'),
  parentId: IdSchema.nullable().describe('Parent area; null at the top of the taxonomy'),
  description: z.string(),
  policyCount: z.number().int().describe('Policies directly in this area that the caller can see'),
  version: VersionSchema,
});
export type PolicyArea = z.infer<typeof PolicyAreaSchema>;
export const PolicyAreaListSchema = z.object({ items: z.array(PolicyAreaSchema) });

export const PolicyAreaCreateSchema = z.object({
  name: z.string().trim().min(1, 'Name the area').max(120),
  parentId: IdSchema.nullable().default(null),
  description: z.string().trim().max(2000).default(''),
});
export type PolicyAreaCreate = z.input<typeof PolicyAreaCreateSchema>;

export const PolicyAreaUpdateSchema = z.object({
  version: VersionSchema,
  name: z.string().trim().min(1, 'Name the area').max(120).optional(),
  parentId: IdSchema.nullable().optional().describe('Move under another area (cycles are refused)'),
  description: z.string().trim().max(2000).optional(),
});
export type PolicyAreaUpdate = z.infer<typeof PolicyAreaUpdateSchema>;
export const PolicyAreaIdParamsSchema = z.object({ areaId: IdSchema });

// ---- Policies ------------------------------------------------------------------------------

export const POLICY_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'live', 'retired'] as const;
export const PolicyStatusSchema = z
  .enum(POLICY_STATUSES)
  .describe(
    'Where the policy stands today: live once a published version is in force, scheduled while its only published versions take effect later, else its newest version (or retired)',
  );
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;

export const PersonRefSchema = z.object({ id: IdSchema, name: z.string() });

export const PolicySummarySchema = z.object({
  id: IdSchema,
  slug: z.string(),
  title: z.string(),
  areaId: IdSchema,
  areaName: z.string(),
  owningTeam: z.object({ id: IdSchema, name: z.string() }).nullable(),
  status: PolicyStatusSchema,
  tags: z.array(z.string()),
  restricted: z.boolean().describe('Visible only to its members (and admins)'),
  currentVersion: z
    .object({ id: IdSchema, label: z.string(), effectiveDate: IsoDateSchema.nullable() })
    .nullable()
    .describe('The live version in force today, if any'),
  updatedAt: TimestampSchema,
  version: VersionSchema,
});
export type PolicySummary = z.infer<typeof PolicySummarySchema>;
export const PolicyListSchema = pageOf(PolicySummarySchema);
export type PolicyList = z.infer<typeof PolicyListSchema>;

export const PolicyListQuerySchema = CursorQuerySchema.extend({
  areaId: IdSchema.optional().describe('Only this area and the areas below it'),
  status: PolicyStatusSchema.optional(),
  tag: z.string().trim().max(40).optional().describe('Only policies with exactly this tag'),
  q: z.string().trim().max(120).optional().describe('Title or slug contains (% and _ match themselves)'),
});
export type PolicyListQuery = z.infer<typeof PolicyListQuerySchema>;

export const PolicyDetailSchema = PolicySummarySchema.extend({
  owners: z.array(PersonRefSchema).describe('Accountable owners'),
  members: z.array(PersonRefSchema).describe('Who may see a restricted policy'),
  createdAt: TimestampSchema,
  abilities: z.object({
    update: z.boolean(),
    draft: z.boolean().describe('May start or edit drafts'),
    approve: z.boolean().describe('May approve versions in review'),
    publish: z.boolean().describe('May make approved versions live, and retire'),
  }),
});
export type PolicyDetail = z.infer<typeof PolicyDetailSchema>;

const TagsSchema = z.array(z.string().trim().min(1).max(40)).max(20).describe('Free tags');

export const PolicyCreateSchema = z.object({
  title: z.string().trim().min(1, 'Give the policy a title').max(200),
  slug: SlugSchema,
  areaId: IdSchema,
  owningTeamId: IdSchema.nullable().default(null),
  ownerIds: z.array(IdSchema).max(20).default([]),
  tags: TagsSchema.default([]),
  restricted: z.boolean().default(false),
  memberIds: z.array(IdSchema).max(200).default([]).describe('Who may see it when restricted'),
});
export type PolicyCreate = z.input<typeof PolicyCreateSchema>;

export const PolicyUpdateSchema = z.object({
  version: VersionSchema,
  title: z.string().trim().min(1, 'Give the policy a title').max(200).optional(),
  slug: SlugSchema.optional(),
  areaId: IdSchema.optional(),
  owningTeamId: IdSchema.nullable().optional(),
  ownerIds: z.array(IdSchema).max(20).optional(),
  tags: TagsSchema.optional(),
  restricted: z.boolean().optional(),
  memberIds: z.array(IdSchema).max(200).optional(),
  retired: z.boolean().optional().describe('Retire the policy (or bring it back)'),
});
export type PolicyUpdate = z.infer<typeof PolicyUpdateSchema>;

export const PolicyRefParamsSchema = z.object({
  policyId: z.string().min(1).max(80).describe('Policy id or slug'),
});

// ---- Versions ------------------------------------------------------------------------------

export const VERSION_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'live', 'superseded'] as const;
export const VersionStateSchema = z
  .enum(VERSION_STATES)
  .describe(
    'draft -> in_review -> approved -> published; a published version reads scheduled until its effective date, live while in force (today, UTC), superseded after',
  );
export type VersionState = z.infer<typeof VersionStateSchema>;

export const VersionLabelSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}\.\d{1,3}$/, 'Use major.minor, e.g. 2.1')
  .describe('Version label, major.minor');

export const PolicyVersionSummarySchema = z.object({
  id: IdSchema,
  policyId: IdSchema,
  label: VersionLabelSchema,
  state: VersionStateSchema,
  effectiveDate: IsoDateSchema.nullable().describe('When it takes effect (set when approved at the latest)'),
  changeSummary: z.string(),
  author: PersonRefSchema.nullable(),
  approver: PersonRefSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummarySchema>;

export const MarketDateSchema = z.object({
  marketId: IdSchema,
  marketCode: z.string(),
  marketName: z.string(),
  effectiveDate: IsoDateSchema,
});
export type MarketDate = z.infer<typeof MarketDateSchema>;

export const MarketDateInputSchema = z.object({ marketId: IdSchema, effectiveDate: IsoDateSchema });

export const MarketVersionStateSchema = z.object({
  marketId: IdSchema,
  marketCode: z.string(),
  marketName: z.string(),
  state: VersionStateSchema.describe('scheduled, live or superseded in this market today'),
  effectiveDate: IsoDateSchema.nullable().describe('When the version takes effect in this market'),
});
export type MarketVersionState = z.infer<typeof MarketVersionStateSchema>;

const MarketStatesSchema = z
  .array(MarketVersionStateSchema)
  .describe(
    'For a published version: its state in each market that has a date of its own on some published version of the policy (a region covers its countries); empty otherwise',
  );

export const PolicyVersionListItemSchema = PolicyVersionSummarySchema.extend({
  marketDates: z.array(MarketDateSchema).describe('Markets where this version takes effect on another date'),
  marketStates: MarketStatesSchema,
});
export type PolicyVersionListItem = z.infer<typeof PolicyVersionListItemSchema>;
export const PolicyVersionListSchema = z.object({ items: z.array(PolicyVersionListItemSchema) });

export const PolicyVersionSchema = PolicyVersionSummarySchema.extend({
  body: z.string().describe('Markdown text'),
  marketDates: z
    .array(MarketDateSchema)
    .describe(
      "Markets where this version takes effect on another date than effectiveDate (a region's date covers its countries)",
    ),
  marketStates: MarketStatesSchema,
  addedToChangelogAt: TimestampSchema.nullable().describe('When this version was put on the public changelog'),
  changeRequest: z
    .object({ id: IdSchema, number: z.number().int().describe('Shown as CR-12'), title: z.string() })
    .nullable()
    .describe('The change request that launched this version or holds it as its draft (null: none, or not visible)'),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    publish: z.boolean(),
    discard: z.boolean(),
    addToChangelog: z
      .boolean()
      .describe('May put this live version of a non-restricted policy on the public changelog'),
  }),
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;

export const PolicyAsOfSchema = PolicyVersionSchema.extend({
  inForceSince: IsoDateSchema.nullable().describe(
    "When this version took effect where asked: the market's own date, else the one it inherits (its region's), else effectiveDate",
  ),
});
export type PolicyAsOf = z.infer<typeof PolicyAsOfSchema>;

const BodySchema = z
  .string()
  .max(200_000, 'The text is too long (200,000 characters at most)')
  .describe('Markdown text');

export const PolicyVersionCreateSchema = z.object({
  label: VersionLabelSchema.optional().describe('Defaults to the next minor version'),
  body: BodySchema.optional().describe('Defaults to the text of the newest version'),
  changeSummary: z.string().trim().max(2000).default(''),
  effectiveDate: IsoDateSchema.nullable().default(null),
});
export type PolicyVersionCreate = z.input<typeof PolicyVersionCreateSchema>;

export const PolicyVersionUpdateSchema = z.object({
  version: VersionSchema,
  label: VersionLabelSchema.optional(),
  body: BodySchema.optional(),
  changeSummary: z.string().trim().max(2000).optional(),
  effectiveDate: IsoDateSchema.nullable().optional(),
  marketDates: z.array(MarketDateInputSchema).max(300).optional().describe('Replaces the per-market effective dates'),
});
export type PolicyVersionUpdate = z.infer<typeof PolicyVersionUpdateSchema>;

export const VERSION_TRANSITIONS = ['submit', 'approve', 'reject', 'publish'] as const;
export const PolicyVersionTransitionSchema = z.object({
  version: VersionSchema,
  action: z
    .enum(VERSION_TRANSITIONS)
    .describe('submit: draft -> in_review; approve / reject: in_review -> approved / draft; publish: approved -> live'),
  effectiveDate: IsoDateSchema.optional().describe('Set or confirm the effective date when approving or publishing'),
  reviewerIds: z
    .array(IdSchema)
    .max(20)
    .optional()
    .describe(
      "submit only: who is asked to review (people who may see the policy and approve, never the author); default: the policy's other owners who may",
    ),
  comment: CommentBodySchema.optional().describe(
    "approve / reject only: Markdown comment, stored on the review and posted on the policy's discussion; required to request changes (reject)",
  ),
});
export type PolicyVersionTransition = z.infer<typeof PolicyVersionTransitionSchema>;

export const PolicyVersionParamsSchema = z.object({
  policyId: z.string().min(1).max(80).describe('Policy id or slug'),
  versionId: IdSchema,
});

export const AsOfQuerySchema = z.object({
  date: IsoDateSchema.describe('The date to look at'),
  market: z.string().trim().min(1).max(36).optional().describe('Market id or code: use the dates that apply there'),
});

// ---- Diffs ---------------------------------------------------------------------------------

export const DiffQuerySchema = z.object({
  from: IdSchema.describe('Older version id'),
  to: IdSchema.describe('Newer version id'),
});

export const DiffPartSchema = z.object({
  value: z.string(),
  added: z.boolean(),
  removed: z.boolean(),
});

export const PolicyDiffSchema = z.object({
  from: PolicyVersionSummarySchema,
  to: PolicyVersionSummarySchema,
  parts: z.array(DiffPartSchema).describe('Word-level changes in order: unchanged, added or removed runs'),
  unified: z.string().describe('Unified diff text of the Markdown'),
  stats: z.object({ addedWords: z.number().int(), removedWords: z.number().int() }),
});
export type PolicyDiff = z.infer<typeof PolicyDiffSchema>;

// ---- Cross-references ----------------------------------------------------------------------

export const PolicyLinkSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  title: z.string(),
  status: PolicyStatusSchema,
});
export type PolicyLink = z.infer<typeof PolicyLinkSchema>;

export const PolicyReferencesSchema = z.object({
  basedOn: z
    .object({ versionId: IdSchema, label: z.string(), state: VersionStateSchema })
    .nullable()
    .describe('The text that was read: the version in force today, else the newest version'),
  references: z.array(PolicyLinkSchema).describe('Policies this text links to with [[slug]]'),
  referencedBy: z.array(PolicyLinkSchema).describe('Policies whose current text links to this one'),
  broken: z.array(z.string()).describe('Linked slugs that match no policy you can see'),
});
export type PolicyReferences = z.infer<typeof PolicyReferencesSchema>;

// ---- Library-wide changes ------------------------------------------------------------------

export const PolicyChangesQuerySchema = z
  .object({
    from: IsoDateSchema.describe('First effective date (inclusive)'),
    to: IsoDateSchema.describe('Last effective date (inclusive)'),
  })
  .refine((q) => q.from <= q.to, { message: 'Must be on or after the start date', path: ['to'] });

export const PolicyChangeSchema = z.object({
  policy: PolicyLinkSchema,
  version: PolicyVersionSummarySchema,
  previousVersionId: IdSchema.nullable().describe('The published version it replaced, for a diff'),
});
export type PolicyChange = z.infer<typeof PolicyChangeSchema>;
export const PolicyChangeListSchema = z.object({
  items: z.array(PolicyChangeSchema).describe('Newest effective date first'),
});

// ---- Possible overlaps ---------------------------------------------------------------------

export const PolicyOverlapSchema = z.object({
  policy: PolicyLinkSchema,
  sharedTerms: z.array(z.string()).describe('Terms both texts define (bold terms in their Definitions)'),
  similarity: z.number().describe('Share of three-word phrases the texts have in common (Jaccard, 0-1)'),
});
export type PolicyOverlap = z.infer<typeof PolicyOverlapSchema>;
export const PolicyOverlapListSchema = z.object({
  items: z.array(PolicyOverlapSchema).describe('Most overlapping first'),
});

// ---- Sections and clauses ------------------------------------------------------------------

export const AnchorKindSchema = z.enum(['section', 'clause']);

export const OutlineEntrySchema = z.object({
  anchorId: z.string().describe('Stable id that follows this section or clause across versions'),
  kind: AnchorKindSchema,
  number: z.string().describe('Its number in this version: 3 for a section, 3.2 for a clause'),
  title: z.string().describe('Heading, or the first words of the clause'),
  start: z
    .number()
    .int()
    .nullable()
    .describe("Where it starts in the version's text (UTF-16 offset), to show its number beside it; null if unknown"),
  end: z.number().int().nullable().describe('Where it ends (exclusive)'),
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

export const VersionOutlineSchema = z.object({ versionId: IdSchema, entries: z.array(OutlineEntrySchema) });
export type VersionOutline = z.infer<typeof VersionOutlineSchema>;

export const ClauseParamsSchema = z.object({
  policyId: z.string().min(1).max(80).describe('Policy id or slug'),
  clause: z
    .string()
    .trim()
    .regex(
      /^(\d{1,3}(\.\d{1,3})?|[sc]-[A-Za-z0-9_-]{8})$/,
      'Use a clause number such as 3.2 or an anchor id such as c-AbC123xY',
    )
    .describe('Clause number in the chosen version (3.2), section number (3), or anchor id'),
});
export const ClauseQuerySchema = z.object({
  in: IdSchema.optional().describe(
    'Version whose numbering a clause number refers to (default: the version in force today, else the newest)',
  ),
});

export const ClauseHistorySchema = z.object({
  anchorId: z.string(),
  kind: AnchorKindSchema,
  citation: z.string().describe('How to cite it, e.g. "Hate speech §3.2 (version 1.2)"'),
  history: z.array(
    z.object({
      version: z.object({
        id: IdSchema,
        label: z.string(),
        state: VersionStateSchema,
        effectiveDate: IsoDateSchema.nullable(),
      }),
      number: z.string().nullable().describe('Its number in that version; null when absent'),
      text: z.string().nullable(),
      change: z
        .enum(['added', 'changed', 'unchanged', 'removed', 'absent'])
        .describe('Compared with the previous version'),
      changes: z
        .array(DiffPartSchema)
        .nullable()
        .describe('Word-level changes from the previous wording, when the change is changed; null otherwise'),
    }),
  ),
});
export type ClauseHistory = z.infer<typeof ClauseHistorySchema>;
