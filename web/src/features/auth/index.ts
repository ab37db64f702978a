export {
  SESSION_QUERY_KEY,
  SETUP_QUERY_KEY,
  clearSession,
  safeNextPath,
  sessionQueryOptions,
  setupStatusQueryOptions,
  storeSession,
} from './auth-queries';
export { useCan, useSession } from './useSession';
export { useAcceptInvitation, useCompleteSetup, useLogin, useLogout } from './useAuthMutations';
export { RequirePermission } from './RequirePermission';
