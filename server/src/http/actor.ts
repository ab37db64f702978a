import { roleHas, type Permission, type Role } from '@policyops/contracts';
import { AppError } from './app-error.js';

/** Who is making a request, as the services see it. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  version: number;
  /** Set when authenticated by a browser session. */
  sessionId: string | null;
  sessionExpiresAt: string | null;
  /** Set when authenticated by a personal API token. */
  tokenId: string | null;
  requestId: string;
}

/** Throws FORBIDDEN unless the actor's role grants the permission. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!roleHas(actor.role, permission)) {
    throw new AppError('FORBIDDEN', `Your role (${actor.role}) does not allow ${permission}`);
  }
}

export function can(actor: Actor, permission: Permission): boolean {
  return roleHas(actor.role, permission);
}
