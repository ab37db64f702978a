import { Badge, Tooltip } from '@mantine/core';
import type { Confidence } from '@policyops/contracts';
import { CONFIDENCE_COLORS, confidenceLabel } from './okr-labels';

export interface ConfidenceBadgeProps {
  confidence: Confidence | null;
  /** An objective's status set by its owner: says so, with the reason on hover. */
  overrideReason?: string | null;
}

/** On track / at risk / off track, or "No check-in yet". */
export function ConfidenceBadge({ confidence, overrideReason }: ConfidenceBadgeProps) {
  const badge = (
    <Badge
      variant="light"
      color={confidence ? CONFIDENCE_COLORS[confidence] : 'gray'}
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
      tabIndex={overrideReason ? 0 : undefined}
    >
      {confidenceLabel(confidence)}
      {overrideReason ? ' · set by owner' : ''}
    </Badge>
  );
  return overrideReason ? <Tooltip label={`Owner’s status: ${overrideReason}`}>{badge}</Tooltip> : badge;
}
