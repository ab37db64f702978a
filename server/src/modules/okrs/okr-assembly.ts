import type {
  CheckIn,
  Confidence,
  KeyResultDetail,
  KeyResultSource,
  KeyResultType,
  ObjectiveDetail,
  RollupMethod,
} from '@policyops/contracts';
import { periodLabel } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { FeedReading } from './key-result-feeds.js';
import { keyResultProgress } from './key-result-progress.js';
import { mayEditObjective } from './okr-access.js';
import { objectiveStatus, rollUp, type RollupNode } from './okr-rollup.js';
import { checkInDue, daysSince } from './okr-rules.js';
import type { CheckInRow, KeyResultRow, ObjectiveRow } from './okrs.repository.js';

/** Everything of one fiscal year (the year and its quarters) that a reply about any of it needs. */
export interface OkrYearData {
  today: string;
  objectives: ObjectiveRow[];
  keyResults: KeyResultRow[];
  checkIns: CheckInRow[];
  /** Keys of the closed periods among the year's. */
  closed: Set<string>;
  /** First day of each of the year's period keys. */
  starts: Map<string, string>;
  readings: Map<string, FeedReading>;
}

export function sourceOf(row: Pick<KeyResultRow, 'source_kind' | 'source_ref'>): KeyResultSource {
  return row.source_kind === 'initiative' && row.source_ref
    ? { kind: 'initiative', initiativeId: row.source_ref }
    : { kind: 'manual' };
}

function checkInOf(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    keyResultId: row.key_result_id,
    value: row.value,
    confidence: row.confidence as Confidence,
    comment: row.comment,
    date: row.checked_in_on,
    author: row.author_id ? { id: row.author_id, name: row.author_name ?? 'Deleted user' } : null,
    createdAt: row.created_at,
  };
}

function assembleKeyResult(
  kr: KeyResultRow,
  checkIns: CheckInRow[],
  data: OkrYearData,
  editable: boolean,
): KeyResultDetail {
  const subject = { type: kr.type as KeyResultType, baseline: kr.baseline, target: kr.target, unit: kr.unit };
  const latest = checkIns.at(-1) ?? null;
  const open = !data.closed.has(kr.period_key);
  // A closed period was scored on the value stored at close; a feed's live reading would move it
  // after the fact. Periods closed before values were stored (final_value null) read as before.
  const atClose = open ? null : (kr.final_value ?? null);
  const current = atClose ?? data.readings.get(kr.id)?.value ?? latest?.value ?? null;
  const progress = keyResultProgress(subject, current);
  return {
    id: kr.id,
    objectiveId: kr.objective_id,
    title: kr.title,
    type: subject.type,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    weight: kr.weight,
    source: sourceOf(kr),
    position: kr.position,
    currentValue: current,
    progress: progress.percent,
    progressExplanation: progress.explanation,
    confidence: (latest?.confidence as Confidence | undefined) ?? null,
    lastCheckInDate: latest?.checked_in_on ?? null,
    lastCheckInAgeDays: latest ? daysSince(latest.checked_in_on, data.today) : null,
    checkInDue: checkInDue({
      periodOpen: open,
      periodStart: data.starts.get(kr.period_key) ?? data.today,
      createdOn: kr.created_at.slice(0, 10),
      lastCheckIn: latest?.checked_in_on ?? null,
      today: data.today,
    }),
    trend: checkIns.map((c) => ({
      date: c.checked_in_on,
      value: c.value,
      confidence: c.confidence as Confidence,
      progress: keyResultProgress(subject, c.value).percent,
    })),
    score: kr.score,
    scoreComment: kr.score_comment,
    createdAt: kr.created_at,
    updatedAt: kr.updated_at,
    version: kr.version,
    abilities: { update: editable, delete: editable, checkIn: editable },
    checkIns: checkIns.map(checkInOf).reverse(),
  };
}

/**
 * Every objective of the year as the API shows it: key results with progress, confidence, trend and
 * check-in due; objectives with progress and score rolled up by their methods (across the year's
 * alignment tree), their status, lock and the caller's abilities.
 */
export function assembleYear(actor: Actor, data: OkrYearData): Map<string, ObjectiveDetail> {
  const checkInsByKr = new Map<string, CheckInRow[]>();
  for (const c of data.checkIns) checkInsByKr.set(c.key_result_id, [...(checkInsByKr.get(c.key_result_id) ?? []), c]);
  const krsByObjective = new Map<string, KeyResultDetail[]>();
  for (const kr of data.keyResults) {
    const editable = !data.closed.has(kr.period_key) && mayEditObjective(actor, kr.owner_id);
    const assembled = assembleKeyResult(kr, checkInsByKr.get(kr.id) ?? [], data, editable);
    krsByObjective.set(kr.objective_id, [...(krsByObjective.get(kr.objective_id) ?? []), assembled]);
  }

  const nodes: RollupNode[] = data.objectives.map((o) => ({
    id: o.id,
    parentId: o.parent_id,
    method: o.rollup_method as RollupMethod,
    includeChildren: o.include_children === 1,
    keyResults: (krsByObjective.get(o.id) ?? []).map((kr) => ({
      percent: kr.progress,
      weight: kr.weight,
      score: kr.score,
    })),
  }));
  const progress = rollUp(nodes, 'progress');
  const scores = rollUp(nodes, 'score');
  const byId = new Map(data.objectives.map((o) => [o.id, o]));
  const children = new Map<string, ObjectiveRow[]>();
  for (const o of data.objectives)
    if (o.parent_id) children.set(o.parent_id, [...(children.get(o.parent_id) ?? []), o]);
  const ref = (o: ObjectiveRow) => ({
    id: o.id,
    title: o.title,
    periodKey: o.period_key,
    periodLabel: periodLabel(o.period_key),
  });

  const out = new Map<string, ObjectiveDetail>();
  for (const o of data.objectives) {
    const keyResults = krsByObjective.get(o.id) ?? [];
    const locked = data.closed.has(o.period_key);
    const editable = !locked && mayEditObjective(actor, o.owner_id);
    const parent = o.parent_id ? byId.get(o.parent_id) : undefined;
    const override =
      o.status_override && o.status_override_reason
        ? { status: o.status_override as Confidence, reason: o.status_override_reason }
        : null;
    out.set(o.id, {
      id: o.id,
      periodKey: o.period_key,
      periodLabel: periodLabel(o.period_key),
      title: o.title,
      description: o.description,
      owner: { id: o.owner_id, name: o.owner_name ?? 'Deleted user' },
      team: o.team_id ? { id: o.team_id, name: o.team_name ?? 'Deleted team' } : null,
      parent: parent ? ref(parent) : null,
      rollupMethod: o.rollup_method as RollupMethod,
      includeChildren: o.include_children === 1,
      progress: progress.get(o.id)?.value ?? null,
      progressFormula: progress.get(o.id)?.formula ?? 'no key results yet',
      score: scores.get(o.id)?.value ?? null,
      scoreFormula: scores.get(o.id)?.formula ?? 'not scored yet',
      status: objectiveStatus(
        keyResults.map((kr) => kr.confidence),
        override,
      ),
      locked,
      childCount: children.get(o.id)?.length ?? 0,
      keyResults,
      createdAt: o.created_at,
      updatedAt: o.updated_at,
      version: o.version,
      abilities: { update: editable, delete: editable, addKeyResult: editable, checkIn: editable },
      children: (children.get(o.id) ?? []).map((c) => ({ ...ref(c), progress: progress.get(c.id)?.value ?? null })),
    });
  }
  return out;
}
