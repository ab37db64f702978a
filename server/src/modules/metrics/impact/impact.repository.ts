import type { ImpactAnalysesTable } from '../../../db/impact-analyses-schema.js';
import { type DbScope, queryBuilder } from '../../../db/scope.js';

/** A day's figures of one market x surface, summed over detection methods. */
export interface CellDayRow {
  day: string;
  marketId: string;
  surfaceId: string;
  actioned: number;
  views: number;
  violatingViews: number;
  qaSampled: number;
  qaCorrect: number;
  appeals: number;
  appealsOverturned: number;
  proactive: number;
  /** Sum of median hours x actioned over the rows that report a median, and the actioned behind it. */
  medianWeighted: number;
  p90Weighted: number;
  timeWeight: number;
}

/** The policy's figures per day, market and surface between two days (inclusive). */
export async function cellDays(scope: DbScope, policyId: string, from: string, to: string): Promise<CellDayRow[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('metric_daily')
    .where('policy_id', '=', policyId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['day', 'market_id', 'surface_id'])
    .select((eb) => [
      'day',
      'market_id',
      'surface_id',
      eb.fn.sum<number | string>('actioned').as('actioned'),
      eb.fn.sum<number | string>('views').as('views'),
      eb.fn.sum<number | string>('violating_views').as('violating_views'),
      eb.fn.sum<number | string>('qa_sampled').as('qa_sampled'),
      eb.fn.sum<number | string>('qa_correct').as('qa_correct'),
      eb.fn.sum<number | string>('appeals').as('appeals'),
      eb.fn.sum<number | string>('appeals_overturned').as('appeals_overturned'),
      eb.fn.sum<number | string>('proactive').as('proactive'),
      eb.fn.sum<number | string | null>(eb('median_hours_to_action', '*', eb.ref('actioned'))).as('median_weighted'),
      eb.fn.sum<number | string | null>(eb('p90_hours_to_action', '*', eb.ref('actioned'))).as('p90_weighted'),
      eb.fn
        .sum<number | string | null>(
          eb.case().when('median_hours_to_action', 'is not', null).then(eb.ref('actioned')).else(0).end(),
        )
        .as('time_weight'),
    ])
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    marketId: r.market_id,
    surfaceId: r.surface_id,
    actioned: Number(r.actioned),
    views: Number(r.views),
    violatingViews: Number(r.violating_views),
    qaSampled: Number(r.qa_sampled),
    qaCorrect: Number(r.qa_correct),
    appeals: Number(r.appeals),
    appealsOverturned: Number(r.appeals_overturned),
    proactive: Number(r.proactive),
    medianWeighted: Number(r.median_weighted ?? 0),
    p90Weighted: Number(r.p90_weighted ?? 0),
    timeWeight: Number(r.time_weight ?? 0),
  }));
}

/** Markets that carry any row of the policy. */
export async function marketsWithData(scope: DbScope, policyId: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('metric_daily')
    .where('policy_id', '=', policyId)
    .select('market_id')
    .distinct()
    .execute();
  return rows.map((r) => r.market_id);
}

/** Days with any row of the policy, oldest first. */
export async function daysWithData(scope: DbScope, policyId: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('metric_daily')
    .where('policy_id', '=', policyId)
    .select('day')
    .distinct()
    .orderBy('day')
    .execute();
  return rows.map((r) => r.day);
}

export type AnalysisRow = ImpactAnalysesTable & { creator_name: string | null };

function analyses(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('impact_analyses as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .selectAll('a')
    .select('u.name as creator_name');
}

export async function insertAnalysis(scope: DbScope, row: ImpactAnalysesTable): Promise<void> {
  await queryBuilder(scope).insertInto('impact_analyses').values(row).execute();
}

export async function findAnalysis(scope: DbScope, id: string): Promise<AnalysisRow | undefined> {
  return analyses(scope).where('a.id', '=', id).executeTakeFirst();
}

/** Summaries only: the stored JSON stays in the database until one analysis is opened. */
export async function listAnalyses(
  scope: DbScope,
  policyId: string,
  versionId: string,
): Promise<Omit<AnalysisRow, 'inputs' | 'result'>[]> {
  return queryBuilder(scope)
    .selectFrom('impact_analyses as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .where('a.policy_id', '=', policyId)
    .where('a.version_id', '=', versionId)
    .select([
      'a.id',
      'a.policy_id',
      'a.version_id',
      'a.launch_date',
      'a.design',
      'a.options',
      'a.method_version',
      'a.significant',
      'a.metrics',
      'a.created_by',
      'a.created_at',
      'u.name as creator_name',
    ])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

export async function countAnalysesByVersion(scope: DbScope, policyId: string): Promise<Map<string, number>> {
  const rows = await queryBuilder(scope)
    .selectFrom('impact_analyses')
    .where('policy_id', '=', policyId)
    .groupBy('version_id')
    .select((eb) => ['version_id', eb.fn.countAll<number | string>().as('n')])
    .execute();
  return new Map(rows.map((r) => [r.version_id, Number(r.n)]));
}

export async function deleteAnalysis(scope: DbScope, id: string): Promise<void> {
  await queryBuilder(scope).deleteFrom('impact_analyses').where('id', '=', id).execute();
}
