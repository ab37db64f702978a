import type { Role } from '@policyops/contracts';
import type { PolicyVersionReviewsTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from './policy-visibility.query.js';

export type ReviewRow = PolicyVersionReviewsTable & { reviewer_name: string; requested_by_name: string | null };

/** A review request waiting on someone, with what the list shows of its policy and version. */
export interface WaitingRow {
  id: string;
  requested_at: string;
  policy_id: string;
  slug: string;
  title: string;
  version_id: string;
  label: string;
  author_id: string | null;
  author_name: string | null;
  requested_by: string | null;
  requested_by_name: string | null;
}

export async function insertMany(scope: DbScope, rows: PolicyVersionReviewsTable[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('policy_version_reviews').values(rows).execute();
}

/** Every review of a version, oldest first, with the people's names. */
export async function listForVersion(scope: DbScope, versionId: string): Promise<ReviewRow[]> {
  return queryBuilder(scope)
    .selectFrom('policy_version_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .leftJoin('users as rb', 'rb.id', 'r.requested_by')
    .selectAll('r')
    .select(['u.name as reviewer_name', 'rb.name as requested_by_name'])
    .where('r.version_id', '=', versionId)
    .orderBy('r.requested_at')
    .orderBy('r.id')
    .execute();
}

/** The open request of this reviewer on this version, if any. */
export async function openRequest(
  scope: DbScope,
  versionId: string,
  reviewerId: string,
): Promise<PolicyVersionReviewsTable | undefined> {
  return queryBuilder(scope)
    .selectFrom('policy_version_reviews')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('reviewer_id', '=', reviewerId)
    .where('state', '=', 'requested')
    .executeTakeFirst();
}

/** Records a decision on an open request. */
export async function decide(
  scope: DbScope,
  id: string,
  patch: Pick<PolicyVersionReviewsTable, 'state' | 'comment' | 'comment_id' | 'decided_at'>,
): Promise<void> {
  await queryBuilder(scope)
    .updateTable('policy_version_reviews')
    .set(patch)
    .where('id', '=', id)
    .where('state', '=', 'requested')
    .execute();
}

/** Closes every request still open on a version (someone decided it). Returns whose they were. */
export async function withdrawOpen(scope: DbScope, versionId: string, now: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .updateTable('policy_version_reviews')
    .set({ state: 'withdrawn', decided_at: now })
    .where('version_id', '=', versionId)
    .where('state', '=', 'requested')
    .returning('reviewer_id')
    .execute();
  return rows.map((r) => r.reviewer_id);
}

/**
 * Open requests waiting on a reviewer, oldest first: only on versions still in review and on
 * policies the reviewer may see now (need-to-know is asked again at read time). With the total.
 */
export async function waitingOn(
  scope: DbScope,
  reviewerId: string,
  viewer: Viewer,
  limit: number,
): Promise<{ rows: WaitingRow[]; total: number }> {
  const db = queryBuilder(scope);
  const base = db
    .selectFrom('policy_version_reviews as r')
    .innerJoin('policy_versions as v', 'v.id', 'r.version_id')
    .innerJoin('policies as p', 'p.id', 'r.policy_id')
    .where('r.reviewer_id', '=', reviewerId)
    .where('r.state', '=', 'requested')
    .where('v.state', '=', 'in_review')
    .where(visibleTo(viewer));
  const [rows, count] = await Promise.all([
    base
      .leftJoin('users as au', 'au.id', 'v.author_id')
      .leftJoin('users as rb', 'rb.id', 'r.requested_by')
      .select([
        'r.id',
        'r.requested_at',
        'p.id as policy_id',
        'p.slug',
        'p.title',
        'v.id as version_id',
        'v.label',
        'v.author_id',
        'au.name as author_name',
        'r.requested_by',
        'rb.name as requested_by_name',
      ])
      .orderBy('r.requested_at')
      .orderBy('r.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Active people whose role is one of these, by name: the candidates for a permission. */
export async function activePeopleWithRoles(
  scope: DbScope,
  roles: readonly Role[],
): Promise<{ id: string; name: string; role: Role }[]> {
  if (roles.length === 0) return [];
  const rows = await queryBuilder(scope)
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('status', '=', 'active')
    .where('role', 'in', [...roles])
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}
