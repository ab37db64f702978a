import type { Actor } from '../../http/actor.js';

/** The user whose need-to-know limits what is visible; null sees every policy (admins). */
export type Viewer = string | null;

/** Admins see every policy; everyone else sees restricted ones only as an owner or member. */
export function viewerOf(actor: Pick<Actor, 'id' | 'role'>): Viewer {
  return actor.role === 'admin' ? null : actor.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Policies are addressed by id or by slug in URLs. */
export function policyRef(idOrSlug: string): { id: string } | { slug: string } {
  return UUID.test(idOrSlug) ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug };
}
