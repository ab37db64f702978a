import type { WorkspaceSettings, WorkspaceSettingsUpdate } from '@policyops/contracts';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { AuditService } from '../audit/audit.service.js';
import * as repo from './workspace-settings.repository.js';
import type { WorkspaceSettingsRow } from './workspace-settings.repository.js';

const snapshot = (row: Pick<WorkspaceSettingsRow, 'auto_publish_changelog' | 'version'>) => ({
  autoPublishChangelog: row.auto_publish_changelog === 1,
  version: row.version,
});

/**
 * Workspace-wide settings, one versioned row: today whether a version goes on the public changelog
 * by itself when it goes live. Everyone signed in reads them (the publish dialog says what will
 * happen); only admins change them, audited.
 */
export class WorkspaceSettingsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  private async row(scope: DbScope): Promise<WorkspaceSettingsRow> {
    const row = await repo.find(scope);
    if (!row) throw new AppError('INTERNAL', 'The workspace settings row is missing (migration 0014)');
    return row;
  }

  private settingsOf(actor: Actor, row: WorkspaceSettingsRow): WorkspaceSettings {
    return {
      ...snapshot(row),
      updatedAt: row.updated_at,
      updatedBy: row.updated_by && row.updated_by_name ? { id: row.updated_by, name: row.updated_by_name } : null,
      abilities: { update: can(actor, 'workspace.manage') },
    };
  }

  /** The settings with what the caller may do with them. */
  async get(actor: Actor): Promise<WorkspaceSettings> {
    return this.settingsOf(actor, await this.row(this.db));
  }

  /** Changes the settings at the version the caller read. Throws FORBIDDEN, VERSION_CONFLICT. */
  async update(actor: Actor, input: WorkspaceSettingsUpdate): Promise<WorkspaceSettings> {
    authorize(actor, 'workspace.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.row(trx);
      if (before.version !== input.version) throw versionConflict('The workspace settings', before.version);
      const patch = {
        ...(input.autoPublishChangelog !== undefined
          ? { auto_publish_changelog: input.autoPublishChangelog ? 1 : 0 }
          : {}),
        updated_at: new Date().toISOString(),
        updated_by: actor.id,
      };
      if (!(await repo.updateVersioned(trx, input.version, patch)))
        throw versionConflict('The workspace settings', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'workspace.settings_updated',
        entityType: 'workspace',
        entityId: 'workspace',
        before: snapshot(before),
        after: snapshot({ ...before, ...patch, version: input.version + 1 }),
      });
    });
    return this.get(actor);
  }

  /** For the changelog, inside the transaction that makes a version live. */
  async autoPublishChangelogIn(trx: DbScope): Promise<boolean> {
    return repo.autoPublishChangelog(trx);
  }
}
