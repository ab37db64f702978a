import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditAction, AuditEventPage, AuditVerification } from '@policyops/contracts';
import { api } from '../../lib/api';

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
