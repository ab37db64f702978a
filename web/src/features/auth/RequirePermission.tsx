import type { Permission } from '@policyops/contracts';
import type { ReactNode } from 'react';
import { NoAccess } from '../../ui/NoAccess';
import { useCan } from './useSession';

export interface RequirePermissionProps {
  permission: Permission;
  /** What the permission opens, for the message ("the audit log"). */
  what?: string;
  children: ReactNode;
}

/** Renders its children only for users holding the permission; others see "You don't have access". */
export function RequirePermission({ permission, what, children }: RequirePermissionProps) {
  const allowed = useCan(permission);
  return allowed ? <>{children}</> : <NoAccess what={what} />;
}
