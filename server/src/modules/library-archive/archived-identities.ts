import type { LibraryImportResult } from '@policyops/contracts';
import { extractBlocks } from '../policies/policy-anchors.js';
import { fileError } from './archive-files.js';
import type { PlannedPolicy, PlannedVersion } from './import-plan.js';

/**
 * The public ids an archive carries (clause anchors, changelog entry ids) are what links and feed
 * readers outside the library hold on to; an import keeps them whenever they still fit.
 */

/** Why a version's archived anchors no longer fit its text (other section and clause numbers), or null. */
export function anchorsMismatch(version: PlannedVersion): string | null {
  if (!version.anchors) return null;
  const { file, ids } = version.anchors;
  const numbers = extractBlocks(version.body).map((block) => block.number);
  if (numbers.length !== ids.size)
    return `${file} lists ${ids.size} sections and clauses, the text has ${numbers.length}`;
  const missing = numbers.find((number) => !ids.has(number));
  return missing ? `${file} has no anchor for §${missing} of the text` : null;
}

/** The changelog entry ids an archive gives; one given twice throws VALIDATION_FAILED naming the second file. */
export function archivedChangelogIds(policies: PlannedPolicy[]): string[] {
  const seen = new Set<string>();
  for (const version of policies.flatMap((p) => p.versions)) {
    const id = version.changelog?.id;
    if (!id) continue;
    if (seen.has(id)) throw fileError(version.file, 1, `changelog.id ${id} is given to another version too`);
    seen.add(id);
  }
  return [...seen];
}

/**
 * The versions to write with what they keep of their archived ids: anchors that no longer fit the
 * text are computed afresh, and a changelog entry id already used in this workspace gets a new one,
 * each with a warning, so the import goes on.
 */
export function keepArchivedIdentities(
  writes: PlannedVersion[],
  takenChangelogIds: Set<string>,
  warnings: LibraryImportResult['warnings'],
): PlannedVersion[] {
  return writes.map((version) => {
    let kept = version;
    const mismatch = anchorsMismatch(version);
    if (mismatch) {
      warnings.push({
        file: version.file,
        message: `${mismatch}; its anchors were computed afresh, so links saved elsewhere to its clauses may not resolve`,
      });
      kept = { ...kept, anchors: null };
    }
    const entryId = version.changelog?.id;
    if (entryId && takenChangelogIds.has(entryId)) {
      warnings.push({
        file: version.file,
        message: `The changelog entry ${entryId} already exists in this workspace; this version's entry gets a new id`,
      });
      kept = { ...kept, changelog: { ...version.changelog!, id: null } };
    }
    return kept;
  });
}
