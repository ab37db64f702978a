import { IsoDateSchema, SlugSchema, type VersionState, truncateText } from '@policyops/contracts';
import { markdownHeadings } from '../../markdown/markdown.js';
import { nextMinorLabel } from '../policies/version-labels.js';
import { fileError, type ArchiveFile } from './archive-files.js';
import {
  ANCHORS_FILE,
  DATED_FILE,
  MANIFEST_FILE,
  UNDATED_FILE,
  parseAnchorsFile,
  parseManifest,
  parseVersionFile,
  type Manifest,
  type ManifestPolicy,
  type VersionMeta,
} from './archive-format.js';

export const DEFAULT_AREA = 'Imported';

export interface PlannedVersion {
  file: string;
  /** The front-matter's `version:`, else the next minor in file order (the import continues the library's). */
  label: string;
  labelGiven: boolean;
  state: VersionState;
  effectiveDate: string | null;
  body: string;
  summary: string;
  author: string | null;
  approver: string | null;
  /** On the public changelog: the entry's id, time and text when the archive has them (else new ones). */
  changelog: {
    id: string | null;
    publishedAt: string | null;
    summary: string | null;
    publicSummary: string | null;
  } | null;
  /** Market code -> effective date there. */
  marketDates: Record<string, string>;
  /** From the folder's anchors.yaml: section or clause number -> anchor id. */
  anchors: { file: string; ids: Map<string, string> } | null;
}

export interface PlannedPolicy extends Omit<ManifestPolicy, 'team'> {
  team: string | null;
  versions: PlannedVersion[];
}

interface Located {
  file: ArchiveFile;
  anchors: PlannedVersion['anchors'];
  slug: string;
  date: string | null;
  order: number;
  meta: VersionMeta;
  body: string;
}

const OPEN_STATES: VersionState[] = ['draft', 'in_review', 'approved'];
const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const folderOf = (path: string) => path.split('/').slice(-2, -1)[0] ?? '';
const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** The first heading of a Markdown text (ATX or setext), as a title for a policy imported without one. */
function firstHeading(body: string): string | null {
  const title = markdownHeadings(body).find((heading) => heading.text)?.text;
  return title ? truncateText(title, 200, '') : null;
}

const titleFromSlug = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replaceAll('-', ' ');

function locate(file: ArchiveFile, anchors: PlannedVersion['anchors']): Located {
  const { meta, body } = parseVersionFile(file);
  const name = basename(file.path);
  const dated = DATED_FILE.exec(name);
  const slug = meta.policy ?? (dated || name === UNDATED_FILE ? folderOf(file.path) : '');
  if (!slug)
    throw fileError(
      file.path,
      1,
      `Put version files in a folder named after the policy (<policy-slug>/<YYYY-MM-DD>.md) or name the policy in the front-matter (policy: hate-speech)`,
    );
  const validSlug = SlugSchema.safeParse(slug);
  if (!validSlug.success)
    throw fileError(file.path, 1, `"${slug}" is not a usable policy slug: ${validSlug.error.issues[0]!.message}`);
  if (dated && !IsoDateSchema.safeParse(dated[1]).success)
    throw fileError(file.path, 1, `${dated[1]} in the file name is not a calendar date`);
  if (dated && meta.effective && meta.effective !== dated[1])
    throw fileError(
      file.path,
      1,
      `The file name says ${dated[1]} but the front-matter says effective: ${meta.effective}`,
    );
  const date = meta.effective ?? dated?.[1] ?? null;
  return { file, anchors, slug, date, order: Number(dated?.[2] ?? 1), meta, body };
}

