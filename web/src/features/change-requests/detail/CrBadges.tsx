import { Badge, Tooltip } from '@mantine/core';
import { CR_LANE_LABELS, CR_STAGE_LABELS, type CrLane, type CrStage } from '@policyops/contracts';
import { formatDate } from '../../../lib/format';
import { LANE_COLORS, STAGE_COLORS } from '../cr-labels';

export function CrStageBadge({ stage }: { stage: CrStage }) {
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]}>
      {CR_STAGE_LABELS[stage]}
    </Badge>
  );
}

/** The lane, with why it applies on hover and focus (the reason is also written out beside it on the page). */
export function CrLaneBadge({ lane, reason }: { lane: CrLane; reason: string }) {
  return (
    <Tooltip label={reason} multiline w={320} withArrow>
      <Badge variant="light" color={LANE_COLORS[lane]} tabIndex={0} aria-label={`${CR_LANE_LABELS[lane]}: ${reason}`}>
        {CR_LANE_LABELS[lane]}
      </Badge>
    </Tooltip>
  );
}

export function CrOverdueBadge({ dueOn }: { dueOn: string | null }) {
  return (
    <Badge color="red" variant="filled">
      {dueOn ? `Overdue · stage due ${formatDate(dueOn)}` : 'Overdue'}
    </Badge>
  );
}

export { crNumber } from '../cr-labels';
