import { roleHas, type Role } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { AppError, fieldError } from '../../http/app-error.js';
import type { DbScope } from '../../db/scope.js';
import { viewerOf } from '../policies/policy-access.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import { resolveEnd, resolveStart } from './initiative-dates.js';
import * as repo from './initiatives.repository.js';

/**
 * The span an input describes, with each end resolved (a quarter to its first or last day). Throws
 * VALIDATION_FAILED naming body.end when it ends before it starts.
 */
export function resolveSpan(start: string, end: string, startMonth: number): { start: string; end: string } {
  const span = { start: resolveStart(start, startMonth), end: resolveEnd(end, startMonth) };
  if (span.end < span.start)
    throw fieldError(
      'body.end',
      `Ends (${span.end}) before it starts (${span.start}); pick an end on or after the start`,
    );
  return span;
}

/** The references an initiative's input makes, each checked in the caller's transaction. */
export class InitiativeChecks {
  constructor(
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  /** Owners are active people whose role may edit initiatives. Throws VALIDATION_FAILED (body.ownerId). */
  async owner(trx: DbScope, ownerId: string): Promise<void> {
    const user = await this.users.findById(trx, ownerId);
    if (!user || user.status !== 'active') throw fieldError('body.ownerId', 'Pick an active person as the owner');
    if (!roleHas(user.role as Role, 'roadmap.edit_own'))
      throw fieldError(
        'body.ownerId',
        `${user.name} cannot own initiatives: owners are admins, program managers or policy owners`,
      );
  }

  /** Throws VALIDATION_FAILED (body.areaIds). */
  async areas(trx: DbScope, ids: string[]): Promise<void> {
    const found = await repo.existingAreaIds(trx, ids);
    if (ids.some((id) => !found.has(id)))
      throw fieldError('body.areaIds', 'Contains a policy area that does not exist');
  }

  /** Throws VALIDATION_FAILED (body.teamIds). */
  async teamsExist(trx: DbScope, ids: string[]): Promise<void> {
    await this.teams.assertTeamsExist(trx, ids, 'body.teamIds');
  }

  /**
   * Every policy must be one the actor may see: one they may not is refused exactly like one that
   * does not exist, so the reply reveals nothing. Throws VALIDATION_FAILED (body.policyIds).
   */
  async policies(trx: DbScope, actor: Actor, ids: string[]): Promise<void> {
    const visible = await repo.visiblePolicyIds(trx, viewerOf(actor), ids);
    if (ids.some((id) => !visible.has(id))) throw fieldError('body.policyIds', 'Contains a policy that does not exist');
  }

  /** Of these policy ids, the ones the actor may see. */
  visiblePolicyIds(trx: DbScope, actor: Actor, ids: string[]): Promise<Set<string>> {
    return repo.visiblePolicyIds(trx, viewerOf(actor), ids);
  }

  /**
   * The parent exists and is neither the initiative nor below it. Throws VALIDATION_FAILED
   * (body.parentId) naming the loop.
   */
  async parent(trx: DbScope, selfId: string | null, parentId: string): Promise<void> {
    const title = await repo.titleOf(trx, parentId);
    if (title === undefined) throw fieldError('body.parentId', 'The parent initiative does not exist');
    if (selfId === null) return;
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let id: string | null | undefined = parentId; id; id = await repo.parentOf(trx, id)) {
      if (seen.has(id)) break;
      seen.add(id);
      chain.push(id);
      if (id === selfId) {
        // The chain runs up from the new parent to this initiative; read down it, then back to the parent.
        const titles = (await Promise.all(chain.map((c) => repo.titleOf(trx, c)))).reverse();
        const loop = [...titles, titles[0]].map((t) => `“${t}”`).join(' → ');
        throw new AppError('VALIDATION_FAILED', `An initiative cannot sit below itself: ${loop}`, [
          { path: 'body.parentId', message: `That would put the initiative below itself: ${loop}` },
        ]);
      }
    }
  }
}
