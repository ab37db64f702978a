import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { SESSION_QUERY_KEY } from '../features/auth';

/** A 401 other than wrong credentials (e.g. a wrong current password) means the session is gone. */
function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && !error.is('INVALID_CREDENTIALS');
}

/**
 * The app's query client. A 401 on any query other than the session query, or on a
 * mutation, means the session ended: `onUnauthenticated` sends the user to sign in.
 */
export function createQueryClient(onUnauthenticated: () => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] === SESSION_QUERY_KEY[0]) return;
        if (isUnauthenticated(error)) onUnauthenticated();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthenticated(error)) onUnauthenticated();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status > 0 && error.status < 500) return false;
          return failureCount < 2;
        },
        refetchOnWindowFocus: true,
      },
    },
  });
}
