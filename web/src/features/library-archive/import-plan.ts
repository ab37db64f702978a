import type { FieldError, ImportVersionPlan, LibraryImportResult } from '@policyops/contracts';
import type { QueryParams } from '../../lib/api';

/** What the importing admin decided about a flagged version: import it anyway, or leave it out. */
export type FlagDecision = 'confirm' | 'skip';
/** Decisions by the version's path in the archive. */
export type FlagDecisions = Readonly<Record<string, FlagDecision>>;

/**
 * The query of `POST /api/library/import`: the dry-run switch and the decisions, as repeated
 * `confirm=<path>` / `skip=<path>` parameters (sorted, so the same decisions give the same URL).
 */
export function importQuery(dryRun: boolean, decisions: FlagDecisions): QueryParams {
  const paths = (decision: FlagDecision) =>
    Object.keys(decisions)
      .filter((path) => decisions[path] === decision)
      .sort();
  return { dryRun: String(dryRun), confirm: paths('confirm'), skip: paths('skip') };
}

/** Every version of the plan that the server flagged (shrank sharply or lost most sections). */
export function flaggedVersions(result: LibraryImportResult): ImportVersionPlan[] {
  return result.policies.flatMap((policy) => policy.versions).filter((version) => version.flag !== null);
}

/** Flagged versions nobody has decided about yet, neither on the server nor in the page. */
export function undecidedVersions(result: LibraryImportResult, decisions: FlagDecisions): ImportVersionPlan[] {
  return flaggedVersions(result).filter((version) => version.decision === 'pending' && !decisions[version.file]);
}

/** Whether this version will be written, given the page's decisions (which win over the plan's). */
export function willCreate(version: ImportVersionPlan, decisions: FlagDecisions): boolean {
  const decision = decisions[version.file];
  if (version.flag && decision) return decision === 'confirm';
  return version.action === 'create';
}

/** How many versions the real import will write with these decisions. */
export function versionsToImport(result: LibraryImportResult, decisions: FlagDecisions): number {
  return result.policies.flatMap((policy) => policy.versions).filter((version) => willCreate(version, decisions))
    .length;
}

/** Whether a real import with these decisions would change anything at all. */
export function hasSomethingToImport(result: LibraryImportResult, decisions: FlagDecisions): boolean {
  return result.totals.areas > 0 || result.totals.policies > 0 || versionsToImport(result, decisions) > 0;
}

/**
 * One line per file error of a refused archive: "hate-speech/2023-02-30.md, line 1: …".
 * The whole-upload errors (path `body`, e.g. "Not a zip archive") show just their message.
 */
export function formatFileError(error: FieldError): string {
  if (error.path === 'body' || error.path === '') return error.message;
  return error.line === undefined
    ? `${error.path}: ${error.message}`
    : `${error.path}, line ${error.line}: ${error.message}`;
}

/** "1 version" / "3 versions". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? noun : pluralNoun}`;
}
