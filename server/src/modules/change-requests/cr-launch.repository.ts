import type {
  ChangeRequestConflictAcksTable,
  ChangeRequestLaunchesTable,
  ChangeRequestReviewsTable,
} from '../../db/change-requests-launch-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';
import type { CrRow } from './change-requests.repository.js';

export type LaunchRow = ChangeRequestLaunchesTable & { version_label: string };
export type ReviewRow = ChangeRequestReviewsTable & { completed_by_name: string | null };
export type AckRow = ChangeRequestConflictAcksTable & { by_name: string | null };

export async function launchesOf(scope: DbScope, ids: string[]): Promise<LaunchRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('change_request_launches as l')
    .innerJoin('policy_versions as v', 'v.id', 'l.policy_version_id')
    .selectAll('l')
    .select('v.label as version_label')
    .where('l.change_request_id', 'in', ids)
    .execute();
}

export async function insertLaunch(scope: DbScope, row: ChangeRequestLaunchesTable): Promise<void> {
  await queryBuilder(scope).insertInto('change_request_launches').values(row).execute();
}

/** Marks a waiting launch done; false when it was not waiting (a second run of the job). */
export async function markLaunched(scope: DbScope, id: string, at: string): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('change_request_launches')
    .set({ launched_at: at, scheduled_for: null })
    .where('change_request_id', '=', id)
    .where('launched_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The CR that launched this version or holds it as its draft, if any. */
export async function changeRequestOfVersion(
  scope: DbScope,
  versionId: string,
): Promise<{ id: string; number: number; title: string } | undefined> {
  const db = queryBuilder(scope);
  const launched = await db
    .selectFrom('change_request_launches as l')
    .innerJoin('change_requests as c', 'c.id', 'l.change_request_id')
    .select(['c.id', 'c.number', 'c.title'])
    .where('l.policy_version_id', '=', versionId)
    .executeTakeFirst();
  if (launched) return launched;
  return db
    .selectFrom('change_requests')
    .select(['id', 'number', 'title'])
    .where('draft_version_id', '=', versionId)
    .orderBy('number')
    .executeTakeFirst();
}

/** CRs whose proposed text is this draft. */
export async function holdingDraft(scope: DbScope, versionId: string): Promise<CrRow[]> {
  return queryBuilder(scope)
    .selectFrom('change_requests')
    .selectAll()
    .where('draft_version_id', '=', versionId)
    .execute();
}

export async function acksOf(scope: DbScope, id: string): Promise<AckRow[]> {
  return queryBuilder(scope)
    .selectFrom('change_request_conflict_acks as a')
    .leftJoin('users as u', 'u.id', 'a.acknowledged_by')
    .selectAll('a')
    .select('u.name as by_name')
    .where('a.change_request_id', '=', id)
    .execute();
}

export async function acksOfMany(scope: DbScope, ids: string[]): Promise<ChangeRequestConflictAcksTable[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('change_request_conflict_acks')
    .selectAll()
    .where('change_request_id', 'in', ids)
    .execute();
}

export async function upsertAck(scope: DbScope, row: ChangeRequestConflictAcksTable): Promise<void> {
  const db = queryBuilder(scope);
  await db
    .deleteFrom('change_request_conflict_acks')
    .where('change_request_id', '=', row.change_request_id)
    .where('conflict_key', '=', row.conflict_key)
    .execute();
  await db.insertInto('change_request_conflict_acks').values(row).execute();
}

/**
 * CRs that may conflict: with an effective date in [from, to], not rejected or withdrawn, and not
 * closed without a launch. Every CR counts whoever may see it (a hidden launch still collides), but the
 * caller names only those the viewer may see.
 */
export async function datedCrsBetween(scope: DbScope, from: string, to: string): Promise<CrRow[]> {
  return queryBuilder(scope)
    .selectFrom('change_requests as c')
    .selectAll('c')
    .where('c.effective_date', '>=', from)
    .where('c.effective_date', '<=', to)
    .where('c.stage', 'not in', ['rejected', 'withdrawn'])
    .where((eb) =>
      eb.or([
        eb('c.stage', '!=', 'closed'),
        eb.exists(
          eb
            .selectFrom('change_request_launches as l')
            .select('l.change_request_id')
            .whereRef('l.change_request_id', '=', 'c.id'),
        ),
      ]),
    )
    .orderBy('c.effective_date')
    .execute();
}

/** Versions of a policy, not drafts, taking effect in [from, to]. */
export async function datedVersionsBetween(
  scope: DbScope,
  policyId: string,
  from: string,
  to: string,
): Promise<
  { id: string; policy_id: string; label: string; state: string; effective_date: string; slug: string; title: string }[]
> {
  const rows = await queryBuilder(scope)
    .selectFrom('policy_versions as v')
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .select(['v.id', 'v.policy_id', 'v.label', 'v.state', 'v.effective_date', 'p.slug', 'p.title'])
    .where('v.policy_id', '=', policyId)
    .where('v.state', '!=', 'draft')
    .where('v.state', '!=', 'superseded')
    .where('v.effective_date', '>=', from)
    .where('v.effective_date', '<=', to)
    .execute();
  return rows.map((r) => ({ ...r, effective_date: r.effective_date! }));
}

/** Versions of the policy published after an instant, other than `exceptId`. */
export async function publishedSince(
  scope: DbScope,
  policyId: string,
  since: string,
  exceptId: string,
): Promise<{ id: string; label: string; published_at: string | null }[]> {
  return queryBuilder(scope)
    .selectFrom('policy_versions')
    .select(['id', 'label', 'published_at'])
    .where('policy_id', '=', policyId)
    .where('id', '!=', exceptId)
    .where('published_at', 'is not', null)
    .where('published_at', '>', since)
    .orderBy('published_at')
    .execute();
}

export async function draftRow(
  scope: DbScope,
  versionId: string,
): Promise<{ id: string; policy_id: string; label: string; state: string; created_at: string } | undefined> {
  return queryBuilder(scope)
    .selectFrom('policy_versions')
    .select(['id', 'policy_id', 'label', 'state', 'created_at'])
    .where('id', '=', versionId)
    .executeTakeFirst();
}

/** Visible policy ids of these (the need-to-know rule for naming conflicts). */
export async function visiblePolicyIds(scope: DbScope, viewer: Viewer, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryBuilder(scope)
    .selectFrom('policies as p')
    .select('p.id')
    .where('p.id', 'in', [...new Set(ids)])
    .where(visibleTo(viewer))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function reviewsOf(scope: DbScope, ids: string[]): Promise<ReviewRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('change_request_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.completed_by')
    .selectAll('r')
    .select('u.name as completed_by_name')
    .where('r.change_request_id', 'in', ids)
    .orderBy('r.offset_days')
    .execute();
}

export async function insertReview(scope: DbScope, row: ChangeRequestReviewsTable): Promise<void> {
  await queryBuilder(scope).insertInto('change_request_reviews').values(row).execute();
}

export async function completeReview(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: { notes: string; completed_by: string; completed_at: string },
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('change_request_reviews')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open reviews of CRs this person owns, due on or before `until`. */
export async function openReviewsOwnedBy(scope: DbScope, ownerId: string, until: string): Promise<ReviewRow[]> {
  return queryBuilder(scope)
    .selectFrom('change_request_reviews as r')
    .innerJoin('change_requests as c', 'c.id', 'r.change_request_id')
    .leftJoin('users as u', 'u.id', 'r.completed_by')
    .selectAll('r')
    .select('u.name as completed_by_name')
    .where('c.owner_id', '=', ownerId)
    .where('r.completed_at', 'is', null)
    .where('r.due_on', '<=', until)
    .orderBy('r.due_on')
    .execute();
}

/** Records a notice; false when it was already sent (the key is taken). */
export async function claimNotice(scope: DbScope, key: string, crId: string, at: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const seen = await db
    .selectFrom('change_request_notices')
    .select('notice_key')
    .where('notice_key', '=', key)
    .executeTakeFirst();
  if (seen) return false;
  await db.insertInto('change_request_notices').values({ notice_key: key, change_request_id: crId, at }).execute();
  return true;
}

/** CRs in a stage that is not final, for the overdue sweep. */
export async function openCrs(scope: DbScope): Promise<CrRow[]> {
  return queryBuilder(scope)
    .selectFrom('change_requests')
    .selectAll()
    .where('stage', 'not in', ['closed', 'rejected', 'withdrawn'])
    .execute();
}
