import type {
  ImpactAnalysis,
  ImpactAnalysisList,
  ImpactAnalysisSummary,
  ImpactQuery,
  ImpactReport,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../../db/scope.js';
import { authorize, can, type Actor } from '../../../http/actor.js';
import { notFound } from '../../../http/app-error.js';
import type { Clock } from '../../../platform/clock.js';
import type { AuditService } from '../../audit/audit.service.js';
import { IMPACT_METHOD_VERSION, type ImpactAnalysisInput } from '../statistics/index.js';
import type { ImpactAnalysisService } from './impact-analysis.service.js';
import { comparableMetrics } from './impact-report.js';
import * as repo from './impact.repository.js';

export interface ImpactStoreDeps {
  db: DbScope;
  audit: AuditService;
  clock: Clock;
  analysis: ImpactAnalysisService;
}

type SummaryRow = Omit<repo.AnalysisRow, 'inputs' | 'result'>;

function summaryOf(actor: Actor, row: SummaryRow): ImpactAnalysisSummary {
  return {
    id: row.id,
    policyId: row.policy_id,
    versionId: row.version_id,
    launchDate: row.launch_date,
    design: row.design as ImpactAnalysisSummary['design'],
    methodVersion: row.method_version,
    options: JSON.parse(row.options) as ImpactAnalysisSummary['options'],
    significant: row.significant,
    metrics: row.metrics,
    createdAt: row.created_at,
    createdBy: row.created_by && row.creator_name !== null ? { id: row.created_by, name: row.creator_name } : null,
    abilities: { delete: can(actor, 'metrics.analyse') },
  };
}

function snapshotOf(report: ImpactReport) {
  return {
    policyId: report.policy.id,
    versionId: report.version.id,
    versionLabel: report.version.label,
    launchDate: report.launchDate,
    design: report.design,
    significant: report.metrics.filter((m) => m.significant).length,
    metrics: report.metrics.length,
  };
}

/**
 * Stored impact analyses: a snapshot of the reply with the statistics input and options behind it,
 * read back as saved, re-run on read to show that the stored input still gives the same figures.
 */
export class ImpactStoreService {
  constructor(private readonly deps: ImpactStoreDeps) {}

  /** Computes the analysis now and stores it. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, INVALID_STATE. */
  async create(actor: Actor, policyRef: string, versionId: string, query: ImpactQuery): Promise<ImpactAnalysis> {
    authorize(actor, 'metrics.analyse');
    const policy = await this.deps.analysis.policyFor(actor, policyRef);
    const { report, input } = await this.deps.analysis.compute(actor, policy, versionId, query, 'body');
    const id = uuidv7();
    const snapshot = snapshotOf(report);
    await inTransaction(this.deps.db, async (trx) => {
      await repo.insertAnalysis(trx, {
        id,
        policy_id: policy.id,
        version_id: versionId,
        launch_date: report.launchDate,
        design: report.design,
        options: JSON.stringify(report.options),
        inputs: JSON.stringify(input),
        method_version: report.methodVersion,
        result: JSON.stringify(report),
        significant: snapshot.significant,
        metrics: snapshot.metrics,
        created_by: actor.id,
        created_at: this.deps.clock.now().toISOString(),
      });
      await this.deps.audit.record(trx, actor, {
        action: 'impact_analysis.created',
        entityType: 'impact_analysis',
        entityId: id,
        after: snapshot,
      });
    });
    return this.get(actor, id);
  }

  /** One stored analysis with the re-run check. Throws FORBIDDEN, NOT_FOUND (also under a hidden policy). */
  async get(actor: Actor, id: string): Promise<ImpactAnalysis> {
    const row = await this.visibleRow(actor, id);
    const report = JSON.parse(row.result) as ImpactReport;
    const rerun = this.deps.analysis.run(JSON.parse(row.inputs) as ImpactAnalysisInput, 'body');
    const reproduced = JSON.stringify(comparableMetrics(rerun)) === JSON.stringify(report.metrics);
    return {
      ...summaryOf(actor, row),
      report: { ...report, abilities: { save: can(actor, 'metrics.analyse') } },
      reproduction: {
        reproduced,
        currentMethodVersion: IMPACT_METHOD_VERSION,
        sameMethodVersion: row.method_version === IMPACT_METHOD_VERSION,
      },
    };
  }

  /** Stored analyses of one version, newest first. Throws FORBIDDEN, NOT_FOUND. */
  async list(actor: Actor, policyRef: string, versionId: string): Promise<ImpactAnalysisList> {
    const policy = await this.deps.analysis.policyFor(actor, policyRef);
    const rows = await repo.listAnalyses(this.deps.db, policy.id, versionId);
    return { items: rows.map((r) => summaryOf(actor, r)) };
  }

  /** Throws FORBIDDEN, NOT_FOUND. */
  async delete(actor: Actor, id: string): Promise<void> {
    authorize(actor, 'metrics.analyse');
    const row = await this.visibleRow(actor, id);
    const report = JSON.parse(row.result) as ImpactReport;
    await inTransaction(this.deps.db, async (trx) => {
      await repo.deleteAnalysis(trx, id);
      await this.deps.audit.record(trx, actor, {
        action: 'impact_analysis.deleted',
        entityType: 'impact_analysis',
        entityId: id,
        before: snapshotOf(report),
      });
    });
  }

  private async visibleRow(actor: Actor, id: string): Promise<repo.AnalysisRow> {
    authorize(actor, 'metrics.read');
    const row = await repo.findAnalysis(this.deps.db, id);
    if (!row) throw notFound('Impact analysis');
    try {
      await this.deps.analysis.policyFor(actor, row.policy_id);
    } catch {
      throw notFound('Impact analysis');
    }
    return row;
  }
}
