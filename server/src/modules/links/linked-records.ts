import type { LinkedRecord, LinkedRecordKind, LinkedRecordRef } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import { viewerOf } from '../policies/policy-access.js';
import * as repo from './linked-records.repository.js';

/** Finds the records of one kind the viewer may see; ids that are missing or hidden are left out. */
export type LinkTargetResolver = (db: DbScope, actor: Actor, ids: string[]) => Promise<repo.LinkTargetRow[]>;

/**
 * Links between governance records (RAID items, decisions, actions, working groups) and the records
 * they concern. One place checks that a link points at something the caller may see and names it; the
 * library's need-to-know rule comes with it: a record linked to a restricted policy, directly or
 * through a CR on one, is hidden from whoever may not see that policy (see `hiddenFrom`).
 * Policy, initiative and change request are built in; working groups and meetings register theirs.
 */
export class LinkedRecords {
  private readonly resolvers = new Map<LinkedRecordKind, LinkTargetResolver>([
    ['policy', (db, actor, ids) => repo.visiblePolicies(db, viewerOf(actor), ids)],
    ['initiative', (db, _actor, ids) => repo.initiatives(db, ids)],
    ['change_request', (db, actor, ids) => repo.visibleChangeRequests(db, viewerOf(actor), ids)],
  ]);

  register(kind: LinkedRecordKind, resolver: LinkTargetResolver): void {
    this.resolvers.set(kind, resolver);
  }

  /** The links the caller may see, titled, in the order given. */
  async resolve(db: DbScope, actor: Actor, refs: readonly LinkedRecordRef[]): Promise<LinkedRecord[]> {
    const found = await this.lookUp(db, actor, refs);
    return refs.flatMap((ref) => {
      const row = found.get(`${ref.kind}:${ref.id}`);
      return row ? [{ kind: ref.kind, id: ref.id, title: row.title, href: row.href }] : [];
    });
  }

  /**
   * Throws VALIDATION_FAILED naming `${field}.${i}.id` for each link to a record that does not exist or
   * that the caller may not see (the two read the same, so a link reveals nothing), and for duplicates.
   */
  async requireAll(db: DbScope, actor: Actor, refs: readonly LinkedRecordRef[], field: string): Promise<void> {
    const found = await this.lookUp(db, actor, refs);
    const seen = new Set<string>();
    const errors = refs.flatMap((ref, i) => {
      const key = `${ref.kind}:${ref.id}`;
      const duplicate = seen.has(key);
      seen.add(key);
      if (duplicate) return [{ path: `${field}.${i}.id`, message: 'This record is already linked' }];
      return found.has(key) ? [] : [{ path: `${field}.${i}.id`, message: `No such ${ref.kind.replace('_', ' ')}` }];
    });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors[0]!.message, errors);
  }

  /**
   * True when the record's links put it behind a policy the caller may not see: a link to a restricted
   * policy, or to a CR on one. Lists filter with it; single reads answer NOT_FOUND.
   */
  async hiddenFrom(db: DbScope, actor: Actor, refs: readonly LinkedRecordRef[]): Promise<boolean> {
    const policyIds = await this.policiesBehind(db, refs);
    if (policyIds.length === 0) return false;
    const visible = await repo.visiblePolicies(db, viewerOf(actor), policyIds);
    return visible.length < policyIds.length;
  }

  /** The policies a set of links concerns: linked policies and the target policies of linked CRs. */
  async policiesBehind(db: DbScope, refs: readonly LinkedRecordRef[]): Promise<string[]> {
    const direct = refs.filter((r) => r.kind === 'policy').map((r) => r.id);
    const crIds = refs.filter((r) => r.kind === 'change_request').map((r) => r.id);
    const viaCrs = [...(await repo.policiesOfChangeRequests(db, crIds)).values()];
    return [...new Set([...direct, ...viaCrs])];
  }

  private async lookUp(
    db: DbScope,
    actor: Actor,
    refs: readonly LinkedRecordRef[],
  ): Promise<Map<string, repo.LinkTargetRow>> {
    const byKind = new Map<LinkedRecordKind, string[]>();
    for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
    const found = new Map<string, repo.LinkTargetRow>();
    for (const [kind, ids] of byKind) {
      const resolver = this.resolvers.get(kind);
      if (!resolver) continue;
      for (const row of await resolver(db, actor, [...new Set(ids)])) found.set(`${kind}:${row.id}`, row);
    }
    return found;
  }
}