/** Orders a policy's files by effective date (undated last) and gives each a state and a label. */
function planVersions(slug: string, located: Located[]): PlannedVersion[] {
  const isOpen = (v: Located) => (v.meta.state ? OPEN_STATES.includes(v.meta.state) : v.date === null);
  const sorted = [...located].sort(
    (a, b) =>
      Number(isOpen(a)) - Number(isOpen(b)) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.order - b.order ||
      a.file.path.localeCompare(b.file.path),
  );
  const explicitLive = sorted.some((v) => v.meta.state === 'live');
  const lastDated = sorted.findLast(
    (v) => v.date !== null && (v.meta.state === undefined || !OPEN_STATES.includes(v.meta.state)),
  );
  const labels = new Set<string>();
  let previousLabel: string | undefined;
  return sorted.map((v, index) => {
    const inferred: VersionState = v.date === null ? 'draft' : !explicitLive && v === lastDated ? 'live' : 'superseded';
    const state = v.meta.state ?? inferred;
    const where = (message: string) => fileError(v.file.path, 1, message);
    if (OPEN_STATES.includes(state) && index !== sorted.length - 1)
      throw where(
        `Only the newest version of ${slug} can be ${state.replace('_', ' ')}; a later-dated version follows it`,
      );
    if (!OPEN_STATES.includes(state) && v.date === null)
      throw where(
        `A ${state} version needs an effective date: name the file <YYYY-MM-DD>.md or add effective: to its front-matter`,
      );
    if (
      state === 'live' &&
      sorted.slice(index + 1).some((later) => later.meta.state === 'live' || later.meta.state === 'superseded')
    )
      throw where(`The live version of ${slug} must be its newest published version`);
    const changelog = v.meta.changelog
      ? typeof v.meta.changelog === 'object'
        ? {
            id: v.meta.changelog.id,
            publishedAt: v.meta.changelog.publishedAt,
            summary: v.meta.changelog.summary ?? null,
            publicSummary: v.meta.changelog.publicSummary ?? null,
          }
        : { id: null, publishedAt: null, summary: null, publicSummary: null }
      : null;
    if (changelog && state !== 'live' && state !== 'superseded')
      throw where('Only published (live or superseded) versions can be on the public changelog');
    const label = v.meta.version ?? nextMinorLabel(previousLabel);
    if (labels.has(label)) throw where(`Version label ${label} is used twice for ${slug}`);
    labels.add(label);
    previousLabel = label;
    return {
      file: v.file.path,
      label,
      labelGiven: v.meta.version !== undefined,
      state,
      effectiveDate: v.date,
      body: v.body,
      summary: v.meta.summary ?? `Imported from ${v.file.path}`,
      author: v.meta.author ?? null,
      approver: v.meta.approver ?? null,
      changelog,
      marketDates: v.meta.markets ?? {},
      anchors: v.anchors,
    };
  });
}

/** The anchors each `anchors.yaml` gives the version files beside it, by the files' paths. */
function readAnchorFiles(files: ArchiveFile[]): Map<string, NonNullable<PlannedVersion['anchors']>> {
  const paths = new Set(files.map((f) => f.path));
  const out = new Map<string, NonNullable<PlannedVersion['anchors']>>();
  for (const file of files.filter((f) => basename(f.path) === ANCHORS_FILE)) {
    const { data, lineOf } = parseAnchorsFile(file);
    for (const [name, anchors] of Object.entries(data)) {
      const path = `${dirOf(file.path)}${name}`;
      if (!paths.has(path))
        throw fileError(file.path, lineOf([name]), `There is no file ${name} beside it to give these anchors to`);
      out.set(path, { file: file.path, ids: new Map(Object.entries(anchors)) });
    }
  }
  return out;
}

/**
 * Reads an unpacked archive into what it describes: the manifest (if any) and each policy with
 * its versions in date order. Any malformed file throws, naming the file and line.
 */
export function planArchive(files: ArchiveFile[]): { manifest: Manifest | null; policies: PlannedPolicy[] } {
  const manifests = files
    .filter((f) => basename(f.path) === MANIFEST_FILE)
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  if (manifests.length > 1) throw fileError(manifests[1]!.path, 1, `Only one ${MANIFEST_FILE} per archive`);
  const manifest = manifests[0] ? parseManifest(manifests[0]) : null;
  const anchorsByFile = readAnchorFiles(files);
  const bySlug = new Map<string, Located[]>();
  for (const file of files) {
    if (file === manifests[0] || basename(file.path) === ANCHORS_FILE) continue;
    const located = locate(file, anchorsByFile.get(file.path) ?? null);
    bySlug.set(located.slug, [...(bySlug.get(located.slug) ?? []), located]);
  }
  const described = new Map((manifest?.policies ?? []).map((p) => [p.slug, p]));
  if (described.size !== (manifest?.policies.length ?? 0))
    throw fileError(manifests[0]!.path, 1, 'A policy slug is listed twice');
  const slugs = [...new Set([...described.keys(), ...bySlug.keys()])];
  return {
    manifest,
    policies: slugs.map((slug) => {
      const located = bySlug.get(slug) ?? [];
      const versions = planVersions(slug, located);
      const fromFiles = located.find((v) => v.meta.title || v.meta.area || v.meta.tags);
      const newest = versions.at(-1);
      const base: ManifestPolicy = described.get(slug) ?? {
        slug,
        title: fromFiles?.meta.title ?? (newest ? firstHeading(newest.body) : null) ?? titleFromSlug(slug),
        area: fromFiles?.meta.area ?? DEFAULT_AREA,
        owners: [],
        members: [],
        tags: fromFiles?.meta.tags ?? [],
        restricted: false,
        retired: false,
      };
      return { ...base, team: base.team ?? null, versions };
    }),
  };
}
