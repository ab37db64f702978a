import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { describeError } from '../lib/problem-feedback';

export interface ErrorAlertProps {
  error: unknown;
  /** Shows a Retry button when given. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed load: the problem's title and detail, its request id, and a way to retry. */
export function ErrorAlert({ error, onRetry, retrying }: ErrorAlertProps) {
  const { title, detail, requestId } = describeError(error);
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
      <Stack gap="xs">
        {detail ? <Text size="sm">{detail}</Text> : null}
        {requestId ? (
          <Text size="xs">
            Request id: <code>{requestId}</code>
          </Text>
        ) : null}
        {onRetry ? (
          <Group>
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={onRetry}
              loading={retrying}
            >
              Retry
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
