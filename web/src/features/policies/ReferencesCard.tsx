import { Alert, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PolicyLink } from '@policyops/contracts';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { PolicyStatusBadge } from './PolicyBadges';
import { usePolicyReferences } from './usePolicyReferences';

function LinkList({ heading, links, empty }: { heading: string; links: PolicyLink[]; empty: string }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {heading}
      </Title>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List spacing={4} listStyleType="none" size="sm">
          {links.map((link) => (
            <List.Item key={link.id}>
              <Group gap="xs" wrap="nowrap">
                <AnchorLink to="/policies/$policyId" params={{ policyId: link.slug }} size="sm">
                  {link.title}
                </AnchorLink>
                <PolicyStatusBadge status={link.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Cross-references of a policy: what its current text links to, what links to it, and links that lead nowhere. */
export function ReferencesCard({ policyRef }: { policyRef: string }) {
  const query = usePolicyReferences(policyRef);
  if (query.isPending) return <Skeleton height={72} aria-label="Loading references" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { references, referencedBy, broken, basedOn } = query.data;
  return (
    <Stack gap="sm">
      {basedOn ? (
        <Text size="xs" c="dimmed">
          From version {basedOn.label}. Link another policy by writing [[its-slug]].
        </Text>
      ) : null}
      <LinkList heading="Links to" links={references} empty="No links to other policies" />
      <LinkList heading="Linked from" links={referencedBy} empty="No policy links here" />
      {broken.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} aria-hidden />} title="Broken links">
          <Text size="sm">
            {broken.map((slug) => `[[${slug}]]`).join(', ')} {broken.length === 1 ? 'matches' : 'match'} no policy you
            can see.
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
