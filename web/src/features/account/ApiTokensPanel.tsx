import { Button, Code, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import type { ApiToken, ApiTokenCreated } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SecretModal } from '../../ui/SecretModal';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { CreateTokenModal } from './CreateTokenModal';
import { useApiTokens, useRevokeApiToken } from './useAccount';

/** Personal API tokens: list, create (secret shown once), revoke. */
export function ApiTokensPanel() {
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const items = tokens.data?.items ?? [];

  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New API token
    </Button>
  );

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => notifySuccess('Token revoked', `“${revoking.name}” no longer works.`),
      onError: (error) => notifyError(error),
      onSettled: () => setRevoking(null),
    });
  };

  let body;
  if (tokens.isPending) body = <TableSkeleton rows={3} label="Loading API tokens" />;
  else if (tokens.isError)
    body = <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} retrying={tokens.isRefetching} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        icon={<IconKey size={24} />}
        title="No API tokens"
        description="Tokens let scripts and integrations call the PolicyOps API as you."
        action={newButton}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Token</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {token.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={token.createdAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={token.lastUsedAt} fallback="Never" />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={token.expiresAt} fallback="Never" />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking(token)}
                    aria-label={`Revoke ${token.name}`}
                  >
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={560}>
          Send a token as <Code>Authorization: Bearer &lt;token&gt;</Code>. It acts with your role.
        </Text>
        {items.length > 0 ? newButton : null}
      </Group>
      <Paper withBorder p="md">
        {body}
      </Paper>
      <CreateTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated(result);
        }}
      />
      {created ? (
        <SecretModal
          opened
          onClose={() => setCreated(null)}
          title="API token created"
          label="Token secret"
          value={created.secret}
          copyLabel="Copy token"
        >
          Your token <strong>{created.token.name}</strong> is ready.
        </SecretModal>
      ) : null}
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={confirmRevoke}
        loading={revoke.isPending}
        danger
        title="Revoke API token?"
        confirmLabel="Revoke token"
      >
        Anything using <strong>{revoking?.name}</strong> will stop working immediately.
      </ConfirmModal>
    </Stack>
  );
}
