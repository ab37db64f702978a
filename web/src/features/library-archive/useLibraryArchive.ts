import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LibraryImportResult } from '@policyops/contracts';
import { download, request } from '../../lib/api';
import { saveFile } from '../../lib/save-file';
import type { ChosenArchive } from './archive-file';
import { importQuery, type FlagDecisions } from './import-plan';

export interface ImportRequest {
  archive: ChosenArchive;
  decisions: FlagDecisions;
}

function postArchive(dryRun: boolean, { archive, decisions }: ImportRequest): Promise<LibraryImportResult> {
  return request<LibraryImportResult>('POST', '/api/library/import', {
    query: importQuery(dryRun, decisions),
    raw: { data: archive.data, contentType: 'application/zip' },
  });
}

/**
 * Asks the server what importing the archive would do; nothing is written. Throws ApiError:
 * VALIDATION_FAILED (file and line of the first bad file), PAYLOAD_TOO_LARGE, FORBIDDEN.
 */
export function useImportDryRun() {
  return useMutation({ mutationFn: (input: ImportRequest) => postArchive(true, input) });
}

/**
 * Imports the archive, all or nothing. Besides the dry run's errors it throws INVALID_STATE
 * when a flagged version has no decision. An import can touch policies, areas, the changelog,
 * search and the audit log at once, so every cached query is refreshed afterwards.
 */
export function useImportLibrary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportRequest) => postArchive(false, input),
    onSuccess: (result) => (result.applied ? queryClient.invalidateQueries() : undefined),
  });
}

/** Downloads the library the caller can see as a zip (POST /api/library/export, audited) and saves it. */
export function useExportLibrary() {
  return useMutation({
    mutationFn: async () => {
      const { blob, fileName } = await download('/api/library/export', { method: 'POST' });
      const name = fileName ?? 'policyops-library.zip';
      saveFile(blob, name);
      return { fileName: name, size: blob.size };
    },
  });
}
