import {
  CR_CONFLICT_WINDOW_DEFAULT,
  type CrFreezeWindow,
  type CrScoringModel,
  type CrSettings,
  type CrSettingsUpdate,
  type CrWorkflowConfig,
} from '@policyops/contracts';
import { authorize, can, type Actor } from '../../http/actor.js';
import { fieldError, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { AuditService } from '../audit/audit.service.js';
import { DEFAULT_CR_WORKFLOW } from './cr-default-workflow.js';
import { DEFAULT_CR_SCORING_MODEL, scoringFormula } from './cr-scoring.js';
import type { CrSettingsState } from './cr-views.js';
import * as repo from './change-requests.repository.js';

/**
 * The workspace's scoring model and workflow. Until an admin saves, the defaults apply at version 1;
 * the first save writes the row at version 2, so a client holding version 1 conflicts as with any edit.
 */
export class CrSettingsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  async current(db: DbScope = this.db): Promise<CrSettingsState> {
    const row = await repo.settings(db);
    if (!row)
      return {
        scoringModel: DEFAULT_CR_SCORING_MODEL,
        workflow: DEFAULT_CR_WORKFLOW,
        conflictWindowDays: CR_CONFLICT_WINDOW_DEFAULT,
        freezeWindows: [],
        version: 1,
        updatedAt: null,
      };
    return {
      scoringModel: JSON.parse(row.scoring_model) as CrScoringModel,
      workflow: JSON.parse(row.workflow) as CrWorkflowConfig,
      conflictWindowDays: row.conflict_window_days ?? CR_CONFLICT_WINDOW_DEFAULT,
      freezeWindows: row.freeze_windows ? (JSON.parse(row.freeze_windows) as CrFreezeWindow[]) : [],
      version: row.version,
      updatedAt: row.updated_at,
    };
  }

  private view(actor: Actor, state: CrSettingsState): CrSettings {
    return {
      ...state,
      formula: scoringFormula(state.scoringModel),
      abilities: { update: can(actor, 'workspace.manage') },
    };
  }

  async get(actor: Actor): Promise<CrSettings> {
    authorize(actor, 'change_requests.read');
    return this.view(actor, await this.current());
  }

  /** Throws FORBIDDEN, VERSION_CONFLICT, VALIDATION_FAILED (a freeze window naming an unknown market). */
  async update(actor: Actor, input: CrSettingsUpdate): Promise<CrSettings> {
    authorize(actor, 'workspace.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.current(trx);
      if (before.version !== input.version) throw versionConflict('The change-request settings', before.version);
      for (const [i, window] of (input.freezeWindows ?? []).entries()) {
        const found = await repo.existingIds(trx, 'markets', window.marketIds);
        if (window.marketIds.some((id) => !found.has(id)))
          throw fieldError(`body.freezeWindows.${i}.marketIds`, 'Contains a market that does not exist');
      }
      const after = {
        scoringModel: input.scoringModel ?? before.scoringModel,
        workflow: input.workflow ?? before.workflow,
        conflictWindowDays: input.conflictWindowDays ?? before.conflictWindowDays,
        freezeWindows: input.freezeWindows ?? before.freezeWindows,
        version: input.version + 1,
      };
      const row = {
        scoring_model: JSON.stringify(after.scoringModel),
        workflow: JSON.stringify(after.workflow),
        conflict_window_days: after.conflictWindowDays,
        freeze_windows: JSON.stringify(after.freezeWindows),
        updated_at: new Date().toISOString(),
      };
      if (before.updatedAt === null) await repo.insertSettings(trx, { id: 'workspace', ...row, version: 2 });
      else if (!(await repo.updateSettingsVersioned(trx, input.version, row)))
        throw versionConflict('The change-request settings', input.version + 1);
      await this.audit.record(trx, actor, {
        action: 'change_request_settings.updated',
        entityType: 'change_request_settings',
        entityId: 'workspace',
        before: {
          scoringModel: before.scoringModel,
          workflow: before.workflow,
          conflictWindowDays: before.conflictWindowDays,
          freezeWindows: before.freezeWindows,
          version: before.version,
        },
        after,
      });
    });
    return this.get(actor);
  }
}
