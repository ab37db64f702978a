import { can, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';

/**
 * Who may change an objective and its key results, and check in: program managers and admins
 * (okrs.manage) on every objective; anyone else with okrs.contribute (everyone but viewers) on the
 * objectives they own. Locking by a closed period comes on top of this (see okr-locks.ts).
 */
export function mayEditObjective(actor: Actor, ownerId: string): boolean {
  return can(actor, 'okrs.manage') || (can(actor, 'okrs.contribute') && actor.id === ownerId);
}

/** Throws FORBIDDEN unless the actor may edit the objective (owned by `ownerId`). */
export function assertMayEditObjective(actor: Actor, ownerId: string): void {
  if (!mayEditObjective(actor, ownerId))
    throw new AppError(
      'FORBIDDEN',
      'Only the objective’s owner, program managers and admins may change it or check in on its key results',
    );
}
