import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuditAction, AuditCheckpoint, AuditEventPage, AuditVerification } from '@policyops/contracts';
import { api, request } from '../../lib/api';
import { checkpointFileName, saveJsonFile } from './checkpoint-file';

export interface AuditFilterQuery {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

/** Audit events, newest first as the server orders them, cursor-paginated. */
export function useAuditEvents(filters: AuditFilterQuery) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditEventPage>('/api/audit-events', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Re-computes the hash chain on the server. */
export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => api.get<AuditVerification>('/api/audit-events/verification'),
  });
}

/**
 * Asks the server to sign a checkpoint of the chain and saves it as a JSON file. The export is
 * itself an audit event, so the list is refreshed. Throws ApiError (FORBIDDEN; INVALID_STATE when
 * the chain head does not match its last event).
 */
export function useExportAuditCheckpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const checkpoint = await request<AuditCheckpoint>('POST', '/api/audit-events/checkpoints');
      const fileName = checkpointFileName(checkpoint);
      saveJsonFile(checkpoint, fileName);
      return { checkpoint, fileName };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit', 'list'] }),
  });
}
