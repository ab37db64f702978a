import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/problem-feedback';
import { formatFileError } from './import-plan';

function titleOf(error: unknown): string {
  if (!isApiError(error)) return describeError(error).title;
  if (error.is('VALIDATION_FAILED')) return "This archive can't be imported";
  if (error.is('INVALID_STATE')) return 'Some flagged versions still need a decision';
  if (error.is('PAYLOAD_TOO_LARGE')) return 'The archive is too large';
  return error.title;
}

export interface ImportErrorAlertProps {
  error: unknown;
  /** Shown under the list of files (for a refused import: what to do next). */
  hint?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/**
 * A refused dry run or import: one line per file at fault ("cg/2023-02-30.md, line 1: …"), then
 * the reassurance that nothing was written (the import is all or nothing).
 */
export function ImportErrorAlert({ error, hint, onRetry, retrying }: ImportErrorAlertProps) {
  const { detail, requestId } = describeError(error);
  const fileErrors = isApiError(error) ? error.errors : [];
  const refused = isApiError(error) && error.status >= 400 && error.status < 500;
  return (
    <Alert
      color="red"
      variant="light"
      title={titleOf(error)}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      role="alert"
    >
      <Stack gap="xs">
        {fileErrors.length > 0 ? (
          <List size="sm" spacing={4}>
            {fileErrors.map((fileError, index) => (
              <List.Item key={`${fileError.path}-${index}`} style={{ overflowWrap: 'anywhere' }}>
                {formatFileError(fileError)}
              </List.Item>
            ))}
          </List>
        ) : detail ? (
          <Text size="sm">{detail}</Text>
        ) : null}
        {hint ? <Text size="sm">{hint}</Text> : null}
        {refused ? (
          <Text size="sm" fw={600}>
            Nothing was imported.
          </Text>
        ) : null}
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
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
