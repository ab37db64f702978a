import type { StakeholderMatricesTable, StakeholderMatrixRowsTable } from '../../db/stakeholders-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export async function findMatrix(
  scope: DbScope,
  kind: string,
  recordId: string,
): Promise<StakeholderMatricesTable | undefined> {
  return queryBuilder(scope)
    .selectFrom('stakeholder_matrices')
    .selectAll()
    .where('record_kind', '=', kind)
    .where('record_id', '=', recordId)
    .executeTakeFirst();
}

export async function rowsOf(scope: DbScope, matrixId: string): Promise<StakeholderMatrixRowsTable[]> {
  return queryBuilder(scope)
    .selectFrom('stakeholder_matrix_rows')
    .selectAll()
    .where('matrix_id', '=', matrixId)
    .orderBy('position')
    .execute();
}

/** The first save of a record's matrix; false when another save made it first (ON CONFLICT DO NOTHING). */
export async function insertMatrixIfAbsent(scope: DbScope, row: StakeholderMatricesTable): Promise<boolean> {
  const result = await queryBuilder(scope)
    .insertInto('stakeholder_matrices')
    .values(row)
    .onConflict((oc) => oc.columns(['record_kind', 'record_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** `UPDATE … WHERE version = ?`: false when the stored version moved on. */
export async function bumpMatrixVersioned(
  scope: DbScope,
  id: string,
  version: number,
  patch: Pick<StakeholderMatricesTable, 'updated_by' | 'updated_at'>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('stakeholder_matrices')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRows(scope: DbScope, matrixId: string, rows: StakeholderMatrixRowsTable[]): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('stakeholder_matrix_rows').where('matrix_id', '=', matrixId).execute();
  if (rows.length > 0) await db.insertInto('stakeholder_matrix_rows').values(rows).execute();
}
