import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { KeyResult } from '@policyops/contracts';
import { ConfidenceBadge } from './ConfidenceBadge';
import { OkrProgress } from './OkrProgress';
import { ageText, currentText, scoreText, targetText } from './okr-labels';

export interface KeyResultLineProps {
  keyResult: KeyResult;
  onCheckIn?: (kr: KeyResult) => void;
}

/** "Check-in due" when the server says so, with how long it has been. */
export function CheckInDueBadge({ keyResult }: { keyResult: KeyResult }) {
  if (!keyResult.checkInDue) return null;
  return (
    <Badge
      color="orange"
      variant="light"
      leftSection={<IconClockExclamation size={12} aria-hidden />}
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      Check-in due
    </Badge>
  );
}

/** One key result in a tree, on one line: what it aims at, where it stands, its confidence and its last check-in. */
export function KeyResultLine({ keyResult: kr, onCheckIn }: KeyResultLineProps) {
  return (
    <Group gap="md" py={8} wrap="wrap" align="center" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Stack gap={0} style={{ flex: '1 1 260px', minWidth: 0 }}>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {kr.title}
        </Text>
        <Text size="xs" c="dimmed">
          {targetText(kr)} · now {currentText(kr)}
          {kr.weight !== 1 ? ` · weight ${kr.weight}` : ''}
        </Text>
      </Stack>
      <Tooltip label={kr.progressExplanation}>
        <div style={{ flex: '0 1 260px', display: 'flex', minWidth: 160 }}>
          <OkrProgress value={kr.progress} label={`Progress of ${kr.title}`} size="sm" />
        </div>
      </Tooltip>
      <Group gap={6} wrap="nowrap" w={270} justify="flex-start">
        <ConfidenceBadge confidence={kr.confidence} />
        {kr.checkInDue ? (
          <CheckInDueBadge keyResult={kr} />
        ) : (
          <Text size="xs" c="dimmed">
            {kr.lastCheckInAgeDays === null ? 'never checked in' : `checked in ${ageText(kr.lastCheckInAgeDays)}`}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap" w={96} justify="flex-end">
        {kr.score !== null ? (
          <Badge variant="outline" color="indigo">
            Score {scoreText(kr.score)}
          </Badge>
        ) : null}
        {onCheckIn && kr.abilities.checkIn ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onCheckIn(kr)}
            aria-label={`Check in on ${kr.title}`}
          >
            Check in
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
