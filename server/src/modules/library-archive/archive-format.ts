import {
  ApplicabilityStateSchema,
  IdSchema,
  IsoDateSchema,
  MarketCodeSchema,
  MarketKindSchema,
  PUBLIC_SUMMARY_MAX,
  SlugSchema,
  VersionLabelSchema,
  VersionStateSchema,
} from '@policyops/contracts';
import { LineCounter, isNode, parseDocument, stringify, type Document } from 'yaml';
import { z } from 'zod';
import { fileError, type ArchiveFile } from './archive-files.js';

export const ARCHIVE_FORMAT = 'policyops-library/1';
export const MANIFEST_FILE = 'library.yaml';
/** A version file named after its effective date; `-2`, `-3` when several share a date. */
export const DATED_FILE = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/;
/** The open version (draft, in review or approved) when it has no effective date yet. */
export const UNDATED_FILE = 'draft.md';
/** Beside a policy's version files: the clause anchors of each, so citation links survive a round trip. */
export const ANCHORS_FILE = 'anchors.yaml';

const email = z.email('Use an e-mail address');

/** Front-matter of a version file; every key optional, unknown keys refused (typos). */
export const VersionMetaSchema = z.strictObject({
  policy: SlugSchema.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  area: z.string().trim().min(1).max(120).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  version: VersionLabelSchema.optional(),
  state: VersionStateSchema.optional(),
  effective: IsoDateSchema.optional(),
  summary: z.string().max(2000).optional(),
  author: email.optional(),
  approver: email.optional(),
  changelog: z
    .union([
      z.boolean(),
      z.strictObject({
        id: IdSchema,
        publishedAt: z.iso.datetime({ message: 'Use an ISO-8601 UTC timestamp' }),
        summary: z.string().max(2000).optional(),
        publicSummary: z
          .string()
          .max(PUBLIC_SUMMARY_MAX)
          .optional()
          .describe('What the public reads (absent: a neutral sentence naming the policy and date)'),
      }),
    ])
    .optional()
    .describe('On the public changelog: true, or the entry itself (its id keeps feed readers from showing it again)'),
  markets: z
    .record(MarketCodeSchema, IsoDateSchema)
    .optional()
    .describe('Market code -> the date this version takes effect there'),
});
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

export const ManifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT, { message: `Only ${ARCHIVE_FORMAT} is understood` }),
  surfaces: z.array(z.string().trim().min(1).max(80)).default([]),
  markets: z
    .array(
      z.strictObject({
        code: MarketCodeSchema,
        name: z.string().trim().min(1).max(80),
        kind: MarketKindSchema,
        parent: MarketCodeSchema.nullable().optional(),
      }),
    )
    .default([]),
  areas: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(120),
        parent: z.string().trim().min(1).max(120).nullable().optional(),
        description: z.string().max(2000).optional(),
      }),
    )
    .default([]),
  policies: z
    .array(
      z.strictObject({
        slug: SlugSchema,
        title: z.string().trim().min(1).max(200),
        area: z.string().trim().min(1).max(120),
        team: z.string().trim().min(1).max(120).nullable().optional(),
        owners: z.array(email).max(50).default([]),
        members: z.array(email).max(500).default([]),
        tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
        restricted: z.boolean().default(false),
        retired: z.boolean().default(false),
        applicability: z
          .array(
            z.strictObject({
              surface: z.string().trim().min(1).max(80),
              market: MarketCodeSchema,
              state: ApplicabilityStateSchema,
              note: z.string().max(1000).optional(),
            }),
          )
          .max(5000)
          .optional(),
      }),
    )
    .default([]),
});
export type Manifest = z.output<typeof ManifestSchema>;
export type ManifestPolicy = Manifest['policies'][number];

const ClauseNumberSchema = z.string().regex(/^\d+(\.\d+)?$/, 'Use a section or clause number, e.g. "3" or "3.2"');
const AnchorIdSchema = z
  .string()
  .regex(/^[sc]-[A-Za-z0-9_-]{1,14}$/, 'Not an anchor id (s-… for a section, c-… for a clause, at most 16 characters)');

/** `anchors.yaml`: version file name -> section or clause number -> its anchor id. */
export const AnchorsFileSchema = z
  .record(
    z.string().regex(/^(\d{4}-\d{2}-\d{2}(-\d+)?|draft)\.md$/, 'Name a version file of this folder'),
    z.record(ClauseNumberSchema, AnchorIdSchema),
  )
  .superRefine((files, ctx) => {
    for (const [file, anchors] of Object.entries(files)) {
      const seen = new Set<string>();
      for (const [number, anchorId] of Object.entries(anchors)) {
        if (seen.has(anchorId))
          ctx.addIssue({ code: 'custom', path: [file, number], message: `anchor id ${anchorId} is used twice` });
        seen.add(anchorId);
        if ((anchorId.startsWith('s-') ? 'section' : 'clause') !== (number.includes('.') ? 'clause' : 'section'))
          ctx.addIssue({
            code: 'custom',
            path: [file, number],
            message: `${number} is a ${number.includes('.') ? 'clause' : 'section'}; its anchor id starts with ${number.includes('.') ? 'c-' : 's-'}`,
          });
      }
    }
  });
