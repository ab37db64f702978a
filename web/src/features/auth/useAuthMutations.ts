import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { InvitationAccept, LoginRequest, SessionInfo, SetupRequest } from '@policyops/contracts';
import { api, setCsrfToken } from '../../lib/api';
import { clearSession, storeSession } from './auth-queries';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api.post<SessionInfo>('/api/auth/login', body),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupRequest) => api.post<SessionInfo>('/api/setup', body),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationAccept) => api.post<SessionInfo>('/api/invitations/accept', body),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

/** Signs out, forgets cached data and goes to the sign-in page (even if the server call fails). */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    // Leave the signed-in pages first, then forget their data: clearing while they are still
    // mounted would make them refetch (and fail) for an instant.
    onSettled: async () => {
      setCsrfToken(null);
      await navigate({ to: '/login', search: {} });
      clearSession(queryClient);
    },
  });
}
