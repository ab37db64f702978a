import { Badge, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { MarketVersionState, PolicyStatus, VersionState } from '@policyops/contracts';
import { POLICY_STATUS_LABELS, marketStateTexts, versionStateText } from './policy-labels';

// "light" badges use shade 9 text on shade 1 (the theme darkens green and yellow further): AA.
const STATUS_COLORS: Record<PolicyStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  scheduled: 'teal',
  live: 'green',
  retired: 'red',
};

const STATE_COLORS: Record<VersionState, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  scheduled: 'teal',
  live: 'green',
  superseded: 'grape',
};

const NO_TRUNCATION = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export const RESTRICTED_HINT = 'Restricted: visible to members only';

export function PolicyStatusBadge({ status }: { status: PolicyStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} styles={NO_TRUNCATION}>
      {POLICY_STATUS_LABELS[status]}
    </Badge>
  );
}

export interface VersionStateBadgeProps {
  state: VersionState;
  /** With it, a scheduled version says when it takes effect. */
  effectiveDate?: string | null;
  /** With them, markets where the version stands otherwise get a badge of their own. */
  marketStates?: readonly MarketVersionState[];
}

/** A version's state today ("Scheduled · takes effect 15 Jan 2027"), and where a market differs. */
export function VersionStateBadge({ state, effectiveDate = null, marketStates = [] }: VersionStateBadgeProps) {
  const badge = (
    <Badge variant="light" color={STATE_COLORS[state]} styles={NO_TRUNCATION}>
      {versionStateText(state, effectiveDate)}
    </Badge>
  );
  const others = marketStateTexts(state, marketStates);
  if (others.length === 0) return badge;
  return (
    <Group gap={6} wrap="wrap" component="span">
      {badge}
      {others.map((market) => (
        <Badge key={market.marketId} variant="light" color={STATE_COLORS[market.state]} styles={NO_TRUNCATION}>
          {market.text}
        </Badge>
      ))}
    </Group>
  );
}

/** The lock of a restricted policy: focusable, so keyboard users get the tooltip too. */
export function RestrictedIcon() {
  return (
    <Tooltip label={RESTRICTED_HINT}>
      <span
        role="img"
        aria-label={RESTRICTED_HINT}
        tabIndex={0}
        style={{ display: 'inline-flex', color: 'var(--mantine-color-dimmed)' }}
      >
        <IconLock size={16} aria-hidden />
      </span>
    </Tooltip>
  );
}

export function RestrictedBadge() {
  return (
    <Tooltip label={RESTRICTED_HINT}>
      <Badge variant="light" color="orange" leftSection={<IconLock size={12} aria-hidden />} styles={NO_TRUNCATION}>
        Restricted<VisuallyHidden>: visible to members only</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
