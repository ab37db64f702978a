import type { SampleWorkspaceLoaded, SampleWorkspaceStatus } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { SampleSection } from './sample-section.js';
import * as workspaceRepo from './workspace.repository.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

const LOADED_KEY = 'sample_workspace_loaded_at';

/** Loads the realistic sample T&S workspace that each module contributes a section to. */
export class SampleWorkspaceService {
  constructor(
    private readonly db: DbScope,
    private readonly sections: SampleSection[],
    private readonly audit: AuditService,
  ) {}

  async status(actor: Actor): Promise<SampleWorkspaceStatus> {
    authorize(actor, 'directory.read');
    const loadedAt = (await workspaceRepo.getMeta(this.db, LOADED_KEY)) ?? null;
    return { loaded: loadedAt !== null, loadedAt, sections: this.sections.map((s) => s.name) };
  }

  /** From the UI or API. Throws FORBIDDEN, INVALID_STATE (already loaded). */
  async loadAs(actor: Actor): Promise<SampleWorkspaceLoaded> {
    authorize(actor, 'workspace.manage');
    return this.load(actor);
  }

  /**
   * Runs every section in one transaction: the sample loads whole or not at all. Throws INVALID_STATE when already
   * loaded.
   */
  async load(cause: AuditCause): Promise<SampleWorkspaceLoaded> {
    return inTransaction(this.db, async (trx) => {
      if (!(await workspaceRepo.setMetaOnce(trx, LOADED_KEY, new Date().toISOString()))) {
        throw new AppError('INVALID_STATE', 'The sample workspace is already loaded');
      }
      const ctx = {
        trx,
        cause,
        people: new Map<string, string>(),
        teams: new Map<string, string>(),
        records: new Map<string, string>(),
      };
      const created: Record<string, number> = {};
      for (const section of this.sections) {
        for (const [kind, count] of Object.entries(await section.load(ctx)))
          created[kind] = (created[kind] ?? 0) + count;
      }
      await this.audit.record(trx, cause, {
        action: 'workspace.sample_loaded',
        entityType: 'workspace',
        entityId: 'workspace',
        after: created,
      });
      return { created };
    });
  }
}
