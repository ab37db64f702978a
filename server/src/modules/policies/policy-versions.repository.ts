import type { Db } from '../../db/database.js';
import type { PolicyVersionsTable } from '../../db/schema.js';
import { visibleTo, type Viewer } from './policy-visibility.query.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type VersionRow = PolicyVersionsTable & { author_name: string | null; approver_name: string | null };

/** What the workflow stores for a published version: the newest `live`, earlier ones `superseded`. */
const PUBLISHED = ['live', 'superseded'];

function withNames(db: Db) {
  return db
    .selectFrom('policy_versions as v')
    .leftJoin('users as au', 'au.id', 'v.author_id')
    .leftJoin('users as ap', 'ap.id', 'v.approver_id')
    .selectAll('v')
    .select(['au.name as author_name', 'ap.name as approver_name']);
}

export async function listForPolicy(scope: DbScope, policyId: string): Promise<VersionRow[]> {
  const db = queryBuilder(scope);
  return withNames(db)
    .where('v.policy_id', '=', policyId)
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
}

export async function find(scope: DbScope, policyId: string, versionId: string): Promise<VersionRow | undefined> {
  const db = queryBuilder(scope);
  return withNames(db).where('v.policy_id', '=', policyId).where('v.id', '=', versionId).executeTakeFirst();
}

/** A policy's published versions, the one in force first: latest effective date, then latest published. */
function publishedLatestFirst(db: Db, policyId: string) {
  return withNames(db)
    .where('v.policy_id', '=', policyId)
    .where('v.state', 'in', PUBLISHED)
    .orderBy('v.effective_date', 'desc')
    .orderBy('v.published_at', 'desc');
}

/** The published version in force on a date: the latest effective date on or before it. */
export async function inForceOn(scope: DbScope, policyId: string, date: string): Promise<VersionRow | undefined> {
  return publishedLatestFirst(queryBuilder(scope), policyId).where('v.effective_date', '<=', date).executeTakeFirst();
}

/** The published version that takes effect last (possibly in the future). */
export async function latestPublished(scope: DbScope, policyId: string): Promise<VersionRow | undefined> {
  return publishedLatestFirst(queryBuilder(scope), policyId).executeTakeFirst();
}

/** Each policy's last row, the rows being oldest first. */
function lastPerPolicy(rows: VersionRow[], into = new Map<string, VersionRow>()): Map<string, VersionRow> {
  for (const row of rows) into.set(row.policy_id, row);
  return into;
}

/** In-force versions of many policies at once (for lists). */
export async function inForceOnForMany(
  scope: DbScope,
  policyIds: string[],
  date: string,
): Promise<Map<string, VersionRow>> {
  if (policyIds.length === 0) return new Map();
  const published = await withNames(queryBuilder(scope))
    .where('v.policy_id', 'in', policyIds)
    .where('v.state', 'in', PUBLISHED)
    .where('v.effective_date', '<=', date)
    .orderBy('v.effective_date', 'asc')
    .orderBy('v.published_at', 'asc')
    .execute();
  return lastPerPolicy(published);
}

/**
 * The text each policy currently stands for, in two queries whatever the number of policies: the
 * version in force on the date, else its newest version (a policy not yet live).
 */
export async function currentVersions(
  scope: DbScope,
  policyIds: string[],
  date: string,
): Promise<Map<string, VersionRow>> {
  const inForce = await inForceOnForMany(scope, policyIds, date);
  const rest = policyIds.filter((id) => !inForce.has(id));
  if (rest.length === 0) return inForce;
  const all = await withNames(queryBuilder(scope))
    .where('v.policy_id', 'in', rest)
    .orderBy('v.created_at', 'asc')
    .orderBy('v.id', 'asc')
    .execute();
  return lastPerPolicy(all, inForce);
}

export async function newest(scope: DbScope, policyId: string): Promise<PolicyVersionsTable | undefined> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('policy_versions')
    .selectAll()
    .where('policy_id', '=', policyId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function openVersion(scope: DbScope, policyId: string): Promise<PolicyVersionsTable | undefined> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('policy_versions')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('state', 'in', ['draft', 'in_review', 'approved'])
    .executeTakeFirst();
}

export async function labelTaken(scope: DbScope, policyId: string, label: string, exceptId?: string): Promise<boolean> {
  const db = queryBuilder(scope);
  let query = db
    .selectFrom('policy_versions')
    .select('id')
    .where('policy_id', '=', policyId)
    .where('label', '=', label);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return !!(await query.executeTakeFirst());
}

/** Whether any version of the policy was published (in force, scheduled or superseded since). */
export async function hasPublished(scope: DbScope, policyId: string): Promise<boolean> {
  const db = queryBuilder(scope);
  return !!(await db
    .selectFrom('policy_versions')
    .select('id')
    .where('policy_id', '=', policyId)
    .where('state', 'in', PUBLISHED)
    .executeTakeFirst());
}

export async function insert(scope: DbScope, row: PolicyVersionsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('policy_versions').values(row).execute();
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<PolicyVersionsTable>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('policy_versions')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function supersedeLive(scope: DbScope, policyId: string, exceptId: string, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db
    .updateTable('policy_versions')
    .set({ state: 'superseded', updated_at: now })
    .where('policy_id', '=', policyId)
    .where('state', '=', 'live')
    .where('id', '!=', exceptId)
    .execute();
}

export async function deleteDraft(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .deleteFrom('policy_versions')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Published versions taking effect between two dates (inclusive) in the policies a viewer may see. */
export async function publishedBetween(
  scope: DbScope,
  viewer: Viewer,
  from: string,
  to: string,
): Promise<VersionRow[]> {
  const db = queryBuilder(scope);
  return withNames(db)
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .where(visibleTo(viewer))
    .where('v.state', 'in', PUBLISHED)
    .where('v.effective_date', '>=', from)
    .where('v.effective_date', '<=', to)
    .orderBy('v.effective_date', 'desc')
    .orderBy('v.published_at', 'desc')
    .limit(500)
    .execute();
}

/** Every published version of these policies, oldest first: enough to find what each one replaced. */
export async function publishedOf(
  scope: DbScope,
  policyIds: string[],
): Promise<Pick<PolicyVersionsTable, 'id' | 'policy_id' | 'effective_date' | 'published_at'>[]> {
  const db = queryBuilder(scope);
  if (policyIds.length === 0) return [];
  return db
    .selectFrom('policy_versions')
    .select(['id', 'policy_id', 'effective_date', 'published_at'])
    .where('policy_id', 'in', policyIds)
    .where('state', 'in', PUBLISHED)
    .orderBy('effective_date', 'asc')
    .orderBy('published_at', 'asc')
    .execute();
}

/** A published version with what decides its reading state: its dates and its policy's retirement. */
export interface PublishedDatesRow {
  id: string;
  policy_id: string;
  label: string;
  effective_date: string | null;
  published_at: string | null;
  retired_at: string | null;
}

/** Every published version of these policies, with each policy's retirement: one query. */
export async function publishedDatesOf(scope: DbScope, policyIds: string[]): Promise<PublishedDatesRow[]> {
  if (policyIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('policy_versions as v')
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .select(['v.id', 'v.policy_id', 'v.label', 'v.effective_date', 'v.published_at', 'p.retired_at'])
    .where('v.policy_id', 'in', [...new Set(policyIds)])
    .where('v.state', 'in', PUBLISHED)
    .execute();
}
