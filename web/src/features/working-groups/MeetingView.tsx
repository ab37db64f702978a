import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDots, IconListCheck, IconRefresh } from '@tabler/icons-react';
import { AGENDA_SECTION_LABELS, AGENDA_SECTIONS, type AgendaItem, type Meeting } from '@policyops/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { MeetingNotes } from './MeetingNotes';
import { OutcomeModal, type OutcomeDialog } from './OutcomeModal';
import { formatMeetingTime } from './wg-labels';
import {
  handleConflict,
  useAddAgendaItem,
  useMeeting,
  useRefreshAgenda,
  useUpdateAgendaItem,
  useUpdateMeeting,
} from './wg-queries';

const OUTCOME_LABELS = { information: 'Information', decision: 'Decision', action: 'Action' } as const;

function AgendaRow({
  meeting,
  item,
  onOutcome,
}: {
  meeting: Meeting;
  item: AgendaItem;
  onOutcome: (d: OutcomeDialog) => void;
}) {
  const update = useUpdateAgendaItem(meeting.id);
  const toggle = (done: boolean) =>
    update.mutate(
      { itemId: item.id, version: item.version, done },
      {
        onError: (e) => {
          if (!handleConflict(e)) notifyError(e);
        },
      },
    );
  return (
    <Stack gap={4} py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Checkbox
          checked={item.done}
          disabled={!meeting.abilities.edit || update.isPending}
          onChange={(e) => toggle(e.currentTarget.checked)}
          label={
            <Text size="sm" td={item.done ? 'line-through' : undefined}>
              {item.source ? (
                <Anchor href={item.source.href} size="sm">
                  {item.title}
                </Anchor>
              ) : (
                item.title
              )}
            </Text>
          }
          description={
            <>
              {item.detail}
              {item.carriedFrom ? (
                <Badge ml={item.detail ? 'xs' : 0} size="xs" variant="light" color="grape">
                  Carried from {formatDate(item.carriedFrom)}
                </Badge>
              ) : null}
            </>
          }
          aria-label={`Mark "${item.title}" done`}
        />
        {meeting.abilities.edit ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                size="xs"
                variant="subtle"
                aria-label={`Outcomes of ${item.title}`}
                rightSection={<IconDots size={14} aria-hidden />}
              >
                Outcome
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onOutcome({ kind: 'decision', itemId: item.id, itemTitle: item.title })}>
                Record decision
              </Menu.Item>
              <Menu.Item onClick={() => onOutcome({ kind: 'action', itemId: item.id, itemTitle: item.title })}>
                Add action
              </Menu.Item>
              <Menu.Item onClick={() => onOutcome({ kind: 'information', itemId: item.id, itemTitle: item.title })}>
                Note information
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {item.outcomes.map((o) => (
        <Group key={o.id} gap="xs" pl="xl">
          <Badge size="xs" variant="outline">
            {OUTCOME_LABELS[o.kind]}
          </Badge>
          {o.record ? (
            <Anchor href={o.record.href} size="sm">
              {o.record.title}
            </Anchor>
          ) : (
            <Text size="sm">{o.text}</Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function AddItem({ meetingId }: { meetingId: string }) {
  const add = useAddAgendaItem(meetingId);
  const [title, setTitle] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        add.mutate(
          { title, section: 'discussion' },
          { onSuccess: () => setTitle(''), onError: (er) => notifyError(er) },
        );
      }}
    >
      <Group mt="sm" align="flex-end">
        <TextInput
          label="Add a discussion item"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" loading={add.isPending}>
          Add
        </Button>
      </Group>
    </form>
  );
}

function Attendees({ meeting }: { meeting: Meeting }) {
  const update = useUpdateMeeting(meeting.id);
  if (meeting.attendees.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No one invited.
      </Text>
    );
  const set = (id: string, attended: boolean) =>
    update.mutate(
      {
        version: meeting.version,
        attendees: meeting.attendees.map((a) => ({
          stakeholderId: a.stakeholder.id,
          attended: a.stakeholder.id === id ? attended : a.attended,
        })),
      },
      {
        onError: (e) => {
          if (!handleConflict(e)) notifyError(e);
        },
      },
    );
  return (
    <Stack gap={6} role="group" aria-label="Attendees">
      {meeting.attendees.map((a) => (
        <Checkbox
          key={a.stakeholder.id}
          label={a.stakeholder.kind === 'contact' ? `${a.stakeholder.name} (contact)` : a.stakeholder.name}
          checked={a.attended}
          disabled={!meeting.abilities.edit || update.isPending}
          onChange={(e) => set(a.stakeholder.id, e.currentTarget.checked)}
        />
      ))}
    </Stack>
  );
}

/** /meetings/$id: the agenda by section with pre-filled and carried-forward items, outcomes, attendees, notes. */
export function MeetingView({ meetingId }: { meetingId: string }) {
  const query = useMeeting(meetingId);
  const refresh = useRefreshAgenda(meetingId);
  const [dialog, setDialog] = useState<OutcomeDialog | null>(null);
  if (query.isPending) return <TableSkeleton label="Loading the meeting" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const meeting = query.data;
  const sections = AGENDA_SECTIONS.map((s) => ({
    section: s,
    items: meeting.agenda.filter((i) => i.section === s),
  })).filter((s) => s.items.length > 0);
  const before = meeting.agenda.length;
  return (
    <>
      <PageHeader
        title={meeting.title}
        above={
          <Group gap="xs">
            <AnchorLink
              to="/working-groups/$workingGroupId"
              params={{ workingGroupId: meeting.workingGroup.id }}
              size="sm"
            >
              {meeting.workingGroup.name}
            </AnchorLink>
            {meeting.cancelled ? <Badge color="gray">Cancelled</Badge> : null}
          </Group>
        }
        description={`${formatMeetingTime(meeting.startsAt)} – ${formatMeetingTime(meeting.endsAt).slice(-9)}${meeting.location ? ` · ${meeting.location}` : ''}`}
        actions={
          meeting.abilities.edit ? (
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={refresh.isPending}
              onClick={() =>
                refresh.mutate(undefined, {
                  onSuccess: (m) =>
                    notifySuccess('Agenda refreshed', `${m.agenda.length - before} new items from live data`),
                  onError: (e) => notifyError(e),
                })
              }
            >
              Refresh from live data
            </Button>
          ) : null
        }
      />
      {meeting.videoLink ? (
        <Anchor href={meeting.videoLink} target="_blank" rel="noreferrer" size="sm">
          Join the call
        </Anchor>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg" mt="sm">
        <Card withBorder style={{ gridColumn: 'span 2' }}>
          <Title order={2} size="h4" mb="xs">
            Agenda
          </Title>
          {sections.length === 0 ? (
            <EmptyState
              icon={<IconListCheck size={24} />}
              title="Nothing on the agenda"
              description="Nothing open in live data yet. Add a discussion item, or refresh later."
            />
          ) : (
            sections.map(({ section, items }) => (
              <Stack key={section} gap={0} mb="md">
                <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                  {AGENDA_SECTION_LABELS[section]}
                </Text>
                {items.map((item) => (
                  <AgendaRow key={item.id} meeting={meeting} item={item} onOutcome={setDialog} />
                ))}
              </Stack>
            ))
          )}
          {meeting.abilities.edit ? <AddItem meetingId={meeting.id} /> : null}
        </Card>
        <Stack>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Attendees
            </Title>
            <Attendees meeting={meeting} />
          </Card>
          {meeting.previousMeeting ? (
            <AnchorLink to="/meetings/$meetingId" params={{ meetingId: meeting.previousMeeting.id }} size="sm">
              Previous meeting ({formatMeetingTime(meeting.previousMeeting.startsAt)})
            </AnchorLink>
          ) : null}
        </Stack>
      </SimpleGrid>
      <Card withBorder mt="lg">
        <Title order={2} size="h4" mb="xs">
          Notes
        </Title>
        <MeetingNotes key={meeting.version} meeting={meeting} />
      </Card>
      {dialog ? <OutcomeModal meetingId={meeting.id} dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
