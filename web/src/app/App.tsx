import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { clearSession } from '../features/auth';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const PUBLIC_PATHS = ['/login', '/setup', '/invite/'];

let redirecting = false;

/** The session ended (401): forget cached data and go to sign in, coming back here afterwards. */
function handleUnauthenticated(): void {
  const { pathname, href } = router.state.location;
  if (redirecting || PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return;
  redirecting = true;
  queueMicrotask(() => {
    void router
      .navigate({ to: '/login', search: { next: href } })
      .then(() => clearSession(queryClient))
      .finally(() => {
        redirecting = false;
      });
  });
}

const queryClient = createQueryClient(handleUnauthenticated);
const router = createAppRouter(queryClient);

/** Providers, from the outside in: theme, server state, notifications, routes. */
export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        {/* Bottom right: at the top they covered page headers' action buttons for their four seconds. */}
        <Notifications position="bottom-right" limit={4} />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
