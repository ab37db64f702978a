import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { PolicyStatus, VersionState } from '@policyops/contracts';
import { POLICY_STATUS_LABELS, VERSION_STATE_LABELS } from './policy-labels';

// "light" badges use shade 9 text on shade 1 (the theme darkens green and yellow further): AA.
const STATUS_COLORS: Record<PolicyStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  live: 'green',
  retired: 'red',
};

const STATE_COLORS: Record<VersionState, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
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

export function VersionStateBadge({ state }: { state: VersionState }) {
  return (
    <Badge variant="light" color={STATE_COLORS[state]} styles={NO_TRUNCATION}>
      {VERSION_STATE_LABELS[state]}
    </Badge>
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
