import { Stack, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useRouter } from '@tanstack/react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PageFrame } from './PageFrame';

/** Shown when a route fails to load (its code or its guard). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  useDocumentTitle('Something went wrong');
  return (
    <PageFrame>
      <Stack>
        <Title order={1}>Something went wrong</Title>
        <ErrorAlert
          error={error}
          onRetry={() => {
            reset();
            void router.invalidate();
          }}
        />
      </Stack>
    </PageFrame>
  );
}
