import { Badge, Group } from '@mantine/core';
import { DECISION_STATUS_LABELS, type DecisionStatus } from '@policyops/contracts';

const STATUS_COLORS: Record<DecisionStatus, string> = {
  proposed: 'yellow',
  accepted: 'green',
  superseded: 'gray',
  revoked: 'red',
};

/** A decision's status, with "partly superseded" and "revisit due" beside it when they apply. */
export function DecisionBadges({
  status,
  partlySuperseded,
  revisitDue,
}: {
  status: DecisionStatus;
  partlySuperseded: boolean;
  revisitDue: boolean;
}) {
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={STATUS_COLORS[status]} variant="light">
        {DECISION_STATUS_LABELS[status]}
      </Badge>
      {partlySuperseded ? (
        <Badge color="gray" variant="outline">
          Partly superseded
        </Badge>
      ) : null}
      {revisitDue ? (
        <Badge color="orange" variant="filled">
          Revisit due
        </Badge>
      ) : null}
    </Group>
  );
}
