import { z } from 'zod';
import { ROLES } from './vocabulary.js';

export { ROLES, ROLE_LABELS } from './vocabulary.js';
export const RoleSchema = z.enum(ROLES).describe('Workspace role');
export type Role = z.infer<typeof RoleSchema>;

export const PERMISSIONS = [
  'directory.read',
  'users.manage',
  'teams.manage',
  'audit.read',
  'workspace.manage',
  'policies.read',
  'policies.manage',
  'policies.draft',
  'policies.approve',
  'policies.publish',
  'comments.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Everyone signed in reads the directory and the library, and comments on and watches what they can see. */
const EVERYONE: Permission[] = ['directory.read', 'policies.read', 'comments.write'];

/**
 * The one readable table of who may do what. Services check it; the route x role test
 * walks it; the web app reads the caller's permissions from the session to show controls.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...PERMISSIONS],
  program_manager: [...EVERYONE, 'teams.manage', 'policies.manage', 'policies.draft', 'policies.publish'],
  policy_owner: [...EVERYONE, 'policies.manage', 'policies.draft', 'policies.approve', 'policies.publish'],
  contributor: [...EVERYONE, 'policies.draft'],
  xfn_reviewer: [...EVERYONE],
  viewer: [...EVERYONE],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
