import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import type { ChangeRequest, CrLane, CrStage } from '@policyops/contracts';
import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { formatDate } from '../../../lib/format';
import { CR_LANE_LABELS, CR_STAGE_LABELS, LANE_COLORS, STAGE_COLORS, crNumber } from '../cr-labels';

/** A YYYY-MM-DD day as written ("Jan 8, 2027"), not shifted by the viewer's zone. */
export const formatDay = (date: string) => formatDate(`${date}T12:00:00`);

/**
 * A link to a CR's page. A plain href navigated by the router, because the CR page's route is
 * registered by the CR page's own work (its typed path may not exist when this list builds).
 */
export function CrLink({ cr, children }: { cr: Pick<ChangeRequest, 'id' | 'number'>; children?: ReactNode }) {
  // No router around (a component test): the href alone navigates.
  const router = useRouter({ warn: false }) as ReturnType<typeof useRouter> | undefined;
  const href = `/change-requests/${encodeURIComponent(cr.id)}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      !router ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    void router.navigate({ href });
  };
  return (
    <Anchor href={href} onClick={onClick} fw={600} size="sm">
      {children ?? crNumber(cr.number)}
    </Anchor>
  );
}

export function StageBadge({ stage }: { stage: CrStage }) {
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} style={{ textTransform: 'none' }}>
      {CR_STAGE_LABELS[stage]}
    </Badge>
  );
}

/** The lane, with why on hover and keyboard focus. */
export function LaneBadge({ lane, reason }: { lane: CrLane; reason: string }) {
  return (
    <Tooltip label={reason} multiline maw={300} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge
        variant="light"
        color={LANE_COLORS[lane]}
        tabIndex={0}
        aria-label={`${CR_LANE_LABELS[lane]}: ${reason}`}
        style={{ textTransform: 'none', cursor: 'help' }}
      >
        {lane === 'fast' ? 'Fast' : 'Full'}
      </Badge>
    </Tooltip>
  );
}

/** The score with its sum on hover; "—" until scored. */
export function ScoreText({ score }: { score: ChangeRequest['score'] }) {
  if (score.value === null)
    return (
      <Text size="sm" c="dimmed" component="span">
        Not scored
      </Text>
    );
  return (
    <Tooltip
      label={`${score.formula}: ${score.worked}`}
      multiline
      maw={300}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text size="sm" fw={600} component="span" tabIndex={0} aria-label={`Score ${score.value} (${score.worked})`}>
        {score.value}
      </Text>
    </Tooltip>
  );
}

/** Due date, and an overdue flag when the CR has been in its stage longer than the stage's target. */
export function DueAndOverdue({ cr }: { cr: ChangeRequest }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed" component="span">
        {cr.dueDate ? `Due ${formatDay(cr.dueDate)}` : 'No due date'}
      </Text>
      {cr.overdue ? (
        <Tooltip
          label={cr.stageDueOn ? `Over the stage target since ${formatDay(cr.stageDueOn)}` : 'Over the stage target'}
          events={{ hover: true, focus: true, touch: true }}
        >
          <Badge
            color="red"
            variant="light"
            size="sm"
            tabIndex={0}
            leftSection={<IconAlarm size={12} aria-hidden />}
            style={{ textTransform: 'none' }}
          >
            Overdue
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}
