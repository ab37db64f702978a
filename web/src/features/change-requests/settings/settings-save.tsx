import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { CrSettings } from '@policyops/contracts';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/problem-feedback';

/** What a failed save of the settings shows in its section: a stale version in words, or the problem. */
export function SettingsSaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (isApiError(error) && error.is('VERSION_CONFLICT'))
    return (
      <Alert color="orange" variant="light" role="alert" title="Someone else saved these settings meanwhile">
        <Text size="sm">
          Nothing of yours was saved. Your edits are still in the form; reload to see what they saved, then make your
          change again.
        </Text>
        <Group mt="xs">
          <Button size="xs" variant="white" color="orange" onClick={onReload}>
            Reload the saved settings
          </Button>
        </Group>
      </Alert>
    );
  const { title, detail } = describeError(error);
  const lines = isApiError(error) ? error.errors.map((e) => e.message) : [];
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {detail && !lines.includes(detail) ? <Text size="sm">{detail}</Text> : null}
      {lines.length > 0 ? (
        <List size="sm">
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}

/** "Last saved …" or "The defaults: never saved". */
export function savedNote(settings: CrSettings): string {
  return settings.updatedAt
    ? `Last saved ${new Date(settings.updatedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`
    : 'The defaults: never saved';
}
