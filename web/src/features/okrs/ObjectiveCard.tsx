import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconSitemap } from '@tabler/icons-react';
import type { KeyResult, Objective } from '@policyops/contracts';
import { AnchorLink } from '../../ui/router-links';
import { ConfidenceBadge } from './ConfidenceBadge';
import { KeyResultLine } from './KeyResultLine';
import { OkrProgress } from './OkrProgress';
import { scoreText } from './okr-labels';

export interface ObjectiveCardProps {
  objective: Objective;
  /** Shows the period beside the title (a quarter objective in the year's view). */
  showPeriod?: boolean;
  onCheckIn: (kr: KeyResult) => void;
  onAddKeyResult: (objective: Objective) => void;
}

/** An objective with its roll-up (and the formula behind it), its status and its key results. */
export function ObjectiveCard({ objective: o, showPeriod, onCheckIn, onAddKeyResult }: ObjectiveCardProps) {
  const headingId = `objective-${o.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <AnchorLink
                to="/okrs/objectives/$objectiveId"
                params={{ objectiveId: o.id }}
                fw={650}
                size="md"
                c="var(--mantine-color-text)"
                id={headingId}
                style={{ overflowWrap: 'anywhere' }}
              >
                {o.title}
              </AnchorLink>
              {showPeriod ? (
                <Badge variant="outline" color="gray" size="sm">
                  {o.periodLabel}
                </Badge>
              ) : null}
              {o.locked ? (
                <Badge variant="light" color="gray" size="sm">
                  Closed
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {o.owner.name}
              {o.team ? ` · ${o.team.name}` : ''}
              {o.childCount ? ` · ${o.childCount} aligned` : ''}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {o.score !== null ? (
              <Badge variant="filled" color="indigo" title={o.scoreFormula}>
                Score {scoreText(o.score)}
              </Badge>
            ) : null}
            <ConfidenceBadge
              confidence={o.status.value}
              overrideReason={o.status.source === 'override' ? o.status.reason : null}
            />
          </Group>
        </Group>
        <OkrProgress value={o.progress} label={`Progress of ${o.title}`} />
        <Text size="xs" c="dimmed" data-testid="progress-formula">
          <IconSitemap size={12} aria-hidden style={{ verticalAlign: -1, marginRight: 4 }} />
          {o.progressFormula}
        </Text>
        {o.score !== null ? (
          <Text size="xs" c="dimmed">
            Score: {o.scoreFormula}
          </Text>
        ) : null}
        {o.keyResults.length ? (
          <Stack gap={0} component="section" aria-label={`Key results of ${o.title}`}>
            {o.keyResults.map((kr) => (
              <KeyResultLine key={kr.id} keyResult={kr} onCheckIn={onCheckIn} />
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No key results yet{o.abilities.addKeyResult ? ': add two to five measurable results.' : '.'}
          </Text>
        )}
        {o.abilities.addKeyResult ? (
          <Group>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => onAddKeyResult(o)}
              aria-label={`Add a key result to ${o.title}`}
            >
              Add key result
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
