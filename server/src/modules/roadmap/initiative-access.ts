import { can, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';

/**
 * Who may change an initiative: program managers and admins (roadmap.manage) any of them, policy
 * owners (roadmap.edit_own) the ones they own. The same people post its health updates.
 */
export function canEditInitiative(actor: Pick<Actor, 'id' | 'role'>, ownerId: string): boolean {
  return can(actor as Actor, 'roadmap.manage') || (can(actor as Actor, 'roadmap.edit_own') && ownerId === actor.id);
}

export function initiativeAbilities(actor: Actor, ownerId: string) {
  const edit = canEditInitiative(actor, ownerId);
  return { update: edit, delete: can(actor, 'roadmap.manage'), postUpdate: edit };
}

/** Throws FORBIDDEN unless the actor may change this initiative. */
export function assertCanEdit(actor: Actor, ownerId: string, title: string): void {
  if (!canEditInitiative(actor, ownerId))
    throw new AppError('FORBIDDEN', `Only its owner, program managers and admins may change the initiative "${title}"`);
}
