// The comparison of the live roadmap with a baseline (issue 9, item 4): what moved since we planned.
//
// A baseline is an immutable snapshot of the roadmap's initiatives, milestones and key-result
// targets; the core stores it and rebuilds the same shape for the live roadmap (or for the roadmap as
// of a date, from its history). Comparing is one pass over each side with a map by id, so O(n).
//
// - Initiatives are matched by id: only in the live plan = added, only in the baseline = removed.
// - Dates moved: start and end deltas in signed days (positive = later); listed when either moved.
// - Scope is areas, policies and teams; the ids added and removed are listed per kind. Policies the
//   reader may not see (`canSeePolicy`) are left out of both sides, so a change to a restricted
//   policy is not revealed by the comparison.
// - Milestones are matched by id; `slipDays` is signed (positive = later, negative = pulled in).
// - Key-result targets: "lowered" means a lowered ambition, read in the key result's direction. For
//   increase-to, stay-at-or-above, milestone and yes/no, a smaller target asks for less; for
//   decrease-to and stay-at-or-below, a larger one does (12% → 8% planned, 10% now: lowered). A change
//   of type, or a target that appears or disappears, is "changed": there is no direction to read.

import type { InitiativeStatus, KeyResultType } from '@policyops/contracts';
import { dayCodec } from './day-number.js';

export interface SnapshotInitiative {
  id: string;
  title: string;
  ownerId: string | null;
  status: InitiativeStatus;
  /** First day (YYYY-MM-DD). */
  start: string;
  /** Last day, inclusive. */
  end: string;
  areaIds: string[];
  policyIds: string[];
  teamIds: string[];
}

export interface SnapshotMilestone {
  id: string;
  initiativeId: string;
  title: string;
  date: string;
}

export interface SnapshotKeyResult {
  id: string;
  title: string;
  type: KeyResultType;
  baseline: number | null;
  target: number | null;
}

/** A baseline, or the live roadmap in the same shape. */
export interface RoadmapSnapshot {
  initiatives: SnapshotInitiative[];
  milestones: SnapshotMilestone[];
  keyResults: SnapshotKeyResult[];
}

interface Ref {
  id: string;
  title: string;
}
interface IdChanges {
  added: string[];
  removed: string[];
}

export interface BaselineComparison {
  initiatives: {
    added: Ref[];
    removed: Ref[];
    datesMoved: (Ref & {
      startBefore: string;
      startAfter: string;
      startDeltaDays: number;
      endBefore: string;
      endAfter: string;
      endDeltaDays: number;
    })[];
    statusChanged: (Ref & { before: InitiativeStatus; after: InitiativeStatus })[];
    ownerChanged: (Ref & { before: string | null; after: string | null })[];
    scopeChanged: (Ref & { areas: IdChanges; policies: IdChanges; teams: IdChanges })[];
  };
  milestones: {
    added: (Ref & { initiativeId: string; date: string })[];
    removed: (Ref & { initiativeId: string; date: string })[];
    moved: (Ref & { initiativeId: string; dateBefore: string; dateAfter: string; slipDays: number })[];
  };
  keyResults: {
    added: Ref[];
    removed: Ref[];
    targetsChanged: (Ref & {
      type: KeyResultType;
      baseline: number | null;
      targetBefore: number | null;
      targetAfter: number | null;
      ambition: 'lowered' | 'raised' | 'changed';
    })[];
  };
  summary: {
    initiativesAdded: number;
    initiativesRemoved: number;
    initiativesMoved: number;
    statusChanges: number;
    ownerChanges: number;
    scopeChanges: number;
    milestonesSlipped: number;
    milestonesPulledIn: number;
    targetsLowered: number;
    targetsRaised: number;
  };
}

export interface CompareOptions {
  /** Whether the reader may see a policy; policies they may not are left out of scope changes. */
  canSeePolicy?: (policyId: string) => boolean;
}

/** Key-result types whose ambition grows with the target. */
const HIGHER_IS_MORE: Record<KeyResultType, boolean> = {
  increase_to: true,
  stay_at_or_above: true,
  milestone: true,
  yes_no: true,
  decrease_to: false,
  stay_at_or_below: false,
};

/** Everything that moved between `baseline` and `live`; pure and O(n). */
export function compareWithBaseline(
  baseline: RoadmapSnapshot,
  live: RoadmapSnapshot,
  options: CompareOptions = {},
): BaselineComparison {
  const initiatives = compareInitiatives(baseline.initiatives, live.initiatives, options);
  const milestones = compareMilestones(baseline.milestones, live.milestones);
  const keyResults = compareKeyResults(baseline.keyResults, live.keyResults);
  return {
    initiatives,
    milestones,
    keyResults,
    summary: {
      initiativesAdded: initiatives.added.length,
      initiativesRemoved: initiatives.removed.length,
      initiativesMoved: initiatives.datesMoved.length,
      statusChanges: initiatives.statusChanged.length,
      ownerChanges: initiatives.ownerChanged.length,
      scopeChanges: initiatives.scopeChanged.length,
      milestonesSlipped: milestones.moved.filter((m) => m.slipDays > 0).length,
      milestonesPulledIn: milestones.moved.filter((m) => m.slipDays < 0).length,
      targetsLowered: keyResults.targetsChanged.filter((k) => k.ambition === 'lowered').length,
      targetsRaised: keyResults.targetsChanged.filter((k) => k.ambition === 'raised').length,
    },
  };
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.id, row);
  return map;
}

