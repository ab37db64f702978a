import { useMutation, useQuery } from '@tanstack/react-query';
import type { MailStatus, MailTestResult } from '@policyops/contracts';
import { api } from '../../lib/api';

export const mailStatusKey = ['admin', 'mail'] as const;

/** Whether the server sends mail, and through which SMTP server (never the password). */
export function useMailStatus() {
  return useQuery({
    queryKey: mailStatusKey,
    queryFn: ({ signal }) => api.get<MailStatus>('/api/admin/mail', undefined, signal),
  });
}

/** Sends the signed-in admin a test message; the server's refusal comes back as an ApiError with its reply. */
export function useSendTestMail() {
  return useMutation({
    mutationFn: () => api.post<MailTestResult>('/api/admin/mail/test'),
  });
}
