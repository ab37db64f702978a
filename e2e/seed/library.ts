import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LibraryImportResult, PolicyVersionListItem } from '@policyops/contracts';
import { strToU8, zipSync } from 'fflate';
import type { ApiSession } from './api-session.js';

/** The real dated captures of a platform's Community Guidelines (../shared/data, ODC-By: Open Terms Archive). */
const GUIDELINES = fileURLToPath(new URL('../../../shared/data/community-guidelines-versions/', import.meta.url));

/** The text of one capture, e.g. "2023-10-19". Throws when there is no capture of that date. */
export function guidelinesCapture(date: string): string {
  return readFileSync(`${GUIDELINES}${date}.md`, 'utf8');
}

/**
 * Imports dated captures as versions of one policy, the way a team brings its archive in (a zip of `<slug>/<date>.md`
 * through the import API), and returns the version ids by effective date. Throws when the import is refused or
 * flags a version (these captures are chosen not to be).
 */
export async function importGuidelines(admin: ApiSession, slug: string, dates: string[]): Promise<Map<string, string>> {
  const zip = zipSync(
    Object.fromEntries(dates.map((date) => [`${slug}/${date}.md`, strToU8(guidelinesCapture(date))])),
  );
  const result = await admin.postBytes<LibraryImportResult>('/api/library/import', Buffer.from(zip), 'application/zip');
  if (!result.applied) throw new Error(`The import of ${slug} was not applied: ${JSON.stringify(result.totals)}`);
  const { items } = await admin.get<{ items: PolicyVersionListItem[] }>(`/api/policies/${slug}/versions`);
  return new Map(items.map((v) => [v.effectiveDate ?? '', v.id]));
}
