import {
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowUp, IconPencil } from '@tabler/icons-react';
import { LINKED_RECORD_KIND_LABELS, RAID_KIND_LABELS, type IssueView, type RaidItem } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { BandBadge, StatusBadge } from './raid-labels';
import { RaidItemDialog } from './RaidItemDialog';
import { handleRaidConflict, useEscalateRaidItem } from './raid-queries';

const date = (value: string | null) => (value ? formatDate(value) : '—');

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function Escalation({ item }: { item: IssueView }) {
  const [note, setNote] = useState('');
  const escalate = useEscalateRaidItem(item.id);
  const onEscalate = () =>
    escalate.mutate(
      { version: item.version, note },
      {
        onSuccess: (saved) => {
          setNote('');
          notifySuccess(`${saved.key} escalated to level ${(saved as IssueView).currentLevel}`);
        },
        onError: (error) => {
          if (!handleRaidConflict(error)) notifyError(error, 'Could not escalate');
        },
      },
    );
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h4" mb="sm">
        Escalation
      </Title>
      {item.escalationPath.length === 0 ? (
        <Text size="sm" c="dimmed">
          No escalation path. Edit the item to add levels.
        </Text>
      ) : (
        <Table aria-label="Escalation path">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Level</Table.Th>
              <Table.Th>Label</Table.Th>
              <Table.Th>Person</Table.Th>
              <Table.Th>Now</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.escalationPath.map((level) => (
              <Table.Tr key={level.level} fw={level.level === item.currentLevel ? 700 : undefined}>
                <Table.Td>{level.level}</Table.Td>
                <Table.Td>{level.label}</Table.Td>
                <Table.Td>{level.stakeholder?.name ?? 'No longer in the directory'}</Table.Td>
                <Table.Td>
                  {level.level === item.currentLevel ? (
                    <Badge color={item.atTop ? 'red' : 'indigo'}>
                      {item.atTop ? 'Current · at the top' : 'Current level'}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {item.abilities.escalate ? (
        <Group align="flex-end" mt="md">
          <Textarea
            label="Why escalate now (optional)"
            autosize
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
            maxLength={500}
          />
          <Button
            leftSection={<IconArrowUp size={16} />}
            onClick={onEscalate}
            loading={escalate.isPending}
            color="orange"
          >
            Escalate to level {item.currentLevel + 1}
          </Button>
        </Group>
      ) : null}
      {isApiError(escalate.error) && escalate.error.fieldErrors.level ? (
        <Text c="red.8" size="sm" mt="xs" role="alert">
          {escalate.error.fieldErrors.level}
        </Text>
      ) : null}
      <Title order={3} size="h5" mt="lg" mb="xs">
        History
      </Title>
      {item.escalations.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not escalated yet.
        </Text>
      ) : (
        <Timeline bulletSize={18} lineWidth={2} active={item.escalations.length}>
          {item.escalations.map((e) => (
            <Timeline.Item key={e.id} title={`Level ${e.fromLevel} → ${e.toLevel}`}>
              <Text size="sm">
                {e.automatic ? 'Automatically, by the daily escalation job' : `By ${e.byName ?? 'someone'}`} ·{' '}
                {formatDateTime(e.at)}
              </Text>
              {e.note ? (
                <Text size="sm" c="dimmed">
                  {e.note}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}

function KindFields({ item }: { item: RaidItem }) {
  switch (item.kind) {
    case 'risk':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Probability × impact">{`${item.probability} × ${item.impact}`}</Field>
          <Field label="Score">
            <BandBadge band={item.band} score={item.score} />
          </Field>
          <Field label="Trigger">{item.trigger || '—'}</Field>
          <Field label="Mitigation">{item.mitigation || '—'}</Field>
        </SimpleGrid>
      );
    case 'issue':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Type">{item.isBlocker ? <Badge color="red">Blocker</Badge> : 'Issue'}</Field>
          <Field label="Severity">{item.severity}</Field>
          <Field label="Decision needed by">
            <Text c={item.decisionOverdue ? 'red.8' : undefined} fw={item.decisionOverdue ? 700 : undefined}>
              {date(item.decisionNeededBy)}
              {item.decisionOverdue ? ' — passed' : ''}
            </Text>
          </Field>
          <Field label="Resolution">{item.resolution || '—'}</Field>
          <Field label="Resolved">{item.resolvedAt ? formatDateTime(item.resolvedAt) : '—'}</Field>
        </SimpleGrid>
      );
    case 'assumption':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Validate by">{date(item.validateBy)}</Field>
          <Field label="Validation note">{item.validationNote || '—'}</Field>
        </SimpleGrid>
      );
    case 'dependency':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Requesting team">{item.requestingTeam.name}</Field>
          <Field label="Providing team">{item.providingTeam.name}</Field>
          <Field label="Needed by">{date(item.neededBy)}</Field>
          <Field label="Committed date">{date(item.committedDate)}</Field>
        </SimpleGrid>
      );
  }
}

/** The /raid/$itemId page: the item's fields, escalation path and history, links and "Edit". */
export function RaidItemView({ item }: { item: RaidItem }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeader
        title={`${item.key} · ${item.title}`}
        documentTitle={`${item.key} ${item.title}`}
        description={`${RAID_KIND_LABELS[item.kind]} · logged ${formatDate(item.createdAt)}`}
        above={
          <AnchorLink
            to="/raid"
            search={{
              tab: `${item.kind === 'issue' ? 'issues' : `${item.kind === 'dependency' ? 'dependencie' : item.kind}s`}` as never,
            }}
          >
            ← RAID log
          </AnchorLink>
        }
        actions={
          item.abilities.update ? (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Card withBorder radius="md">
          <Group mb="sm" gap="sm">
            <StatusBadge status={item.status} />
            <Text size="sm">Owner: {item.owner?.name ?? 'nobody yet'}</Text>
          </Group>
          {item.description ? (
            <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>
              {item.description}
            </Text>
          ) : null}
          <KindFields item={item} />
        </Card>
        {item.kind === 'issue' ? <Escalation item={item} /> : null}
        <Card withBorder radius="md">
          <Title order={2} size="h4" mb="sm">
            Linked records
          </Title>
          {item.links.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not linked to anything.
            </Text>
          ) : (
            <List>
              {item.links.map((link) => (
                <List.Item key={`${link.kind}:${link.id}`}>
                  {LINKED_RECORD_KIND_LABELS[link.kind]}: <a href={link.href}>{link.title}</a>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      </Stack>
      {editing ? <RaidItemDialog kind={item.kind} item={item} opened onClose={() => setEditing(false)} /> : null}
    </>
  );
}
