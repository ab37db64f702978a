import { Alert, Badge, Group, Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CriticalPath, RoadmapYear } from '@policyops/contracts';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { shortDay } from './timeline-scale';

const days = (n: number) => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;

/** The critical path as a list: each node with its dates and total float, late fixed milestones first. */
export function CriticalPathPanel({
  year,
  path,
  loading,
  error,
}: {
  year: RoadmapYear;
  path: CriticalPath | undefined;
  loading: boolean;
  error: unknown;
}) {
  const names = new Map<string, string>([
    ...year.initiatives.map((i) => [i.id, i.title] as const),
    ...year.milestones.map((m) => [m.id, m.title] as const),
  ]);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="section"
      aria-labelledby="critical-path-title"
      style={{ width: 300, flexShrink: 0 }}
    >
      <Title order={2} size="h4" id="critical-path-title" mb="xs">
        Critical path
      </Title>
      {loading ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">Computing the critical path…</Text>
        </Group>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : !path || path.path.length === 0 ? (
        <Text size="sm" c="dimmed">
          No dependencies in this year yet: link initiatives to see the chain that sets the finish.
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {path.path.length} steps to {path.end.date ? shortDay(path.end.date) : 'the end'}; a slip on any of them
            moves the finish.
          </Text>
          {path.lateFixedMilestones.map((m) => (
            <Alert
              key={m.milestoneId}
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              title={`“${names.get(m.milestoneId) ?? 'Milestone'}” is ${days(m.daysLate)} late`}
            >
              <Text size="sm">
                Fixed on {shortDay(m.fixedDate)}; the dependencies allow {shortDay(m.earliestDate)} at the earliest.
              </Text>
            </Alert>
          ))}
          <ScrollArea.Autosize mah={420} type="auto">
            <ol aria-label="Critical path, first to last" style={{ margin: 0, paddingLeft: 22 }}>
              {path.path.map((n) => (
                <li key={n.id} style={{ marginBottom: 8 }}>
                  <Text size="sm" fw={600} lh={1.3}>
                    {names.get(n.id) ?? n.id}
                  </Text>
                  <Group gap={6} mt={2}>
                    <Text size="xs" c="dimmed">
                      {n.kind === 'milestone'
                        ? `Milestone, ${shortDay(n.earliestStart)}`
                        : `${shortDay(n.earliestStart)} – ${shortDay(n.earliestFinish)}`}
                    </Text>
                    <Badge size="xs" variant="light" color={(n.totalFloatDays ?? 0) < 0 ? 'red' : 'gray'}>
                      Float {days(n.totalFloatDays ?? 0)}
                    </Badge>
                  </Group>
                </li>
              ))}
            </ol>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Paper>
  );
}
