import type { AuditRecordKind } from '@policyops/contracts';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** A record's name today, with what its link needs. */
export interface NameRow {
  id: string;
  label: string;
  /** The policy's slug, for policies and versions. */
  slug?: string;
}

/**
 * The names of today of the records an audit page mentions, one query per kind of record (never
 * one per event). The audit log is for admins, who see every policy, restricted ones included.
 */
export async function namesOf(scope: DbScope, kind: AuditRecordKind, ids: string[]): Promise<NameRow[]> {
  if (ids.length === 0) return [];
  const db = queryBuilder(scope);
  switch (kind) {
    case 'user':
      return db.selectFrom('users').select(['id', 'name as label']).where('id', 'in', ids).execute();
    case 'team':
      return db.selectFrom('teams').select(['id', 'name as label']).where('id', 'in', ids).execute();
    case 'policy_area':
      return db.selectFrom('policy_areas').select(['id', 'name as label']).where('id', 'in', ids).execute();
    case 'surface':
      return db.selectFrom('surfaces').select(['id', 'name as label']).where('id', 'in', ids).execute();
    case 'market':
      return db.selectFrom('markets').select(['id', 'name as label']).where('id', 'in', ids).execute();
    case 'policy':
      return db.selectFrom('policies').select(['id', 'title as label', 'slug']).where('id', 'in', ids).execute();
    case 'policy_version': {
      const rows = await db
        .selectFrom('policy_versions as v')
        .innerJoin('policies as p', 'p.id', 'v.policy_id')
        .select(['v.id', 'v.label', 'p.title', 'p.slug'])
        .where('v.id', 'in', ids)
        .execute();
      return rows.map((r) => ({ id: r.id, label: `${r.title} v${r.label}`, slug: r.slug }));
    }
  }
}

/**
 * Versions that no longer exist (discarded drafts), named by the policy their creation event
 * recorded: version id -> that policy's title and the version's label.
 */
export async function goneVersionNames(scope: DbScope, ids: string[]): Promise<NameRow[]> {
  if (ids.length === 0) return [];
  const db = queryBuilder(scope);
  const created = await db
    .selectFrom('audit_events')
    .select(['entity_id', 'after_json'])
    .where('action', '=', 'policy_version.created')
    .where('entity_id', 'in', ids)
    .execute();
  const facts = created.flatMap((row) => {
    const after = JSON.parse(row.after_json ?? 'null') as { policyId?: unknown; label?: unknown } | null;
    return typeof after?.policyId === 'string' && typeof after.label === 'string'
      ? [{ id: row.entity_id, policyId: after.policyId, label: after.label }]
      : [];
  });
  const policies = await namesOf(
    scope,
    'policy',
    facts.map((f) => f.policyId),
  );
  const titles = new Map(policies.map((p) => [p.id, p.label]));
  return facts.flatMap((f) => {
    const title = titles.get(f.policyId);
    return title ? [{ id: f.id, label: `${title} v${f.label}` }] : [];
  });
}
