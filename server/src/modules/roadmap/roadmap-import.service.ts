import {
  InitiativeCreateSchema,
  roleHas,
  type FieldError,
  type Role,
  type RoadmapImportPreview,
  type RoadmapImportRequest,
  type RoadmapImportResult,
} from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { AuditService } from '../audit/audit.service.js';
import type { UsersService } from '../users/users.service.js';
import type { InitiativesService } from './initiatives.service.js';
import type { MilestonesService } from './milestones.service.js';
import { planImport, type ImportIssue, type ImportPlan } from './roadmap-import/import-plan.js';

/** Most data rows one import takes. */
export const IMPORT_MAX_ROWS = 2000;

/** The path a row's issue is reported at: rows.<line>.<field>, or body.csv for the file as a whole. */
const issuePath = (i: ImportIssue) => (i.field === 'file' ? 'body.csv' : `rows.${i.line}.${i.field}`);

/**
 * The roadmap import (issue 9, item 10): a Jira or Asana CSV export read by planImport. `preview`
 * is the dry run; `commit` re-plans the same input and writes every initiative, milestone and parent
 * link in one transaction through the roadmap's own create functions (so each initiative keeps its
 * `initiative.created` audit event, watchers and owner notification), plus one `roadmap.imported`
 * event with the counts. Any issue: 400 naming rows.<line>.<field>, nothing written.
 */
