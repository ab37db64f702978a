import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { MetricImport, MetricImportFormat, MetricImportPage, MetricImportProblem } from '@policyops/contracts';
import { z } from 'zod';
import type { DialectName } from '../../../db/database.js';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { inTransaction, type DbScope } from '../../../db/scope.js';
import { authorize, type Actor } from '../../../http/actor.js';
import { AppError, notFound } from '../../../http/app-error.js';
import type { Clock } from '../../../platform/clock.js';
import { PermanentJobError, type JobQueue, type JobType } from '../../../platform/jobs/index.js';
import type { ApplicabilityDimensionsService } from '../../applicability/dimensions.service.js';
import type { AuditService } from '../../audit/audit.service.js';
import { viewerOf } from '../../policies/policy-access.js';
import type { Viewer } from '../../policies/policy-access.js';
import { refreshRollups } from '../dashboards/metric-rollups.js';
import type { VersionTimeline } from '../version-timeline.js';
import { FileProblem, readMetricFile } from './metric-file-reader.js';
import * as imports from './metric-imports.repository.js';
import { MetricRowCheck, type IngestLookups } from './metric-row-check.js';
import { METRIC_ROW_COLUMNS, upsertMetricRows } from './metric-rows.repository.js';
import { reResolveVersions } from './metric-versions.repository.js';
import { readSpool, removeFiles, spoolTo, SPOOL_DIR, StagedRows } from './spool.js';

export const METRIC_IMPORT_JOB = 'metrics.import';
const MAX_REPORTED = 200;
const WRITE_CHUNK = 20_000;

export interface MetricIngestDeps {
  db: DbScope;
  dialect: DialectName;
  audit: AuditService;
  clock: Clock;
  jobs: JobQueue;
  dimensions: ApplicabilityDimensionsService;
  timeline(db: DbScope, policyIds: string[]): Promise<VersionTimeline>;
  /** Files up to this size complete within the request (default 2 MB, ~25k rows); larger ones run as a job. */
  inlineBytes?: number;
  /** Progress is recorded every this many rows (default 20 000). */
  progressEvery?: number;
}

export interface UploadInput {
  body: Readable;
  format: MetricImportFormat;
  fileName: string | null;
  source: 'upload' | 'api';
}

interface Outcome {
  record: MetricImport;
  problems: MetricImportProblem[];
}

const encodeCursor = (r: { created_at: string; id: string }) =>
  Buffer.from(`${r.created_at}|${r.id}`).toString('base64url');
function decodeCursor(cursor: string | undefined): { createdAt: string; id: string } | null {
  if (!cursor) return null;
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id)
    throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
      { path: 'query.cursor', message: 'The cursor is invalid' },
    ]);
  return { createdAt, id };
}

/**
 * Metric files in: spooled to disk as they arrive, read twice as streams (validate everything, then
 * write), never held whole. Validation stages the converted rows on disk, so the write pass reads no
 * CSV again; it runs in one transaction with the import's completion and audit event, so a failure
 * or a killed server leaves metric_daily as it was.
 */
export class MetricIngestService {
  private readonly inlineBytes: number;
  private readonly progressEvery: number;
  private readonly job: JobType<{ importId: string; viewer: string | null }>;

  constructor(private readonly deps: MetricIngestDeps) {
    this.inlineBytes = deps.inlineBytes ?? 2 * 1024 * 1024;
    this.progressEvery = deps.progressEvery ?? 20_000;
    this.job = {
      name: METRIC_IMPORT_JOB,
      send: (payload, options) => deps.jobs.send(METRIC_IMPORT_JOB, payload, options),
    };
  }

  /** Registers the background job (once per queue; the services' own instance does it). */
  defineJob(): void {
    this.deps.jobs.define(
      METRIC_IMPORT_JOB,
      { schema: z.object({ importId: z.uuid(), viewer: z.string().nullable() }), retry: { limit: 0 } },
      async ({ importId, viewer }) => this.runQueued(importId, viewer),
    );
  }

