import { useSuspenseQuery } from '@tanstack/react-query';
import type { Permission, SessionInfo } from '@policyops/contracts';
import { sessionQueryOptions } from './auth-queries';

/**
 * The signed-in session. Only for components under the authenticated layout, whose
 * route guard has already loaded it (so this never suspends there).
 */
export function useSession(): SessionInfo {
  return useSuspenseQuery(sessionQueryOptions).data;
}

/** Whether the signed-in user holds a permission (for showing controls; the server decides). */
export function useCan(permission: Permission): boolean {
  return useSession().permissions.includes(permission);
}
