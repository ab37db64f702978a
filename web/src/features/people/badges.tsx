import { Badge } from '@mantine/core';
import { ROLE_LABELS } from '@policyops/contracts';
import type { Role, UserStatus } from '@policyops/contracts';

const ROLE_COLORS: Record<Role, string> = {
  admin: 'grape',
  program_manager: 'indigo',
  policy_owner: 'violet',
  contributor: 'blue',
  xfn_reviewer: 'cyan',
  viewer: 'gray',
};

// Short labels: let them size their table column instead of being cut to "Program ma…".
const NO_TRUNCATION = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge variant="light" color={ROLE_COLORS[role]} styles={NO_TRUNCATION}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return status === 'active' ? (
    <Badge variant="dot" color="green" styles={NO_TRUNCATION}>
      Active
    </Badge>
  ) : (
    <Badge variant="dot" color="gray" styles={NO_TRUNCATION}>
      Deactivated
    </Badge>
  );
}