  /**
   * Receives a file. Small ones complete here (the record, completed); a file with problems throws
   * VALIDATION_FAILED with the report (the rejected import stays in the history). Large ones are
   * queued (the record, queued). Throws FORBIDDEN without metrics.ingest.
   */
  async upload(actor: Actor, input: UploadInput): Promise<MetricImport> {
    authorize(actor, 'metrics.ingest');
    const id = randomUUID();
    const spool = join(SPOOL_DIR, `${id}.${input.format}`);
    const bytes = await spoolTo(input.body, spool);
    const inline = bytes <= this.inlineBytes;
    await imports.insertImport(this.deps.db, {
      id,
      file_name: input.fileName,
      format: input.format,
      source: input.source,
      state: inline ? 'validating' : 'queued',
      bytes,
      rows_read: 0,
      rows_written: 0,
      fraction: 0,
      rows: null,
      inserted: null,
      replaced: null,
      first_day: null,
      last_day: null,
      problems: '[]',
      problem_count: 0,
      spool_path: inline ? null : spool,
      created_by: actor.id,
      created_at: this.deps.clock.now().toISOString(),
      finished_at: null,
    });
    if (!inline) {
      await this.job.send({ importId: id, viewer: viewerOf(actor) });
      return this.read(id);
    }
    const { record, problems } = await this.run(id, spool, viewerOf(actor));
    if (record.state === 'rejected') throw rejection(record, problems);
    if (record.state === 'failed') throw new AppError('INTERNAL', record.problems[0]?.message);
    return record;
  }

  /** Throws FORBIDDEN without metrics.ingest (the template is for those who send files). */
  assertMayIngest(actor: Actor): void {
    authorize(actor, 'metrics.ingest');
  }

  async get(actor: Actor, importId: string): Promise<MetricImport> {
    authorize(actor, 'metrics.ingest');
    const row = await imports.findImport(this.deps.db, importId);
    if (!row) throw notFound('The import');
    return imports.importOf(row);
  }

  async list(actor: Actor, query: { cursor?: string | undefined; limit: number }): Promise<MetricImportPage> {
    authorize(actor, 'metrics.ingest');
    const rows = await imports.listImports(this.deps.db, decodeCursor(query.cursor), query.limit + 1);
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(imports.importOf),
      nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  }

  /**
   * Imports a stopped server left unfinished: failed (nothing of theirs was written; their write
   * transaction died with the process), their spool files removed. The sender sends the file again.
   */
  async failInterrupted(): Promise<number> {
    const unfinished = await imports.unfinishedImports(this.deps.db);
    for (const row of unfinished) {
      await imports.updateImport(this.deps.db, row.id, {
        state: 'failed',
        finished_at: this.deps.clock.now().toISOString(),
        spool_path: null,
        problems: JSON.stringify([
          {
            line: 0,
            field: null,
            message: 'The server stopped during the import; nothing was written. Send the file again.',
          },
        ]),
        problem_count: 1,
      });
      await removeFiles(row.spool_path, row.spool_path && `${row.spool_path}.rows`);
    }
    return unfinished.length;
  }

  /** Keeps metric_daily.version_id in step with the library: inside the publication's transaction. */
  async reResolveVersions(trx: DbScope, policyId: string): Promise<void> {
    const [timeline, { markets }] = await Promise.all([
      this.deps.timeline(trx, [policyId]),
      this.deps.dimensions.listInTransaction(trx),
    ]);
    const changed = await reResolveVersions(
      trx,
      policyId,
      timeline,
      markets.map((m) => m.id),
    );
    // The rollups are kept by version too: the days whose version moved are summed again.
    if (changed) await refreshRollups(trx, this.deps.dialect, { policyIds: [policyId], ...changed });
  }

