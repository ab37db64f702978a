import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MetricImport, MetricImportFormat, MetricImportPage, MetricImportState } from '@policyops/contracts';
import { useState } from 'react';
import { api, isApiError, seg } from '../../../lib/api';
import { SESSION_QUERY_KEY, sessionQueryOptions } from '../../auth';
import { METRIC_IMPORTS_PATH, uploadMetricFile, type UploadProgress, type UploadReply } from './upload-metric-file';

const PAGE_SIZE = 20;
/** How often a running import is asked for its progress: quick enough for the bar to move smoothly. */
export const IMPORT_POLL_MS = 700;

const RUNNING: ReadonlySet<MetricImportState> = new Set(['queued', 'validating', 'writing']);

/** Whether the import is still on its way (a job to keep polling). */
export function isRunning(state: MetricImportState): boolean {
  return RUNNING.has(state);
}

export const metricImportKeys = {
  all: ['metric-imports'] as const,
  history: () => [...metricImportKeys.all, 'history'] as const,
  detail: (id: string) => [...metricImportKeys.all, 'detail', id] as const,
};

/** Past imports, newest first, a page at a time. */
export function useMetricImportHistory() {
  return useInfiniteQuery({
    queryKey: metricImportKeys.history(),
    queryFn: ({ pageParam, signal }) =>
      api.get<MetricImportPage>(METRIC_IMPORTS_PATH, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One import; polled while it runs as a job, left alone once it completed, was rejected or failed. */
export function useMetricImport(importId: string | null) {
  return useQuery({
    queryKey: metricImportKeys.detail(importId ?? ''),
    queryFn: ({ signal }) => api.get<MetricImport>(`${METRIC_IMPORTS_PATH}/${seg(importId ?? '')}`, undefined, signal),
    enabled: importId !== null,
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.state) ? IMPORT_POLL_MS : false),
  });
}

export interface UploadInput {
  file: File;
  format: MetricImportFormat;
}

/**
 * Uploads a metric file with its byte progress. A stale CSRF token (the session was renewed in another
 * tab) is refreshed from the session once and the file sent again, as the API client does.
 */
export function useUploadMetricFile() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  const mutation = useMutation({
    mutationFn: async ({ file, format }: UploadInput): Promise<UploadReply> => {
      setProgress({ loaded: 0, total: file.size });
      const send = (csrfToken: string | null) =>
        uploadMetricFile({ file, fileName: file.name, format, csrfToken, onProgress: setProgress });
      const session = queryClient.getQueryData<{ csrfToken: string }>(SESSION_QUERY_KEY);
      try {
        return await send(session?.csrfToken ?? null);
      } catch (error) {
        if (!isApiError(error) || !error.is('CSRF_TOKEN_INVALID')) throw error;
        const fresh = await queryClient.fetchQuery({ ...sessionQueryOptions, staleTime: 0 });
        setProgress({ loaded: 0, total: file.size });
        return send(fresh.csrfToken);
      }
    },
    onSuccess: (reply) => queryClient.setQueryData(metricImportKeys.detail(reply.metricImport.id), reply.metricImport),
    // A rejected file is recorded too, so the history changes either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: metricImportKeys.history() }),
  });

  return { ...mutation, progress };
}
