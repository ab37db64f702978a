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
  'roadmap.read',
  'roadmap.manage',
  'roadmap.edit_own',
  'okrs.read',
  'okrs.manage',
  'okrs.contribute',
  'okrs.reopen',
  'jobs.manage',
  'change_requests.read',
  'change_requests.manage',
  'governance.read',
  'governance.manage',
  'decisions.accept',
  'stakeholders.manage',
  'metrics.read',
  'metrics.ingest',
  'metrics.analyse',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Everyone signed in reads the directory and the library, and comments on and watches what they can see. */
const EVERYONE: Permission[] = [
  'directory.read',
  'policies.read',
  'comments.write',
  'roadmap.read',
  'okrs.read',
  'change_requests.read',
  'governance.read',
  'metrics.read',
];

/**
 * The one readable table of who may do what. Services check it; the route x role test
 * walks it; the web app reads the caller's permissions from the session to show controls.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...PERMISSIONS],
  program_manager: [
    ...EVERYONE,
    'teams.manage',
    'policies.manage',
    'policies.draft',
    'policies.publish',
    'roadmap.manage',
    'roadmap.edit_own',
    'okrs.manage',
    'okrs.contribute',
    'change_requests.manage',
    'governance.manage',
    'decisions.accept',
    'stakeholders.manage',
    'metrics.ingest',
    'metrics.analyse',
  ],
  policy_owner: [
    ...EVERYONE,
    'policies.manage',
    'policies.draft',
    'policies.approve',
    'policies.publish',
    'roadmap.edit_own',
    'okrs.contribute',
    'change_requests.manage',
    'governance.manage',
    'decisions.accept',
    'metrics.analyse',
  ],
  contributor: [...EVERYONE, 'policies.draft', 'okrs.contribute', 'change_requests.manage', 'governance.manage'],
  xfn_reviewer: [...EVERYONE, 'okrs.contribute'],
  viewer: [...EVERYONE],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
