import { List, Skeleton, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { usePolicyOverlaps } from './usePolicyReferences';

/** Possible overlaps: policies that define the same terms or share wording, to check for conflicts. */
export function OverlapsCard({ policyRef }: { policyRef: string }) {
  const query = usePolicyOverlaps(policyRef);
  if (query.isPending) return <Skeleton height={48} aria-label="Loading possible overlaps" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No other policy defines the same terms or shares much wording.
      </Text>
    );
  }
  return (
    <List spacing="xs" listStyleType="none" size="sm">
      {query.data.items.map((item) => (
        <List.Item key={item.policy.id}>
          <Stack gap={0}>
            <AnchorLink to="/policies/$policyId" params={{ policyId: item.policy.slug }} size="sm">
              {item.policy.title}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {item.sharedTerms.length > 0 ? `Also defines: ${item.sharedTerms.join(', ')}. ` : ''}
              {Math.round(item.similarity * 100)}% shared wording
            </Text>
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
