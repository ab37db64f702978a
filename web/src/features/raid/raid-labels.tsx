import { Badge } from '@mantine/core';
import { RAID_STATUS_LABELS, RISK_BAND_LABELS, type RiskBand } from '@policyops/contracts';

/** Band colours; the band's name is always written beside the colour, never the colour alone. */
export const BAND_COLORS: Record<RiskBand, string> = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export function BandBadge({ band, score }: { band: RiskBand; score?: number }) {
  return (
    <Badge color={BAND_COLORS[band]} variant="light">
      {score !== undefined ? `${score} · ` : ''}
      {RISK_BAND_LABELS[band]}
    </Badge>
  );
}

const STATUS_COLORS: Record<string, string> = {
  open: 'blue',
  mitigating: 'yellow',
  occurred: 'red',
  blocked: 'red',
  invalid: 'red',
  rejected: 'gray',
  closed: 'gray',
  resolved: 'green',
  delivered: 'green',
  valid: 'green',
  committed: 'indigo',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="outline">
      {RAID_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}
