import { Badge } from '@mantine/core';
import type { VersionState } from '@policyops/contracts';

type HomeState = Extract<VersionState, 'draft' | 'in_review' | 'approved' | 'scheduled' | 'live'>;

// The library's words and colours (policies/PolicyBadges.tsx), kept here so the home chunk does not load the
// library's label module, which pulls the policy schemas (zod) in with it.
const STATES: Record<HomeState, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  in_review: { label: 'In review', color: 'yellow' },
  approved: { label: 'Approved', color: 'blue' },
  scheduled: { label: 'Scheduled', color: 'teal' },
  live: { label: 'Live', color: 'green' },
};

/** A version's state as a small badge, for the states the home page lists. */
export function StateBadge({ state }: { state: VersionState }) {
  const shown = STATES[state as HomeState] ?? { label: state, color: 'gray' };
  return (
    <Badge variant="light" color={shown.color} size="sm" style={{ flexShrink: 0 }}>
      {shown.label}
    </Badge>
  );
}
