import { Badge, Tooltip } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import {
  INITIATIVE_HEALTH_LABELS,
  INITIATIVE_STATUS_LABELS,
  type InitiativeHealth,
  type InitiativePriority,
  type InitiativeStatus,
} from '@policyops/contracts';
import { HEALTH_COLORS, PRIORITY_COLORS, STATUS_COLORS, formatDay } from './roadmap-labels';

const NO_TRUNCATION = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} styles={NO_TRUNCATION}>
      {INITIATIVE_STATUS_LABELS[status]}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: InitiativePriority }) {
  return (
    <Badge
      variant="outline"
      color={PRIORITY_COLORS[priority]}
      styles={NO_TRUNCATION}
      aria-label={`Priority ${priority.toUpperCase()}`}
    >
      {priority.toUpperCase()}
    </Badge>
  );
}

/** The latest health, or "No update yet". */
export function HealthBadge({ health }: { health: InitiativeHealth | null }) {
  return (
    <Badge variant="light" color={health ? HEALTH_COLORS[health] : 'gray'} styles={NO_TRUNCATION}>
      {health ? INITIATIVE_HEALTH_LABELS[health] : 'No update yet'}
    </Badge>
  );
}

/** Shown when a health update is due: since when, on hover and to screen readers. */
export function UpdateDueBadge({ dueOn }: { dueOn: string | null }) {
  const since = dueOn ? `Update due since ${formatDay(dueOn)}` : 'Update due';
  return (
    <Tooltip label={since}>
      <Badge
        variant="filled"
        // A dark orange: white text on it is 6.8:1 (orange-8 is 3.6:1).
        color="#a33a0b"
        leftSection={<IconBellRinging size={12} aria-hidden />}
        styles={NO_TRUNCATION}
        tabIndex={0}
        aria-label={since}
      >
        Update due
      </Badge>
    </Tooltip>
  );
}
