import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** Active or not, by e-mail (lower-cased), for mapping people named in an archive. */
export async function userIdsByEmail(scope: DbScope, emails: string[]): Promise<Map<string, string>> {
  const db = queryBuilder(scope);
  const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

export async function teamIdsByName(scope: DbScope, names: string[]): Promise<Map<string, string>> {
  const db = queryBuilder(scope);
  if (names.length === 0) return new Map();
  const rows = await db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('name', 'in', [...new Set(names)])
    .execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

export interface ExportPolicyRow {
  id: string;
  slug: string;
  title: string;
  area_name: string;
  team_name: string | null;
  tags: string;
  restricted: number;
  retired_at: string | null;
}

export async function policiesForExport(scope: DbScope, viewer: Viewer): Promise<ExportPolicyRow[]> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('policies as p')
    .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
    .leftJoin('teams as t', 't.id', 'p.owning_team_id')
    .select([
      'p.id',
      'p.slug',
      'p.title',
      'a.name as area_name',
      't.name as team_name',
      'p.tags',
      'p.restricted',
      'p.retired_at',
    ])
    .where(visibleTo(viewer))
    .orderBy('p.slug')
    .execute();
}

export async function peopleEmails(
  scope: DbScope,
  table: 'policy_owners' | 'policy_members',
  policyIds: string[],
): Promise<Map<string, string[]>> {
  const db = queryBuilder(scope);
  const out = new Map<string, string[]>();
  if (policyIds.length === 0) return out;
  const rows = await db
    .selectFrom(`${table} as x`)
    .innerJoin('users as u', 'u.id', 'x.user_id')
    .select(['x.policy_id', 'u.email'])
    .where('x.policy_id', 'in', policyIds)
    .orderBy('u.email')
    .execute();
  for (const r of rows) out.set(r.policy_id, [...(out.get(r.policy_id) ?? []), r.email]);
  return out;
}

export async function versionsForExport(scope: DbScope, policyIds: string[]) {
  const db = queryBuilder(scope);
  if (policyIds.length === 0) return [];
  return db
    .selectFrom('policy_versions as v')
    .leftJoin('users as au', 'au.id', 'v.author_id')
    .leftJoin('users as ap', 'ap.id', 'v.approver_id')
    .leftJoin('changelog_entries as c', 'c.version_id', 'v.id')
    .select([
      'v.id',
      'v.policy_id',
      'v.label',
      'v.state',
      'v.effective_date',
      'v.change_summary',
      'v.body',
      'v.created_at',
      'au.email as author_email',
      'ap.email as approver_email',
      'c.id as changelog_id',
      'c.published_at as changelog_published_at',
      'c.summary as changelog_summary',
      'c.public_summary as changelog_public_summary',
    ])
    .where('v.policy_id', 'in', policyIds)
    .orderBy('v.policy_id')
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute();
}

export async function applicabilityForExport(
  scope: DbScope,
  policyIds: string[],
): Promise<Map<string, { surface: string; market: string; state: string; note: string }[]>> {
  const db = queryBuilder(scope);
  const out = new Map<string, { surface: string; market: string; state: string; note: string }[]>();
  if (policyIds.length === 0) return out;
  const rows = await db
    .selectFrom('policy_applicability as c')
    .innerJoin('surfaces as s', 's.id', 'c.surface_id')
    .innerJoin('markets as m', 'm.id', 'c.market_id')
    .select(['c.policy_id', 's.name as surface', 'm.code as market', 'c.state', 'c.note'])
    .where('c.policy_id', 'in', policyIds)
    .orderBy('s.position')
    .orderBy('s.name')
    .orderBy('m.position')
    .orderBy('m.code')
    .execute();
  for (const { policy_id, ...cell } of rows) out.set(policy_id, [...(out.get(policy_id) ?? []), cell]);
  return out;
}

/** Of these changelog entry ids (from an archive), the ones this workspace already uses. */
export async function changelogIdsTaken(scope: DbScope, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryBuilder(scope).selectFrom('changelog_entries').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Each version's anchors as its text numbers them, in document order, for the archive's anchors.yaml. */
export async function anchorsForExport(
  scope: DbScope,
  versionIds: string[],
): Promise<Map<string, [number: string, anchorId: string][]>> {
  const out = new Map<string, [string, string][]>();
  // In slices: a large library has more versions than either engine takes bound parameters.
  for (let i = 0; i < versionIds.length; i += 1000) {
    const rows = await queryBuilder(scope)
      .selectFrom('version_anchors')
      .select(['version_id', 'number', 'anchor_id'])
      .where('version_id', 'in', versionIds.slice(i, i + 1000))
      .orderBy('version_id')
      .orderBy('position')
      .execute();
    for (const r of rows) {
      const anchors = out.get(r.version_id) ?? [];
      anchors.push([r.number, r.anchor_id]);
      out.set(r.version_id, anchors);
    }
  }
  return out;
}
