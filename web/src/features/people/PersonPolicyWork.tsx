import { Badge, Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconPencil } from '@tabler/icons-react';
import type { AuthoredVersion, OwnedPolicy } from '@policyops/contracts';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink } from '../../ui/router-links';
import { PolicyStatusBadge, VersionStateBadge } from '../policies';
import { usePolicyAuthorship } from './usePolicyAuthorship';

const FIRST = 10;
const ALL = 100;

function Restricted() {
  return (
    <Badge size="xs" variant="outline" color="gray" title="Visible to its owners and members only">
      Restricted
    </Badge>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="md">
        <Title order={2} id={id}>
          {title}
        </Title>
        {count !== undefined ? (
          <Badge variant="light" color="gray" aria-label={`${count} in all`}>
            {count}
          </Badge>
        ) : null}
      </Group>
      {children}
    </Paper>
  );
}

/** "Show all 34", or, past the largest page, that only the first ones are shown. */
function More({ shown, total, onAll }: { shown: number; total: number; onAll: (() => void) | null }) {
  if (shown >= total) return null;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="xs" c="dimmed">
        Showing {shown} of {total}
      </Text>
      {onAll ? (
        <Button variant="subtle" size="xs" onClick={onAll}>
          Show {Math.min(total, ALL) === total ? `all ${total}` : `the first ${ALL}`}
        </Button>
      ) : null}
    </Group>
  );
}

const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** A list of rows split by hairlines: one record each, its link first. */
function Rows({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap={0} aria-label={label} style={LIST_STYLE}>
      {children}
    </Stack>
  );
}

const HAIRLINE = { borderBottom: '1px solid var(--mantine-color-default-border)' } as const;

function Row({ children, last }: { children: ReactNode; last: boolean }) {
  return (
    <Stack component="li" gap={4} py="xs" style={last ? undefined : HAIRLINE}>
      {children}
    </Stack>
  );
}

function OwnsList({ items, label }: { items: OwnedPolicy[]; label: string }) {
  return (
    <Rows label={label}>
      {items.map((policy, i) => (
        <Row key={policy.id} last={i === items.length - 1}>
          <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
            <Group gap={6} style={{ minWidth: 0 }}>
              <AnchorLink to="/policies/$policyId" params={{ policyId: policy.slug }} size="sm" fw={500}>
                {policy.title}
              </AnchorLink>
              {policy.restricted ? <Restricted /> : null}
            </Group>
            <PolicyStatusBadge status={policy.status} />
          </Group>
          <Text size="xs" c="dimmed">
            {policy.areaName}
          </Text>
        </Row>
      ))}
    </Rows>
  );
}

function WroteList({ items, label }: { items: AuthoredVersion[]; label: string }) {
  return (
    <Rows label={label}>
      {items.map(({ policy, version, updatedAt }, i) => (
        <Row key={version.id} last={i === items.length - 1}>
          <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
            <Group gap={6} style={{ minWidth: 0 }}>
              <AnchorLink
                to="/policies/$policyId/versions/$versionId"
                params={{ policyId: policy.slug, versionId: version.id }}
                size="sm"
                fw={500}
              >
                {policy.title} v{version.label}
              </AnchorLink>
              {policy.restricted ? <Restricted /> : null}
            </Group>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              <RelativeTime value={updatedAt} />
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" align="center">
            <VersionStateBadge
              state={version.state}
              effectiveDate={version.effectiveDate}
              marketStates={version.marketStates}
            />
            {version.changeSummary ? (
              <Text size="xs" c="dimmed" lineClamp={1} style={{ minWidth: 0 }}>
                {version.changeSummary}
              </Text>
            ) : null}
          </Group>
        </Row>
      ))}
    </Rows>
  );
}

/** A person's part in the library: the policies they own and the versions they wrote, newest first. */
export function PersonPolicyWork({ userId, name }: { userId: string; name: string }) {
  const [limit, setLimit] = useState(FIRST);
  const query = usePolicyAuthorship(userId, limit);
  const showAll = limit < ALL ? () => setLimit(ALL) : null;

  if (query.isPending)
    return (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Skeleton height={180} aria-label="Loading the policies they own" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Skeleton height={180} aria-label="Loading the versions they wrote" />
        </Grid.Col>
      </Grid>
    );
  if (query.isError)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;

  const { owns, wrote } = query.data;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Section id="person-owns-heading" title="Owns" count={owns.total}>
          {owns.items.length === 0 ? (
            <EmptyState icon={<IconFileText size={24} />} title={`${name} owns no policies you can see`} />
          ) : (
            <Stack gap={0}>
              <OwnsList items={owns.items} label={`Policies ${name} owns`} />
              <More shown={owns.items.length} total={owns.total} onAll={showAll} />
            </Stack>
          )}
        </Section>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Section id="person-wrote-heading" title="Wrote" count={wrote.total}>
          {wrote.items.length === 0 ? (
            <EmptyState icon={<IconPencil size={24} />} title={`${name} has written no versions you can see`} />
          ) : (
            <Stack gap={0}>
              <WroteList items={wrote.items} label={`Versions ${name} wrote, newest first`} />
              <More shown={wrote.items.length} total={wrote.total} onAll={showAll} />
            </Stack>
          )}
        </Section>
      </Grid.Col>
    </Grid>
  );
}