  private async runQueued(importId: string, viewer: string | null): Promise<void> {
    const row = await imports.findImport(this.deps.db, importId);
    // Anything but queued: it already ran, or a restart found it interrupted and failed it.
    if (!row || row.state !== 'queued' || !row.spool_path) return;
    const { record } = await this.run(importId, row.spool_path, viewer);
    if (record.state === 'failed') throw new PermanentJobError(record.problems[0]?.message ?? 'The import failed');
  }

  /** Validates, then writes; records the outcome. Never throws for a bad file or a failed write. */
  private async run(id: string, spool: string, viewer: Viewer): Promise<Outcome> {
    const staged = new StagedRows(`${spool}.rows`);
    try {
      const report = await this.validate(id, spool, viewer, staged);
      await staged.close();
      if (report.problems.length > 0) {
        await imports.updateImport(this.deps.db, id, {
          state: 'rejected',
          rows: report.rows,
          rows_read: report.rows,
          problems: JSON.stringify(report.problems),
          problem_count: report.problemCount,
          spool_path: null,
          finished_at: this.deps.clock.now().toISOString(),
        });
        return { record: await this.read(id), problems: report.problems };
      }
      await this.write(id, staged, report);
      return { record: await this.read(id), problems: [] };
    } catch (error) {
      await staged.close().catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      await imports.updateImport(this.deps.db, id, {
        state: 'failed',
        spool_path: null,
        problems: JSON.stringify([
          { line: 0, field: null, message: `The import failed and wrote nothing: ${message}` },
        ]),
        problem_count: 1,
        finished_at: this.deps.clock.now().toISOString(),
      });
      return { record: await this.read(id), problems: [] };
    } finally {
      await removeFiles(spool, staged.path);
    }
  }

  private async lookups(viewer: Viewer): Promise<IngestLookups> {
    const db = this.deps.db;
    const [policies, { markets, surfaces }] = await Promise.all([
      imports.visiblePolicies(db, viewer),
      this.deps.dimensions.listInTransaction(db),
    ]);
    return {
      policies,
      markets: new Map(markets.map((m) => [m.code.toLowerCase(), m.id])),
      surfaces: new Map(surfaces.map((s) => [s.name.toLowerCase(), s.id])),
      timeline: await this.deps.timeline(db, [...policies.values()]),
      today: this.deps.clock.today(),
    };
  }

  private async validate(id: string, spool: string, viewer: Viewer, staged: StagedRows) {
    const row = (await imports.findImport(this.deps.db, id))!;
    const bytes = Number(row.bytes);
    const what = row.file_name ? `The file ${row.file_name}` : 'The file';
    await imports.updateImport(this.deps.db, id, { state: 'validating' });
    const check = new MetricRowCheck(await this.lookups(viewer), {
      importId: id,
      at: this.deps.clock.now().toISOString(),
    });
    const problems: MetricImportProblem[] = [];
    let problemCount = 0;
    const note = (found: MetricImportProblem[]) => {
      problemCount += found.length;
      for (const p of found) if (problems.length < MAX_REPORTED) problems.push(p);
    };
    let rows = 0;
    let bytesRead = 0;
    let firstDay: string | null = null;
    let lastDay: string | null = null;
    const policyIds = new Set<string>();
    const csv = row.format === 'csv';
    try {
      for await (const record of readMetricFile(
        readSpool(spool, (n) => (bytesRead = n)),
        row.format as MetricImportFormat,
        what,
      )) {
        rows += 1;
        const result = check.check(record, csv);
        if (Array.isArray(result)) note(result);
        else if (problemCount === 0) {
          await staged.write(METRIC_ROW_COLUMNS.map((c) => result[c]));
          policyIds.add(result.policy_id);
          if (firstDay === null || result.day < firstDay) firstDay = result.day;
          if (lastDay === null || result.day > lastDay) lastDay = result.day;
        }
        if (rows % this.progressEvery === 0)
          await imports.updateImport(this.deps.db, id, {
            rows_read: rows,
            fraction: bytes ? (0.5 * bytesRead) / bytes : 0,
          });
      }
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      note([error.problem]);
    }
    return { rows, problems, problemCount, firstDay, lastDay, policyIds: [...policyIds] };
  }

