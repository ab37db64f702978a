import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { KeyResultDetail } from '@policyops/contracts';
import { formatDate } from '../../lib/format';
import { CommentBody } from '../collaboration';
import { ConfidenceBadge } from './ConfidenceBadge';
import { CheckInDueBadge } from './KeyResultLine';
import { OkrProgress } from './OkrProgress';
import { Sparkline } from './Sparkline';
import { CONFIDENCE_COLORS, ageText, currentText, formatMeasure, scoreText, targetText } from './okr-labels';

export interface KeyResultPanelProps {
  keyResult: KeyResultDetail;
  onCheckIn: (kr: KeyResultDetail) => void;
  onEdit: (kr: KeyResultDetail) => void;
  onDelete: (kr: KeyResultDetail) => void;
}

/** A key result on its objective's page: the rule behind its progress, its trend and every check-in. */
export function KeyResultPanel({ keyResult: kr, onCheckIn, onEdit, onDelete }: KeyResultPanelProps) {
  const headingId = `kr-${kr.id}`;
  const binary = kr.type === 'milestone' || kr.type === 'yes_no';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} id={headingId} component="h3" m={0} size="md" style={{ overflowWrap: 'anywhere' }}>
              {kr.title}
            </Text>
            <Text size="xs" c="dimmed">
              {targetText(kr)} · now {currentText(kr)} · weight {kr.weight}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <ConfidenceBadge confidence={kr.confidence} />
            <CheckInDueBadge keyResult={kr} />
            {kr.abilities.checkIn ? (
              <Button size="compact-sm" onClick={() => onCheckIn(kr)} aria-label={`Check in on ${kr.title}`}>
                Check in
              </Button>
            ) : null}
            {kr.abilities.update || kr.abilities.delete ? (
              <Menu position="bottom-end" shadow="md">
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${kr.title}`}>
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {kr.abilities.update ? (
                    <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(kr)}>
                      Edit…
                    </Menu.Item>
                  ) : null}
                  {kr.abilities.delete ? (
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => onDelete(kr)}
                    >
                      Delete…
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>
        <Group gap="lg" wrap="wrap" align="center">
          <div style={{ flex: '1 1 280px', display: 'flex' }}>
            <OkrProgress value={kr.progress} label={`Progress of ${kr.title}`} />
          </div>
          <Sparkline points={kr.trend} subject={`Trend of ${kr.title}`} width={160} height={32} />
        </Group>
        <Text size="xs" c="dimmed">
          How: {kr.progressExplanation} · last check-in {ageText(kr.lastCheckInAgeDays)}
        </Text>
        {kr.score !== null ? (
          <Text size="sm">
            <Badge variant="filled" color="indigo" mr="xs">
              Score {scoreText(kr.score)}
            </Badge>
            {kr.scoreComment}
          </Text>
        ) : null}
        {kr.checkIns.length ? (
          <Timeline bulletSize={14} lineWidth={2} mt="xs" aria-label={`Check-ins on ${kr.title}`}>
            {kr.checkIns.map((c) => (
              <Timeline.Item
                key={c.id}
                color={CONFIDENCE_COLORS[c.confidence]}
                title={
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {binary
                        ? currentText({ type: kr.type, currentValue: c.value, unit: kr.unit })
                        : formatMeasure(c.value, kr.unit)}
                    </Text>
                    <ConfidenceBadge confidence={c.confidence} />
                    <Text size="xs" c="dimmed">
                      {formatDate(c.date)} · {c.author?.name ?? 'Deleted user'}
                    </Text>
                  </Group>
                }
              >
                {c.comment ? <CommentBody markdown={c.comment} /> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <Text size="sm" c="dimmed">
            No check-ins yet
            {kr.abilities.checkIn ? ': check in weekly with the value, your confidence and a line on what moved.' : '.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
