import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { InitiativeDetail, RoadmapYear, RoadmapYearInitiative, WhatIf } from '@policyops/contracts';
import { api, isApiError, seg } from '../../../lib/api';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDay } from '../roadmap-labels';
import { useUpdateInitiative } from '../useRoadmapMutations';
import { useWhatIf } from './useTimeline';

export interface Proposal {
  initiative: RoadmapYearInitiative;
  start: string;
  end: string;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Moving “X” breaks 2 dependencies: …; makes fixed milestone “DSA report due” 5 days late." */
export function warningsOf(year: RoadmapYear, title: string, result: WhatIf) {
  const names = new Map<string, string>([
    ...year.initiatives.map((i) => [i.id, i.title] as const),
    ...year.milestones.map((m) => [m.id, m.title] as const),
  ]);
  const name = (id: string) => `“${names.get(id) ?? 'unknown'}”`;
  const items: string[] = [];
  const broken = result.brokenDependencies;
  if (broken.length)
    items.push(
      `breaks ${broken.length} ${broken.length === 1 ? 'dependency' : 'dependencies'}: ` +
        broken
          .map((d) => `${name(d.predecessorId)} → ${name(d.successorId)} (${days(d.shortByDays)} short)`)
          .join(', '),
    );
  for (const m of result.lateFixedMilestones)
    items.push(
      `makes fixed milestone ${name(m.milestoneId)} ${days(m.daysLate)} late` +
        (m.daysLateBefore > 0 ? ` (was ${days(m.daysLateBefore)})` : ''),
    );
  if (result.milestonesOutsideInitiative.length)
    items.push(`leaves ${result.milestonesOutsideInitiative.map(name).join(', ')} outside its dates`);
  const summary = items.length ? `Moving “${title}” ${items.join('; ')}.` : null;
  return { summary, count: items.length };
}

/** Asks before saving a drag or keyboard move: the what-if's warnings, then the save with the version. */
export function RescheduleDialog({
  yearKey,
  year,
  proposal,
  onClose,
}: {
  yearKey: string;
  year: RoadmapYear;
  proposal: Proposal;
  onClose: (saved: boolean) => void;
}) {
  const { initiative, start, end } = proposal;
  const whatIf = useWhatIf(yearKey);
  const detail = useQuery({
    queryKey: ['roadmap', 'initiative', initiative.id],
    queryFn: ({ signal }) =>
      api.get<InitiativeDetail>(`/api/roadmap/initiatives/${seg(initiative.id)}`, undefined, signal),
  });
  const update = useUpdateInitiative();
  const [stale, setStale] = useState(false);
  const { mutate } = whatIf;
  useEffect(() => {
    mutate([{ kind: 'move_initiative', id: initiative.id, start, end }]);
  }, [mutate, initiative.id, start, end]);

  const warnings = whatIf.data ? warningsOf(year, initiative.title, whatIf.data) : null;
  // The roadmap refuses a milestone outside its initiative: say so rather than offer a save that fails.
  const blocked = (whatIf.data?.milestonesOutsideInitiative.length ?? 0) > 0;
  const save = () => {
    if (!detail.data) return;
    update.mutate(
      { id: initiative.id, changes: { version: detail.data.version, start, end } },
      {
        onSuccess: () => onClose(true),
        onError: (error) => {
          if (isApiError(error) && error.is('VERSION_CONFLICT')) setStale(true);
        },
      },
    );
  };
  const shift = (
    <Text size="sm">
      From {formatDay(initiative.start)} – {formatDay(initiative.end)} to{' '}
      <strong>
        {formatDay(start)} – {formatDay(end)}
      </strong>
      .
    </Text>
  );

  return (
    <Modal opened onClose={() => onClose(false)} title={`Reschedule “${initiative.title}”?`} size="lg">
      <Stack>
        {shift}
        {whatIf.isPending ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">Checking dependencies and fixed milestones…</Text>
          </Group>
        ) : whatIf.isError ? (
          <ErrorAlert error={whatIf.error} />
        ) : warnings?.summary ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title="This move breaks the plan">
            <Text size="sm">{warnings.summary}</Text>
            {whatIf.data?.finishDeltaDays ? (
              <Text size="sm" mt={4}>
                The roadmap would finish {days(Math.abs(whatIf.data.finishDeltaDays))}{' '}
                {whatIf.data.finishDeltaDays > 0 ? 'later' : 'earlier'}.
              </Text>
            ) : null}
          </Alert>
        ) : (
          <Alert color="green" icon={<IconCircleCheck size={18} aria-hidden />} title="Nothing breaks">
            <Text size="sm">Every dependency and fixed milestone still holds.</Text>
          </Alert>
        )}
        {whatIf.data?.resolvedFixedMilestones.length ? (
          <List size="sm">
            {whatIf.data.resolvedFixedMilestones.map((id) => (
              <List.Item key={id}>Brings “{year.milestones.find((m) => m.id === id)?.title}” back on time.</List.Item>
            ))}
          </List>
        ) : null}
        {blocked ? (
          <Text size="sm" c="red.9">
            Its milestones must stay within its dates: move them on the initiative&apos;s page first, or change the
            dates so that they stay inside.
          </Text>
        ) : null}
        {stale ? (
          <Alert color="orange" role="alert" title="Someone else changed this initiative">
            It was edited since the timeline loaded, so nothing was saved. The timeline has reloaded: check its dates
            and move it again.
          </Alert>
        ) : update.isError ? (
          <ErrorAlert error={update.error} />
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => onClose(false)} disabled={update.isPending}>
            Cancel
          </Button>
          {stale ? null : (
            <Button
              // A dark orange: white text on it is 6.8:1.
              color={warnings?.count ? '#a33a0b' : undefined}
              onClick={save}
              loading={update.isPending}
              disabled={!detail.data || whatIf.isPending || blocked}
              data-autofocus
            >
              {warnings?.count ? 'Move anyway' : 'Move'}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
