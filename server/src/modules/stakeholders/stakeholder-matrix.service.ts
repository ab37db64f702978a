import type { MatrixPut, MatrixRecordKind, StakeholderMatrix } from '@policyops/contracts';
import { MatrixPutSchema } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { StakeholderMatrixRowsTable } from '../../db/stakeholders-schema.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { matrixRuleErrors, quadrantOf } from './matrix-rules.js';
import * as repo from './stakeholder-matrix.repository.js';
import type { StakeholdersService } from './stakeholders.service.js';

const MATRIX = 'The RACI matrix';

/**
 * The RACI matrix and influence × interest scores of an initiative or change request, saved whole.
 * A CR follows its target policy's need-to-know rule (404 for whoever may not see it), through the
 * same lookup the governance links use.
 */
export class StakeholderMatrixService {
  constructor(
    private readonly db: DbScope,
    private readonly directory: StakeholdersService,
    private readonly links: LinkedRecords,
    private readonly audit: AuditService,
  ) {}

  /** Throws FORBIDDEN, NOT_FOUND. */
  async get(actor: Actor, kind: MatrixRecordKind, recordId: string): Promise<StakeholderMatrix> {
    authorize(actor, 'governance.read');
    await this.requireRecord(this.db, actor, kind, recordId);
    return this.read(this.db, actor, kind, recordId);
  }

  /**
   * Replaces the matrix. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (a person twice, a second
   * Accountable, someone not in the directory), VERSION_CONFLICT.
   */
  async put(actor: Actor, kind: MatrixRecordKind, recordId: string, input: MatrixPut): Promise<StakeholderMatrix> {
    authorize(actor, 'governance.manage');
    const data = MatrixPutSchema.parse(input);
    return inTransaction(this.db, async (trx) => {
      const title = await this.requireRecord(trx, actor, kind, recordId);
      const ruleErrors = matrixRuleErrors(data.rows);
      if (ruleErrors.length > 0) throw new AppError('VALIDATION_FAILED', ruleErrors[0]!.message, ruleErrors);
      await this.directory.requireExisting(
        trx,
        data.rows.map((r) => r.stakeholderId),
        (i) => `body.rows.${i}.stakeholderId`,
      );
      const before = await this.read(trx, actor, kind, recordId);
      if (before.version !== data.version) throw versionConflict(MATRIX, before.version);
      const now = new Date().toISOString();
      let matrixId: string;
      const existing = await repo.findMatrix(trx, kind, recordId);
      if (existing) {
        matrixId = existing.id;
        if (
          !(await repo.bumpMatrixVersioned(trx, existing.id, data.version, { updated_by: actor.id, updated_at: now }))
        )
          throw versionConflict(MATRIX, data.version + 1);
      } else {
        matrixId = uuidv7();
        const row = {
          id: matrixId,
          record_kind: kind,
          record_id: recordId,
          version: 1,
          updated_by: actor.id,
          updated_at: now,
        };
        if (!(await repo.insertMatrixIfAbsent(trx, row))) throw versionConflict(MATRIX, 1);
      }
      const rows: StakeholderMatrixRowsTable[] = data.rows.map((r, position) => ({
        matrix_id: matrixId,
        stakeholder_id: r.stakeholderId,
        position,
        role: r.role,
        influence: r.influence,
        interest: r.interest,
      }));
      await repo.replaceRows(trx, matrixId, rows);
      const after = await this.read(trx, actor, kind, recordId);
      await this.audit.record(trx, actor, {
        action: 'stakeholder_matrix.updated',
        entityType: 'stakeholder_matrix',
        entityId: matrixId,
        before: snapshot(before, title),
        after: snapshot(after, title),
      });
      return after;
    });
  }

  /** The record's title; NOT_FOUND when it does not exist or the caller may not see it. */
  private async requireRecord(db: DbScope, actor: Actor, kind: MatrixRecordKind, recordId: string): Promise<string> {
    const [found] = await this.links.resolve(db, actor, [{ kind, id: recordId }]);
    if (!found) throw notFound(kind === 'initiative' ? 'The initiative' : 'The change request');
    return found.title;
  }

  private async read(db: DbScope, actor: Actor, kind: MatrixRecordKind, recordId: string): Promise<StakeholderMatrix> {
    const matrix = await repo.findMatrix(db, kind, recordId);
    const rows = matrix ? await repo.rowsOf(db, matrix.id) : [];
    const people = await this.directory.people(
      db,
      rows.map((r) => r.stakeholder_id),
    );
    return {
      kind,
      recordId,
      version: matrix?.version ?? 0,
      updatedAt: matrix?.updated_at ?? null,
      rows: rows.flatMap((r) => {
        const person = people.get(r.stakeholder_id);
        if (!person) return [];
        return [
          {
            stakeholder: person.summary,
            active: person.active,
            role: r.role as 'R' | 'A' | 'C' | 'I',
            influence: r.influence,
            interest: r.interest,
            quadrant: quadrantOf(r.influence, r.interest),
          },
        ];
      }),
      abilities: { update: can(actor, 'governance.manage') },
    };
  }
}

function snapshot(matrix: StakeholderMatrix, recordTitle: string) {
  return {
    kind: matrix.kind,
    recordId: matrix.recordId,
    recordTitle,
    version: matrix.version,
    rows: matrix.rows.map((r) => ({
      stakeholderId: r.stakeholder.id,
      name: r.stakeholder.name,
      role: r.role,
      influence: r.influence,
      interest: r.interest,
    })),
  };
}
