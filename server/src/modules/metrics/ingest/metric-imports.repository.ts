import type { MetricImport, MetricImportProblem } from '@policyops/contracts';
import type { MetricImportsTable } from '../../../db/metrics-ingest-schema.js';
import { queryBuilder, type DbScope } from '../../../db/scope.js';
import { visibleTo, type Viewer } from '../../policies/policy-visibility.query.js';

export type ImportRow = MetricImportsTable & { creator_name: string | null };

/** Fields an import changes as it runs. */
export type ImportUpdate = Partial<Omit<MetricImportsTable, 'id' | 'created_by' | 'created_at'>>;

export async function insertImport(db: DbScope, row: MetricImportsTable): Promise<void> {
  await queryBuilder(db).insertInto('metric_imports').values(row).execute();
}

export async function updateImport(db: DbScope, id: string, update: ImportUpdate): Promise<void> {
  await queryBuilder(db).updateTable('metric_imports').set(update).where('id', '=', id).execute();
}

function selectImports(db: DbScope) {
  return queryBuilder(db)
    .selectFrom('metric_imports as i')
    .leftJoin('users as u', 'u.id', 'i.created_by')
    .selectAll('i')
    .select('u.name as creator_name');
}

export async function findImport(db: DbScope, id: string): Promise<ImportRow | undefined> {
  return selectImports(db).where('i.id', '=', id).executeTakeFirst();
}

/** Newest first, after the cursor's (created_at, id). */
export async function listImports(
  db: DbScope,
  after: { createdAt: string; id: string } | null,
  limit: number,
): Promise<ImportRow[]> {
  let query = selectImports(db);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('i.created_at', '<', after.createdAt),
        eb.and([eb('i.created_at', '=', after.createdAt), eb('i.id', '<', after.id)]),
      ]),
    );
  return query.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(limit).execute();
}

/** Imports a stopped server left unfinished, with their spool files. */
export async function unfinishedImports(db: DbScope): Promise<{ id: string; spool_path: string | null }[]> {
  return queryBuilder(db)
    .selectFrom('metric_imports')
    .select(['id', 'spool_path'])
    .where('state', 'in', ['queued', 'validating', 'writing'])
    .execute();
}

/** Policies the viewer may see, by slug (lower-cased): an invisible one is as unknown as a missing one. */
export async function visiblePolicies(db: DbScope, viewer: Viewer): Promise<Map<string, string>> {
  const rows = await queryBuilder(db)
    .selectFrom('policies as p')
    .where(visibleTo(viewer))
    .select(['p.id', 'p.slug'])
    .execute();
  return new Map(rows.map((r) => [r.slug.toLowerCase(), r.id]));
}

export function importOf(row: ImportRow): MetricImport {
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format as MetricImport['format'],
    source: row.source as MetricImport['source'],
    state: row.state as MetricImport['state'],
    bytes: Number(row.bytes),
    progress: { rowsRead: row.rows_read, rowsWritten: row.rows_written, fraction: Number(row.fraction) },
    rows: row.rows,
    inserted: row.inserted,
    replaced: row.replaced,
    firstDay: row.first_day,
    lastDay: row.last_day,
    problems: JSON.parse(row.problems) as MetricImportProblem[],
    problemCount: row.problem_count,
    createdBy: { id: row.created_by, name: row.creator_name ?? 'Deleted user' },
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
