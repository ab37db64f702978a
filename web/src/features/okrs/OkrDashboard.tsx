import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { KeyResult, Objective, OkrBoard } from '@policyops/contracts';
import { CONFIDENCE_LABELS } from '@policyops/contracts';
import { useState } from 'react';
import { AnchorLink } from '../../ui/router-links';
import { ConfidenceBadge } from './ConfidenceBadge';
import { CheckInDueBadge } from './KeyResultLine';
import { OkrProgress } from './OkrProgress';
import { Sparkline } from './Sparkline';
import { ageText, percentText, scoreText } from './okr-labels';

export interface OkrDashboardProps {
  board: OkrBoard;
  onCheckIn: (kr: KeyResult) => void;
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The quarter at a glance: figures, then every key result with its progress, trend, confidence and check-in age. */
export function OkrDashboard({ board, onCheckIn }: OkrDashboardProps) {
  const [show, setShow] = useState<'all' | 'due'>('all');
  const { summary } = board;
  const rows: { kr: KeyResult; objective: Objective }[] = board.objectives.flatMap((objective) =>
    objective.keyResults.map((kr) => ({ kr, objective })),
  );
  const visible = show === 'due' ? rows.filter((r) => r.kr.checkInDue) : rows;
  const statusLine = (['on_track', 'at_risk', 'off_track'] as const)
    .map((s) => `${summary.byStatus[s]} ${CONFIDENCE_LABELS[s].toLowerCase()}`)
    .join(' · ');

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Objectives" value={String(summary.objectives)} hint={statusLine} />
        <Stat label="Average progress" value={percentText(summary.progress)} hint="Mean of the objectives’ roll-ups" />
        <Stat label="Key results" value={String(summary.keyResults)} />
        <Stat label="Check-ins due" value={String(summary.checkInsDue)} hint="No check-in in the last 7 days" />
      </SimpleGrid>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="okr-dash-objectives">
        <Text fw={600} component="h2" size="lg" m={0} mb="xs" id="okr-dash-objectives">
          Objectives
        </Text>
        <Stack gap={6}>
          {board.objectives.map((o) => (
            <Group key={o.id} wrap="nowrap" gap="md">
              <Stack gap={0} style={{ flex: '1 1 0', minWidth: 0 }}>
                <AnchorLink
                  to="/okrs/objectives/$objectiveId"
                  params={{ objectiveId: o.id }}
                  size="sm"
                  fw={500}
                  truncate="end"
                  c="var(--mantine-color-text)"
                >
                  {o.title}
                </AnchorLink>
                <Text size="xs" c="dimmed" truncate="end">
                  {o.owner.name}
                  {o.team ? ` · ${o.team.name}` : ''}
                  {o.periodKey !== board.period.key ? ` · ${o.periodLabel}` : ''}
                </Text>
              </Stack>
              <div style={{ width: 280, display: 'flex' }}>
                <OkrProgress value={o.progress} label={`Progress of ${o.title}`} size="sm" />
              </div>
              <div style={{ width: 150 }}>
                <ConfidenceBadge
                  confidence={o.status.value}
                  overrideReason={o.status.source === 'override' ? o.status.reason : null}
                />
              </div>
              <Text size="sm" w={80} ta="right">
                {o.score !== null ? `score ${scoreText(o.score)}` : ''}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600} component="h2" size="lg" m={0}>
          Key results
        </Text>
        <SegmentedControl
          aria-label="Which key results"
          value={show}
          onChange={(v) => setShow(v as 'all' | 'due')}
          data={[
            { value: 'all', label: `All (${rows.length})` },
            { value: 'due', label: `Check-ins due (${summary.checkInsDue})` },
          ]}
        />
      </Group>
      {visible.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {show === 'due'
            ? 'Every key result has a check-in from the last 7 days.'
            : 'No key results in this view yet.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Key result</Table.Th>
                <Table.Th scope="col" w={220}>
                  Progress
                </Table.Th>
                <Table.Th scope="col" w={140}>
                  Trend
                </Table.Th>
                <Table.Th scope="col" w={130}>
                  Confidence
                </Table.Th>
                <Table.Th scope="col" w={150}>
                  Last check-in
                </Table.Th>
                <Table.Th scope="col" w={110}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map(({ kr, objective }) => (
                <Table.Tr key={kr.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {kr.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <AnchorLink to="/okrs/objectives/$objectiveId" params={{ objectiveId: objective.id }} size="xs">
                        {objective.title}
                      </AnchorLink>{' '}
                      · {objective.owner.name}
                      {kr.score !== null ? ` · score ${scoreText(kr.score)}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OkrProgress value={kr.progress} label={`Progress of ${kr.title}`} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Sparkline points={kr.trend} subject={`Trend of ${kr.title}`} />
                  </Table.Td>
                  <Table.Td>
                    <ConfidenceBadge confidence={kr.confidence} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm">{ageText(kr.lastCheckInAgeDays)}</Text>
                      <CheckInDueBadge keyResult={kr} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {kr.abilities.checkIn ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => onCheckIn(kr)}
                        aria-label={`Check in on ${kr.title}`}
                      >
                        Check in
                      </Button>
                    ) : kr.score !== null ? (
                      <Badge variant="outline">Scored</Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        Trend: progress at each check-in, oldest to newest; each dot is that check-in’s confidence (green on track,
        yellow at risk, red off track). A check-in is due when a key result has none from the last 7 days.
      </Text>
    </Stack>
  );
}
