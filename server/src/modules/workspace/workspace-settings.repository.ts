import type { WorkspaceSettingsTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** The id of the one settings row (migration 0014 inserts it). */
export const SETTINGS_ROW = 'workspace';

export interface WorkspaceSettingsRow extends WorkspaceSettingsTable {
  updated_by_name: string | null;
}

export async function find(scope: DbScope): Promise<WorkspaceSettingsRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('workspace_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.name as updated_by_name')
    .where('s.id', '=', SETTINGS_ROW)
    .executeTakeFirst();
}

/** Whether versions go on the public changelog when they go live (read in the caller's transaction). */
export async function autoPublishChangelog(scope: DbScope): Promise<boolean> {
  const row = await queryBuilder(scope)
    .selectFrom('workspace_settings')
    .select('auto_publish_changelog')
    .where('id', '=', SETTINGS_ROW)
    .executeTakeFirst();
  return row?.auto_publish_changelog === 1;
}

/** `UPDATE … WHERE version = ?`: false when someone else saved first. */
export async function updateVersioned(
  scope: DbScope,
  expectedVersion: number,
  patch: Partial<Omit<WorkspaceSettingsTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('workspace_settings')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', SETTINGS_ROW)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
