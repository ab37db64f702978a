import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo, SetupStatus } from '@policyops/contracts';
import { api, setCsrfToken } from '../../lib/api';

export const SESSION_QUERY_KEY = ['session'] as const;
export const SETUP_QUERY_KEY = ['setup'] as const;

/** The signed-in session; loading it also arms the CSRF token for unsafe requests. */
export const sessionQueryOptions = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: async ({ signal }) => {
    const session = await api.get<SessionInfo>('/api/auth/session', undefined, signal);
    setCsrfToken(session.csrfToken);
    return session;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

/** Whether the workspace still needs its first admin. Always fetched fresh. */
export const setupStatusQueryOptions = queryOptions({
  queryKey: SETUP_QUERY_KEY,
  queryFn: ({ signal }) => api.get<SetupStatus>('/api/setup', undefined, signal),
  staleTime: 0,
  retry: false,
});

/** Stores a SessionInfo returned by login, setup or invitation acceptance. */
export function storeSession(queryClient: QueryClient, session: SessionInfo): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(SESSION_QUERY_KEY, session);
  queryClient.setQueryData<SetupStatus>(SETUP_QUERY_KEY, { needsSetup: false });
}

/** Forgets everything cached for the signed-out user. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.clear();
}

/** Only same-app paths are accepted as `?next=` targets. */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/setup')) return '/';
  return next;
}