export class RoadmapImportService {
  constructor(
    private readonly db: DbScope,
    private readonly initiatives: InitiativesService,
    private readonly milestones: MilestonesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /** Throws FORBIDDEN. Row issues are in the reply, not thrown. */
  async preview(actor: Actor, input: RoadmapImportRequest): Promise<RoadmapImportPreview> {
    authorize(actor, 'roadmap.manage');
    return this.plan(this.db, actor, input);
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED (rows.<line>.<field> or body.csv). */
  async commit(actor: Actor, input: RoadmapImportRequest): Promise<RoadmapImportResult> {
    authorize(actor, 'roadmap.manage');
    return inTransaction(this.db, async (trx) => {
      const plan = await this.plan(trx, actor, input);
      if (plan.errors.length > 0 || !plan.format) throw rowErrors(plan.errors, plan.summary.errors);
      const ids = new Map<number, string>();
      const created: RoadmapImportResult['initiatives'] = [];
      // Parents first: a row waits until the row it names as parent is written.
      let pending = plan.initiatives;
      while (pending.length > 0) {
        const ready = pending.filter((i) => i.parentLine === null || ids.has(i.parentLine));
        if (ready.length === 0) break; // a loop of parents in the file: those rows go in without one
        for (const row of ready) ids.set(row.line, await this.createRow(trx, actor, row, ids));
        pending = pending.filter((i) => !ids.has(i.line));
      }
      for (const row of pending) ids.set(row.line, await this.createRow(trx, actor, { ...row, parentLine: null }, ids));
      for (const row of plan.initiatives) created.push({ line: row.line, id: ids.get(row.line)!, title: row.title });
      for (const m of plan.milestones)
        await atLine(m.line, () =>
          this.milestones.createInTransaction(trx, actor, ids.get(m.initiativeLine)!, {
            title: m.title,
            date: m.date,
            kind: 'internal',
            done: false,
          }),
        );
      const parentLinks = plan.initiatives.filter((i) => i.parentLine !== null).length;
      const result = { format: plan.format, initiatives: created, milestones: plan.milestones.length, parentLinks };
      await this.audit.record(trx, actor, {
        action: 'roadmap.imported',
        entityType: 'roadmap',
        entityId: actor.id,
        after: {
          format: plan.format,
          rows: plan.summary.rows,
          initiatives: created.length,
          milestones: result.milestones,
          parentLinks,
          initiativeIds: created.map((c) => c.id),
        },
      });
      return result;
    });
  }

  private async createRow(
    trx: DbScope,
    actor: Actor,
    row: ImportPlan['initiatives'][number],
    ids: Map<number, string>,
  ): Promise<string> {
    const input = InitiativeCreateSchema.parse({
      title: row.title,
      description: row.description,
      ownerId: row.ownerId,
      parentId: row.parentLine === null ? null : ids.get(row.parentLine)!,
      status: row.status,
      priority: row.priority,
      effortWeeks: row.effortWeeks,
      start: row.start,
      end: row.end,
    });
    return atLine(row.line, () => this.initiatives.createInTransaction(trx, actor, input));
  }

  private async plan(scope: DbScope, actor: Actor, input: RoadmapImportRequest): Promise<RoadmapImportPreview> {
    const people = await this.users.activePeople(scope);
    const byKey = new Map<string, (typeof people)[number]>();
    for (const p of people) {
      byKey.set(p.email.toLowerCase(), p);
      const name = p.name.trim().toLowerCase();
      if (!byKey.has(name)) byKey.set(name, p);
    }
    const names = new Map(people.map((p) => [p.id, p.name]));
    const plan = planImport(input.csv, {
      resolveOwner: ({ name, email }) => {
        const byEmail = email ? byKey.get(email.trim().toLowerCase()) : undefined;
        return (byEmail ?? (name ? byKey.get(name.trim().toLowerCase()) : undefined))?.id ?? null;
      },
      defaultOwnerId: actor.id,
      maxRows: IMPORT_MAX_ROWS,
      ...(input.format ? { format: input.format } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
    });
    // Owners must be able to own initiatives (admins, program managers, policy owners).
    const roleOf = new Map(people.map((p) => [p.id, p.role as Role]));
    const ownerColumn = plan.mapping.find((m) => m.field === 'owner')?.header ?? null;
    const initiatives = plan.initiatives.filter((i) => {
      const role = roleOf.get(i.ownerId);
      if (role && roleHas(role, 'roadmap.edit_own')) return true;
      plan.errors.push({
        line: i.line,
        field: 'owner',
        column: ownerColumn,
        code: 'owner_cannot_own',
        message: `${names.get(i.ownerId) ?? 'This person'} cannot own initiatives: owners are admins, program managers or policy owners`,
        value: names.get(i.ownerId) ?? null,
      });
      return false;
    });
    plan.errors.sort((a, b) => a.line - b.line);
    const headers = [
      ...plan.mapping.filter((m) => m.header !== null).map((m) => ({ header: m.header!, column: m.column! })),
    ];
    return {
      ...plan,
      headers: allHeaders(headers, plan.unmappedHeaders),
      initiatives: initiatives.map((i) => ({ ...i, ownerName: names.get(i.ownerId) ?? '' })),
      summary: { ...plan.summary, initiatives: initiatives.length, errors: plan.errors.length },
    };
  }
}

function allHeaders(mapped: { header: string; column: number }[], unmapped: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of [...mapped.sort((a, b) => a.column - b.column).map((m) => m.header), ...unmapped])
    if (!seen.has(h)) {
      seen.add(h);
      out.push(h);
    }
  return out;
}

function rowErrors(issues: ImportIssue[], count: number): AppError {
  const errors: FieldError[] = issues.map((i) => ({ path: issuePath(i), message: i.message, line: i.line }));
  const lines = [...new Set(issues.map((i) => i.line))];
  return new AppError(
    'VALIDATION_FAILED',
    `Nothing was imported: ${count} problem${count === 1 ? '' : 's'} on line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`,
    errors,
  );
}

/** Runs a create for one row of the file, reporting a refusal as rows.<line>.<field>. */
async function atLine<T>(line: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors?.length)
      throw new AppError(
        error.code,
        `Nothing was imported: line ${line}: ${error.detail ?? error.code}`,
        error.fieldErrors.map((f) => ({
          path: `rows.${line}.${f.path.replace(/^body\./, '')}`,
          message: f.message,
          line,
        })),
      );
    throw error;
  }
}
