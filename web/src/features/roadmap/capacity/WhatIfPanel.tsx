import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { CapacityWhatIf, RoadmapCapacity } from '@policyops/contracts';
import { IconFlask, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { formatDay } from '../roadmap-labels';
import { handleRoadmapConflict } from '../useRoadmapMutations';
import { useApplyMove, useCapacityWhatIf } from './useCapacity';

type Choice = { kind: 'keep' } | { kind: 'move'; weeks: number } | { kind: 'drop' };
const SHOWN = 30;
const wk = (n: number | null) => (n === null ? '—' : `${Math.round(n * 10) / 10} wk`);

/**
 * Try moving initiatives by whole weeks or dropping them and see, before anything is saved, each
 * team-quarter before and after, the critical path's finish, fixed milestones made late and the key
 * results they serve. Only "Apply" on a move writes it, through the initiative's normal update.
 */
export function WhatIfPanel({ data }: { data: RoadmapCapacity }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [query, setQuery] = useState('');
  const whatIf = useCapacityWhatIf(data.year.key);
  const apply = useApplyMove();
  const teamName = new Map(data.teams.map((t) => [t.teamId, t.teamName]));
  const title = new Map(data.initiatives.map((i) => [i.id, i.title]));
  const picked = Object.entries(choices).filter(([, c]) => c.kind !== 'keep');
  const set = (id: string, choice: Choice) => {
    setChoices((prev) => ({ ...prev, [id]: choice }));
    whatIf.reset();
  };
  const open = data.initiatives.filter((i) => i.status !== 'cancelled' && i.status !== 'done');
  const needle = query.trim().toLowerCase();
  // Picked ones stay listed whatever the search; the rest by priority rank, a page's worth.
  const matching = open.filter(
    (i) => choices[i.id]?.kind === 'move' || choices[i.id]?.kind === 'drop' || i.title.toLowerCase().includes(needle),
  );
  const shown = matching.slice(0, SHOWN);
  const run = () =>
    whatIf.mutate(
      {
        changes: picked.map(([initiativeId, c]) =>
          c.kind === 'move'
            ? { kind: 'move' as const, initiativeId, weeks: c.weeks }
            : { kind: 'drop' as const, initiativeId },
        ),
      },
      { onError: (e) => notifyError(e, "Couldn't run the what-if") },
    );

  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb={4}>
        <IconFlask size={20} aria-hidden />
        <Title order={2} size="h4">
          What if…
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Pick initiatives to move or drop and see the effect. Nothing is saved unless you apply a move.
      </Text>
      <TextInput
        mb="sm"
        maw={360}
        label="Find an initiative"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Initiatives to try moving or dropping" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Initiative</Table.Th>
              <Table.Th>Dates</Table.Th>
              <Table.Th>Effort</Table.Th>
              <Table.Th>Try</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((i) => {
              const choice = choices[i.id] ?? { kind: 'keep' };
              return (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.title}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDay(i.start)} – {formatDay(i.end)}
                  </Table.Td>
                  <Table.Td>{wk(i.effortWeeks)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <SegmentedControl
                        size="xs"
                        aria-label={`What to try with ${i.title}`}
                        value={choice.kind}
                        onChange={(v) =>
                          set(
                            i.id,
                            v === 'move'
                              ? { kind: 'move', weeks: 4 }
                              : v === 'drop'
                                ? { kind: 'drop' }
                                : { kind: 'keep' },
                          )
                        }
                        data={[
                          { value: 'keep', label: 'Keep' },
                          { value: 'move', label: 'Move' },
                          { value: 'drop', label: 'Drop' },
                        ]}
                      />
                      {choice.kind === 'move' && (
                        <NumberInput
                          size="xs"
                          w={110}
                          aria-label={`Weeks to move ${i.title} (negative: earlier)`}
                          suffix=" wk"
                          min={-52}
                          max={52}
                          value={choice.weeks}
                          onChange={(v) => set(i.id, { kind: 'move', weeks: Number(v) || 0 })}
                        />
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {matching.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {matching.length - SHOWN} more by priority rank: search to find one.
        </Text>
      )}
      {matching.length === 0 && (
        <Text size="sm" c="dimmed">
          No open initiative matches.
        </Text>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" disabled={picked.length === 0} onClick={() => setChoices({})}>
          Clear
        </Button>
        <Button onClick={run} loading={whatIf.isPending} disabled={picked.length === 0}>
          See the effect
        </Button>
      </Group>
      {whatIf.data && (
        <WhatIfResult
          result={whatIf.data}
          teamName={(id) => (id === null ? 'No team' : (teamName.get(id) ?? 'Team'))}
          title={(id) => title.get(id) ?? 'Initiative'}
          onApply={(id, start, end) => {
            const initiative = data.initiatives.find((i) => i.id === id);
            if (!initiative) return;
            apply.mutate(
              { id, version: initiative.version, start, end },
              {
                onSuccess: () => {
                  notifySuccess(`Moved “${initiative.title}”`, `Now ${formatDay(start)} – ${formatDay(end)}`);
                  setChoices({});
                  whatIf.reset();
                },
                onError: (e) => {
                  if (!handleRoadmapConflict(e)) notifyError(e, "Couldn't move the initiative");
                },
              },
            );
          }}
          applying={apply.isPending}
          canApply={(id) => data.initiatives.find((i) => i.id === id)?.editable ?? false}
        />
      )}
    </Card>
  );
}

function WhatIfResult({
  result,
  teamName,
  title,
  onApply,
  applying,
  canApply,
}: {
  result: CapacityWhatIf;
  teamName: (id: string | null) => string;
  title: (id: string) => string;
  onApply: (id: string, start: string, end: string) => void;
  applying: boolean;
  canApply: (id: string) => boolean;
}) {
  const changed = result.cells.filter((c) => c.deltaWeeks !== 0);
  const path = result.criticalPath;
  return (
    <Stack gap="md" mt="lg" aria-live="polite">
      <Title order={3} size="h5">
        Effect
      </Title>
      <Group gap="xs">
        {result.relieved.map((r) => (
          <Badge key={`r-${r.teamId}-${r.period}`} color="green" variant="light">
            {teamName(r.teamId)} {r.period.replace(/^FY20(\d\d)-/, 'FY$1 ')}: no longer over capacity
          </Badge>
        ))}
        {result.newlyOverAllocated.map((r) => (
          <Badge key={`n-${r.teamId}-${r.period}`} color="red" variant="light">
            {teamName(r.teamId)} {r.period.replace(/^FY20(\d\d)-/, 'FY$1 ')}: newly over capacity
          </Badge>
        ))}
      </Group>
      {changed.length === 0 ? (
        <Text size="sm" c="dimmed">
          No team-quarter changes (the initiatives picked have no effort estimate, or stay in the same quarters).
        </Text>
      ) : (
        <Table aria-label="Planned effort before and after" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Team</Table.Th>
              <Table.Th>Quarter</Table.Th>
              <Table.Th>Capacity</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.map((c) => (
              <Table.Tr key={`${c.teamId}-${c.period}`}>
                <Table.Td>{teamName(c.teamId)}</Table.Td>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td>{wk(c.capacityWeeks)}</Table.Td>
                <Table.Td c={(c.before.overAllocatedWeeks ?? 0) > 0 ? 'red.8' : undefined}>
                  {wk(c.before.plannedWeeks)}
                  {(c.before.overAllocatedWeeks ?? 0) > 0 ? ` (+${wk(c.before.overAllocatedWeeks)} over)` : ''}
                </Table.Td>
                <Table.Td c={(c.after.overAllocatedWeeks ?? 0) > 0 ? 'red.8' : undefined}>
                  {wk(c.after.plannedWeeks)}
                  {(c.after.overAllocatedWeeks ?? 0) > 0
                    ? ` (+${wk(c.after.overAllocatedWeeks)} over)`
                    : ' (within capacity)'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {path.ok ? (
        <Alert color={path.lateFixedMilestones.length > 0 ? 'red' : 'gray'} title="Critical path and fixed dates">
          <Stack gap={4}>
            <Text size="sm">
              Finish {path.before.finish ? formatDay(path.before.finish) : '—'} →{' '}
              {path.after.finish ? formatDay(path.after.finish) : '—'}
              {path.finishDeltaDays
                ? ` (${path.finishDeltaDays > 0 ? '+' : ''}${path.finishDeltaDays} days)`
                : ' (unchanged)'}
              {path.brokenDependencies > 0
                ? ` · breaks ${path.brokenDependencies} dependenc${path.brokenDependencies === 1 ? 'y' : 'ies'}`
                : ''}
            </Text>
            {path.lateFixedMilestones.length > 0 && (
              <List size="sm">
                {path.lateFixedMilestones.map((m) => (
                  <List.Item key={m.milestoneId}>
                    Fixed date “{m.title}” would be {m.daysLate} days late
                    {m.daysLateBefore > 0 ? ` (already ${m.daysLateBefore} before)` : ''}
                  </List.Item>
                ))}
              </List>
            )}
            {path.resolvedFixedMilestones.length > 0 && (
              <Text size="sm">{path.resolvedFixedMilestones.length} fixed date(s) back on time.</Text>
            )}
          </Stack>
        </Alert>
      ) : (
        <Alert color="red" title="Dependency cycle">
          The roadmap has a dependency cycle; the critical path cannot be computed.
        </Alert>
      )}
      {result.keyResults.length > 0 && (
        <Alert color="yellow" title="Key results served">
          <List size="sm">
            {result.keyResults.map((k) => (
              <List.Item key={`${k.initiativeId}-${k.keyResultId}`}>
                {k.title} — served by “{title(k.initiativeId)}”
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result.changes
        .filter((c) => c.kind === 'move' && c.start && c.end && canApply(c.initiativeId))
        .map((c) => (
          <Group key={c.initiativeId} justify="space-between">
            <Text size="sm">
              Move “{title(c.initiativeId)}” to {formatDay(c.start!)} – {formatDay(c.end!)}
            </Text>
            <Button
              size="xs"
              variant="light"
              loading={applying}
              onClick={() => onApply(c.initiativeId, c.start!, c.end!)}
            >
              Apply this move
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