  private async write(
    id: string,
    staged: StagedRows,
    report: { rows: number; firstDay: string | null; lastDay: string | null; policyIds: string[] },
  ): Promise<void> {
    const { db, dialect } = this.deps;
    await imports.updateImport(db, id, { state: 'writing', rows: report.rows, rows_read: report.rows, fraction: 0.5 });
    const progress = async (written: number) => {
      // SQLite has one connection, held by the write; PostgreSQL records progress beside it.
      if (dialect === 'postgres')
        await imports.updateImport(db, id, {
          rows_written: written,
          fraction: 0.5 + (0.5 * written) / Math.max(1, report.rows),
        });
    };
    await inTransaction(db, async (trx) => {
      let inserted = 0;
      let replaced = 0;
      let written = 0;
      let reported = 0;
      let chunk: MetricDailyTable[] = [];
      const flush = async () => {
        const counts = await upsertMetricRows(trx, dialect, chunk);
        inserted += counts.inserted;
        replaced += counts.replaced;
        written += chunk.length;
        chunk = [];
        if (written - reported >= this.progressEvery) {
          reported = written;
          await progress(written);
        }
      };
      for await (const values of staged.read()) {
        const row = {} as Record<string, unknown>;
        for (let i = 0; i < METRIC_ROW_COLUMNS.length; i++) row[METRIC_ROW_COLUMNS[i]!] = values[i];
        chunk.push(row as unknown as MetricDailyTable);
        if (chunk.length >= WRITE_CHUNK) await flush();
      }
      if (chunk.length) await flush();
      // The dashboards' week and month rollups of what was written, in the same transaction.
      if (report.firstDay && report.lastDay)
        await refreshRollups(trx, dialect, { policyIds: report.policyIds, from: report.firstDay, to: report.lastDay });
      const row = (await imports.findImport(trx, id))!;
      // A restart may have failed this import meanwhile (failInterrupted): then it must write nothing.
      if (row.state !== 'writing') throw new Error('The import was stopped while writing');
      await imports.updateImport(trx, id, {
        state: 'completed',
        rows_written: written,
        fraction: 1,
        inserted,
        replaced,
        first_day: report.firstDay,
        last_day: report.lastDay,
        spool_path: null,
        finished_at: this.deps.clock.now().toISOString(),
      });
      await this.deps.audit.record(
        trx,
        { id: row.created_by, requestId: null },
        {
          action: 'metric_import.completed',
          entityType: 'metric_import',
          entityId: id,
          after: {
            fileName: row.file_name,
            format: row.format as MetricImportFormat,
            source: row.source as 'upload' | 'api',
            rows: report.rows,
            inserted,
            replaced,
            firstDay: report.firstDay,
            lastDay: report.lastDay,
            policies: report.policyIds.length,
          },
        },
      );
    });
  }

  private async read(id: string): Promise<MetricImport> {
    return imports.importOf((await imports.findImport(this.deps.db, id))!);
  }
}

/** The 400 of a rejected file: its problems as field errors, and where its import record is. */
function rejection(record: MetricImport, problems: MetricImportProblem[]): AppError {
  const shown = record.fileName ?? 'The file';
  return new AppError(
    'VALIDATION_FAILED',
    `${shown} has ${record.problemCount} problem${record.problemCount === 1 ? '' : 's'}; nothing was written (import ${record.id})`,
    problems.map((p) => ({ path: p.field ? `body.${p.field}` : 'body', message: p.message, line: p.line })),
    { Location: `/api/metrics/imports/${record.id}`, 'X-Metric-Import-Id': record.id },
  );
}
