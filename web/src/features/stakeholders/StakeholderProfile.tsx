import { Badge, Button, Card, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconHistory, IconPencil } from '@tabler/icons-react';
import {
  ENGAGEMENT_KIND_LABELS,
  ENGAGEMENT_KIND_VALUES,
  TEAM_FUNCTION_LABELS,
  type EngagementEntryView,
  type EngagementKindName,
} from '@policyops/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { InactiveBadge, KindBadge } from './stakeholder-labels';
import { useStakeholder, useStakeholderEngagement } from './stakeholder-queries';
import { AppHref } from '../../ui/AppHref';
import { StakeholderFormModal } from './StakeholderFormModal';

const EMPTY_COPY: Record<EngagementKindName, string> = {
  meeting_attended: 'No meetings attended yet.',
  sign_off: 'No change-request sign-offs given.',
  decision: 'No decisions taken.',
  action_owned: 'No actions owned.',
};

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value ?? '—'}</Text>
    </div>
  );
}

function EngagementGroup({
  kind,
  entries,
  count,
}: {
  kind: EngagementKindName;
  entries: EngagementEntryView[];
  count: number;
}) {
  const headingId = `engagement-${kind}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={headingId}>
          {ENGAGEMENT_KIND_LABELS[kind]}
        </Title>
        <Badge variant="light" aria-label={`${count} ${ENGAGEMENT_KIND_LABELS[kind].toLowerCase()}`}>
          {count}
        </Badge>
      </Group>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {EMPTY_COPY[kind]}
        </Text>
      ) : (
        <List spacing={6} listStyleType="none" p={0}>
          {entries.map((entry, i) => (
            <List.Item key={`${entry.href}-${entry.at}-${i}`}>
              <AppHref href={entry.href} size="sm" fw={500}>
                {entry.title}
              </AppHref>
              <Text size="xs" c="dimmed">
                {entry.detail} · {formatDate(entry.at)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

/** The /stakeholders/$id page: who they are, and their engagement history grouped by kind with counts. */
export function StakeholderProfile({ stakeholderId }: { stakeholderId: string }) {
  const person = useStakeholder(stakeholderId);
  const history = useStakeholderEngagement(stakeholderId);
  const [editing, setEditing] = useState(false);
  const back = (
    <AnchorLink to="/stakeholders" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden /> Stakeholders
      </Group>
    </AnchorLink>
  );

  if (person.isPending) return <Skeleton height={240} aria-label="Loading the person" />;
  if (person.isError)
    return (
      <>
        <PageHeader title="Person" above={back} />
        <ErrorAlert error={person.error} onRetry={() => void person.refetch()} retrying={person.isRefetching} />
      </>
    );
  const p = person.data;
  const total = history.data ? Object.values(history.data.counts).reduce((a, b) => a + b, 0) : 0;

  return (
    <>
      <PageHeader
        title={p.name}
        above={back}
        description={
          <Group gap={6} component="span">
            <KindBadge kind={p.kind} />
            {p.active ? null : <InactiveBadge />}
            {p.title ? <span>{p.title}</span> : null}
          </Group>
        }
        actions={
          p.abilities.update ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Fact label="Function" value={p.function ? TEAM_FUNCTION_LABELS[p.function] : null} />
            <Fact label="Region" value={p.region} />
            <Fact label="Team" value={p.team} />
            <Fact label="Organisation" value={p.organisation} />
            <Fact label="E-mail" value={p.email} />
          </SimpleGrid>
          {p.profileFromTeam ? (
            <Text size="xs" c="dimmed" mt="sm">
              Function and team come from their first team.
            </Text>
          ) : null}
          {p.userId ? (
            <Text size="sm" mt="sm">
              <AnchorLink to="/people/$userId" params={{ userId: p.userId }}>
                Account and teams
              </AnchorLink>
            </Text>
          ) : null}
          {p.notes ? (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.notes}
            </Text>
          ) : null}
        </Paper>

        <section aria-labelledby="engagement-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="engagement-heading">
              Engagement history
            </Title>
            {history.data ? (
              <Text size="sm" c="dimmed">
                {total} {total === 1 ? 'entry' : 'entries'}
                {history.data.truncated ? ' (the newest 500 are listed)' : ''}
              </Text>
            ) : null}
          </Group>
          {history.isPending ? (
            <Skeleton height={160} aria-label="Loading the engagement history" />
          ) : history.isError ? (
            <ErrorAlert error={history.error} onRetry={() => void history.refetch()} retrying={history.isRefetching} />
          ) : total === 0 ? (
            <Paper withBorder>
              <EmptyState
                icon={<IconHistory size={24} />}
                title="No engagement recorded yet"
                description="Meetings they attend, sign-offs they give, decisions they take and actions they own will show here."
              />
            </Paper>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {ENGAGEMENT_KIND_VALUES.map((kind) => (
                <EngagementGroup
                  key={kind}
                  kind={kind}
                  count={history.data.counts[kind]}
                  entries={history.data.items.filter((e) => e.kind === kind)}
                />
              ))}
            </SimpleGrid>
          )}
        </section>
      </Stack>
      {editing ? <StakeholderFormModal stakeholder={p} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
