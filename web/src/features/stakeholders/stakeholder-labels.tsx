import { Badge } from '@mantine/core';
import { TEAM_FUNCTION_LABELS, type StakeholderSummary } from '@policyops/contracts';

/** "Legal · EMEA · Trust & Safety Legal", leaving out what is unknown. */
export function profileLine(person: Pick<StakeholderSummary, 'function' | 'region' | 'team'>): string {
  return [person.function ? TEAM_FUNCTION_LABELS[person.function] : null, person.region, person.team]
    .filter(Boolean)
    .join(' · ');
}

export function KindBadge({ kind }: { kind: StakeholderSummary['kind'] }) {
  return (
    <Badge variant="light" color={kind === 'account' ? 'indigo' : 'teal'} size="sm">
      {kind === 'account' ? 'Account' : 'Contact'}
    </Badge>
  );
}

export function InactiveBadge() {
  return (
    <Badge variant="outline" color="gray" size="sm">
      Inactive
    </Badge>
  );
}