export type AnchorsFile = z.output<typeof AnchorsFileSchema>;

/** The innermost issue of a failed union: the member the value came closest to (deepest path). */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const branch = issue.errors.reduce((best, errors) =>
    (errors[0]?.path.length ?? -1) > (best[0]?.path.length ?? -1) ? errors : best,
  );
  const inner = branch[0];
  return inner ? innermost({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue) : issue;
}

/** A parsed YAML file checked against a schema, and the line of any key path in it (for later checks). */
export interface LocatedYaml<T> {
  data: T;
  lineOf(path: PropertyKey[]): number;
}

/** Parses YAML and checks it against a schema; any problem names the file and line. */
function parseYamlLocated<T extends z.ZodType>(
  path: string,
  source: string,
  firstLine: number,
  schema: T,
): LocatedYaml<z.output<T>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [yamlError] = doc.errors;
  if (yamlError) throw fileError(path, lineAt(yamlError.pos[0]), `Invalid YAML: ${yamlError.message.split('\n')[0]}`);
  const lineOf = (where: PropertyKey[]) => lineAt(offsetOf(doc, where));
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, lineOf };
  const issue = innermost(result.error.issues[0]! as z.core.$ZodIssue);
  const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = where.map(String).join('.');
  throw fileError(
    path,
    lineOf(where),
    `${field ? `${field}: ` : ''}${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`,
  );
}

const parseYaml = <T extends z.ZodType>(path: string, source: string, firstLine: number, schema: T): z.output<T> =>
  parseYamlLocated(path, source, firstLine, schema).data;

/** Start offset of the deepest node on the path that exists (its key, for a map entry). */
function offsetOf(doc: Document, path: PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
      const key = path[depth - 1];
      const item = parent.items.find((entry: unknown, index: number) =>
        isNode(entry) ? index === key : (entry as { key?: { value?: unknown } }).key?.value === key,
      ) as { key?: { range?: number[] }; range?: number[] } | undefined;
      const range = item?.key?.range ?? item?.range;
      if (range) return range[0]!;
    }
  }
  return doc.contents?.range?.[0] ?? 0;
}

export interface ParsedVersionFile {
  meta: VersionMeta;
  body: string;
}

/** Splits optional YAML front-matter (between `---` lines at the very top) from the Markdown body. */
export function parseVersionFile(file: ArchiveFile): ParsedVersionFile {
  if (!file.text.startsWith('---\n')) return { meta: {}, body: file.text };
  const end = file.text.indexOf('\n---\n', 3);
  const closing = end === -1 && file.text.endsWith('\n---') ? file.text.length - 4 : end;
  if (closing === -1)
    throw fileError(file.path, 1, 'The front-matter that starts here is never closed with a line of ---');
  const meta = parseYaml(file.path, file.text.slice(4, closing + 1), 2, VersionMetaSchema);
  return { meta, body: file.text.slice(closing + 5) };
}

export function parseManifest(file: ArchiveFile): Manifest {
  return parseYaml(file.path, file.text, 1, ManifestSchema);
}

/** Reads an `anchors.yaml`; malformed entries throw, naming the file and line. */
export function parseAnchorsFile(file: ArchiveFile): LocatedYaml<AnchorsFile> {
  return parseYamlLocated(file.path, file.text, 1, AnchorsFileSchema);
}

const YAML_OPTIONS = { lineWidth: 0 } as const;

export function serializeVersionFile(meta: VersionMeta, body: string): string {
  return `---\n${stringify(meta, YAML_OPTIONS)}---\n${body}`;
}

/** Anchors in document order (sections and clauses as the text numbers them), one map per version file. */
export function serializeAnchorsFile(
  files: [fileName: string, anchors: [number: string, anchorId: string][]][],
): string {
  // Maps, not objects: an object would put the integer-like section numbers before every clause.
  const tree = new Map(files.map(([name, anchors]) => [name, new Map(anchors)]));
  return `# Clause anchors of each version file (section or clause number: anchor id), so that saved citation links\n# keep working after an import. Remove a file's entry if you change how its text is divided.\n${stringify(tree, YAML_OPTIONS)}`;
}

export function serializeManifest(manifest: Manifest): string {
  return `# PolicyOps library export. Version files: <policy-slug>/<YYYY-MM-DD>.md (front-matter + Markdown).\n${stringify(manifest, YAML_OPTIONS)}`;
}