function compareInitiatives(
  before: SnapshotInitiative[],
  after: SnapshotInitiative[],
  options: CompareOptions,
): BaselineComparison['initiatives'] {
  const { toDay } = dayCodec();
  const old = byId(before);
  const result: BaselineComparison['initiatives'] = {
    added: [],
    removed: [],
    datesMoved: [],
    statusChanged: [],
    ownerChanged: [],
    scopeChanged: [],
  };
  const visible = options.canSeePolicy;
  for (const now of after) {
    const was = old.get(now.id);
    old.delete(now.id);
    const ref = { id: now.id, title: now.title };
    if (!was) {
      result.added.push(ref);
      continue;
    }
    if (was.start !== now.start || was.end !== now.end)
      result.datesMoved.push({
        ...ref,
        startBefore: was.start,
        startAfter: now.start,
        startDeltaDays: toDay(now.start) - toDay(was.start),
        endBefore: was.end,
        endAfter: now.end,
        endDeltaDays: toDay(now.end) - toDay(was.end),
      });
    if (was.status !== now.status) result.statusChanged.push({ ...ref, before: was.status, after: now.status });
    if (was.ownerId !== now.ownerId) result.ownerChanged.push({ ...ref, before: was.ownerId, after: now.ownerId });
    const areas = idChanges(was.areaIds, now.areaIds);
    const policies = idChanges(was.policyIds, now.policyIds, visible);
    const teams = idChanges(was.teamIds, now.teamIds);
    if ([areas, policies, teams].some((c) => c.added.length > 0 || c.removed.length > 0))
      result.scopeChanged.push({ ...ref, areas, policies, teams });
  }
  // What is left was matched by nothing live: removed, in the baseline's order.
  for (const was of old.values()) result.removed.push({ id: was.id, title: was.title });
  return result;
}

/** Ids added and removed between two small lists (a handful of areas, policies or teams). */
function idChanges(before: string[], after: string[], visible?: (id: string) => boolean): IdChanges {
  const added = after.filter((id) => !before.includes(id) && (!visible || visible(id)));
  const removed = before.filter((id) => !after.includes(id) && (!visible || visible(id)));
  return { added, removed };
}

function compareMilestones(before: SnapshotMilestone[], after: SnapshotMilestone[]): BaselineComparison['milestones'] {
  const { toDay } = dayCodec();
  const old = byId(before);
  const result: BaselineComparison['milestones'] = { added: [], removed: [], moved: [] };
  for (const now of after) {
    const was = old.get(now.id);
    old.delete(now.id);
    if (!was) {
      result.added.push({ id: now.id, title: now.title, initiativeId: now.initiativeId, date: now.date });
      continue;
    }
    if (was.date === now.date) continue;
    result.moved.push({
      id: now.id,
      title: now.title,
      initiativeId: now.initiativeId,
      dateBefore: was.date,
      dateAfter: now.date,
      slipDays: toDay(now.date) - toDay(was.date),
    });
  }
  for (const was of old.values())
    result.removed.push({ id: was.id, title: was.title, initiativeId: was.initiativeId, date: was.date });
  return result;
}

function compareKeyResults(before: SnapshotKeyResult[], after: SnapshotKeyResult[]): BaselineComparison['keyResults'] {
  const old = byId(before);
  const result: BaselineComparison['keyResults'] = { added: [], removed: [], targetsChanged: [] };
  for (const now of after) {
    const was = old.get(now.id);
    old.delete(now.id);
    if (!was) {
      result.added.push({ id: now.id, title: now.title });
      continue;
    }
    if (was.target === now.target && was.type === now.type) continue;
    result.targetsChanged.push({
      id: now.id,
      title: now.title,
      type: now.type,
      baseline: now.baseline,
      targetBefore: was.target,
      targetAfter: now.target,
      ambition: ambition(was, now),
    });
  }
  for (const was of old.values()) result.removed.push({ id: was.id, title: was.title });
  return result;
}

/** Whether the live target asks for more or less than the planned one, in the key result's direction. */
export function ambition(was: SnapshotKeyResult, now: SnapshotKeyResult): 'lowered' | 'raised' | 'changed' {
  if (was.type !== now.type || was.target === null || now.target === null) return 'changed';
  const higher = now.target > was.target;
  return higher === HIGHER_IS_MORE[now.type] ? 'raised' : 'lowered';
}
