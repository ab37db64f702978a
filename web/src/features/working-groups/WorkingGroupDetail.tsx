import type { ReactNode } from 'react';
import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Menu,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import { IconCalendarPlus, IconChevronDown } from '@tabler/icons-react';
import { MEMBER_ROLE_LABELS, WORKING_GROUP_STATUS_LABELS, type WorkingGroup } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { AppHref } from '../../ui/AppHref';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { STATUS_COLORS, formatMeetingTime } from './wg-labels';
import {
  handleConflict,
  useGroupMeetings,
  useOccurrences,
  useOpenMeeting,
  useTransitionWorkingGroup,
  useWorkingGroup,
} from './wg-queries';

function Upcoming({ group }: { group: WorkingGroup }) {
  const navigate = useNavigate();
  const occurrences = useOccurrences(group.id, group.cadence !== null);
  const open = useOpenMeeting(group.id);
  if (!group.cadence)
    return (
      <Text size="sm" c="dimmed">
        No cadence: meetings are ad hoc.
      </Text>
    );
  if (occurrences.isPending) return <TableSkeleton label="Loading upcoming dates" />;
  if (occurrences.isError) return <ErrorAlert error={occurrences.error} onRetry={() => void occurrences.refetch()} />;
  if (occurrences.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No upcoming dates.
      </Text>
    );
  const go = (meetingId: string) => void navigate({ to: '/meetings/$meetingId', params: { meetingId } });
  return (
    <Stack gap="xs">
      {occurrences.data.items.map((o) => (
        <Group key={o.startsAt} justify="space-between" wrap="nowrap">
          <Text size="sm">{formatMeetingTime(o.startsAt)}</Text>
          {o.meetingId ? (
            <Button size="xs" variant="light" onClick={() => go(o.meetingId!)}>
              View meeting
            </Button>
          ) : group.abilities.runMeetings ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCalendarPlus size={14} aria-hidden />}
              loading={open.isPending && open.variables?.occurrenceStart === o.startsAt}
              aria-label={`Open meeting of ${formatMeetingTime(o.startsAt)}`}
              onClick={() =>
                open.mutate(
                  { occurrenceStart: o.startsAt },
                  { onSuccess: (m) => go(m.id), onError: (e) => notifyError(e) },
                )
              }
            >
              Open meeting
            </Button>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}

function PastMeetings({ groupId }: { groupId: string }) {
  const meetings = useGroupMeetings(groupId);
  if (meetings.isPending) return <TableSkeleton label="Loading meetings" />;
  if (meetings.isError) return <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />;
  if (meetings.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No meetings opened yet.
      </Text>
    );
  return (
    <Table aria-label="Meetings" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Meeting</Table.Th>
          <Table.Th ta="right">Attended</Table.Th>
          <Table.Th ta="right">Open items</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.data.items.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>
              <AnchorLink to="/meetings/$meetingId" params={{ meetingId: m.id }} size="sm">
                {m.title}
              </AnchorLink>
              {m.cancelled ? (
                <Badge ml="xs" color="gray" size="xs">
                  Cancelled
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td ta="right">{m.attendedCount}</Table.Td>
            <Table.Td ta="right">{m.openItems}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /working-groups/$id: charter, members, cadence with upcoming dates, meetings, links. */
export interface WorkingGroupDetailProps {
  workingGroupId: string;
  /** Beside the status menu, e.g. the calendar subscription (another feature's, placed by the page). */
  headerActions?: ReactNode;
  /** More cards in the grid, e.g. the group's RAID summary. */
  children?: ReactNode;
}

export function WorkingGroupDetail({ workingGroupId, headerActions, children }: WorkingGroupDetailProps) {
  const query = useWorkingGroup(workingGroupId);
  const transition = useTransitionWorkingGroup(workingGroupId);
  if (query.isPending) return <TableSkeleton label="Loading the working group" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const group = query.data;
  const move = (to: WorkingGroup['status']) =>
    transition.mutate(
      { version: group.version, to },
      {
        onSuccess: (g) => notifySuccess(`${g.name} is ${WORKING_GROUP_STATUS_LABELS[g.status].toLowerCase()}`),
        onError: (e) => {
          if (!handleConflict(e)) notifyError(e);
        },
      },
    );
  const actions =
    group.abilities.update && group.moves.length > 0 ? (
      <Menu>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={transition.isPending}
          >
            Change status
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {group.moves.map((to) => (
            <Menu.Item key={to} onClick={() => move(to)}>
              {WORKING_GROUP_STATUS_LABELS[to]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    ) : null;

  return (
    <>
      <PageHeader
        title={group.name}
        above={
          <Group gap="xs">
            <AnchorLink to="/working-groups" size="sm">
              Working groups
            </AnchorLink>
            <Badge variant="light" color={STATUS_COLORS[group.status]}>
              {WORKING_GROUP_STATUS_LABELS[group.status]}
            </Badge>
          </Group>
        }
        description={
          group.cadence ? `Meets ${group.cadence.summary}, ${group.cadence.durationMinutes} minutes` : undefined
        }
        actions={
          <Group gap="xs">
            {headerActions}
            {actions}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Charter
          </Title>
          {group.charter.purpose ? (
            <Typography>
              <div dangerouslySetInnerHTML={{ __html: group.charter.purposeHtml }} />
            </Typography>
          ) : (
            <Text size="sm" c="dimmed">
              No purpose written yet.
            </Text>
          )}
          <Text size="sm" fw={600} mt="sm">
            Policies in scope
          </Text>
          {group.charter.policies.length === 0 ? (
            <Text size="sm" c="dimmed">
              None
            </Text>
          ) : (
            <List size="sm">
              {group.charter.policies.map((p) => (
                <List.Item key={p.id}>
                  <AppHref href={p.href} size="sm">
                    {p.title}
                  </AppHref>
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm" fw={600} mt="sm">
            Deliverables
          </Text>
          {group.charter.deliverables.length === 0 ? (
            <Text size="sm" c="dimmed">
              None
            </Text>
          ) : (
            <List size="sm">
              {group.charter.deliverables.map((d) => (
                <List.Item key={d}>{d}</List.Item>
              ))}
            </List>
          )}
          <Text size="sm" fw={600} mt="sm">
            Success criteria
          </Text>
          {group.charter.successCriteria.length === 0 ? (
            <Text size="sm" c="dimmed">
              None
            </Text>
          ) : (
            <List size="sm">
              {group.charter.successCriteria.map((d) => (
                <List.Item key={d}>{d}</List.Item>
              ))}
            </List>
          )}
          {group.charter.endDate ? (
            <Text size="sm" mt="sm">
              Ends {group.charter.endDate}
            </Text>
          ) : null}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Members
          </Title>
          <Table aria-label="Members" verticalSpacing={4}>
            <Table.Tbody>
              {group.members.map((m) => (
                <Table.Tr key={m.stakeholder.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/stakeholders/$stakeholderId"
                      params={{ stakeholderId: m.stakeholder.id }}
                      size="sm"
                    >
                      {m.stakeholder.name}
                    </AnchorLink>
                    {m.stakeholder.kind === 'contact' ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · contact
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" size="sm">
                      {MEMBER_ROLE_LABELS[m.role]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Upcoming meetings
          </Title>
          <Upcoming group={group} />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Meetings
          </Title>
          <PastMeetings groupId={group.id} />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Linked records
          </Title>
          {group.links.length === 0 ? (
            <Text size="sm" c="dimmed">
              No initiatives or change requests linked.
            </Text>
          ) : (
            <List size="sm">
              {group.links.map((l) => (
                <List.Item key={`${l.kind}:${l.id}`}>
                  <AppHref href={l.href} size="sm">
                    {l.title}
                  </AppHref>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
        {children}
      </SimpleGrid>
    </>
  );
}
