// The critical path of a roadmap (issue 9, item 5): a CPM forward and backward pass over the
// finish-to-start dependencies between initiatives and milestones, across quarters.
//
// Time. Calendar days, no working calendar. An initiative planned from S to E (inclusive) occupies
// days S..E: it starts at the beginning of S and finishes at the end of E, a duration of E - S + 1
// days. A milestone on day D is reached by the end of D and takes no time.
//
// Dependencies. "P → Q with lag L" means Q starts no earlier than L days after P finishes: after an
// initiative ending on 07-10, a successor initiative may start on 07-11 (lag 0) or 07-13 (lag 2), a
// successor milestone may fall on 07-10 itself; after a milestone on 07-10, an initiative may start
// 07-11 and another milestone may fall on 07-10. A negative lag is a lead.
//
// Planned dates and computed dates. A planned date is a "no earlier than" constraint: an event's
// earliest time is the later of its own planned time and what its predecessors allow (finish + lag).
// So a dependency with slack does not pull work earlier than planned, and work pushed by a late
// predecessor moves later, keeping its planned duration. A fixed milestone's date is its planned
// date too; when the chain reaches it later, it "would be late" by the difference.
//
// Milestones and their initiative. A milestone belongs to an initiative at an offset from its start:
// when the initiative is pushed later, its milestones move with it (start → milestone, weight = the
// planned offset), and the initiative finishes no earlier than its remaining planned time after each
// milestone (milestone → finish). So a dependency that pushes a milestone stretches its initiative.
// A free-standing milestone (no initiative) has only its own date and its dependencies.
//
// Backward pass. To the latest finish (default): every event without successors must happen by the
// latest earliest time in the plan. To a chosen milestone or initiative: only the work leading to it
// is measured (float is null elsewhere), and its latest time is its earliest. To a chosen date: every
// event without successors must happen by the end of that day, so float is negative when the plan
// cannot make it. Total float is latest minus earliest, in days (for an initiative the smaller of its
// start's and its finish's). Nodes with the least float (0, or the negative float to a date that
// cannot be made) are critical; the critical path is the driving chain back from the end: at each
// event, the predecessor that set its earliest time (ties: the initiative's own duration, then an
// explicit dependency, then a milestone link), stopping where the plan's own date set it.
//
// Cycles. Kahn's order leaves the events of a cycle unordered; one cycle is named (its members in
// dependency order) instead of a schedule. Everything is iterative: no recursion depth to exceed.

import {
  backwardPass,
  buildEventGraph,
  cycleEvents,
  drivingChain,
  entityOfEvent,
  finishEvent,
  forwardPass,
  startEvent,
  topologicalOrder,
  type EventGraph,
  type PathGraph,
} from './critical-path-graph.js';
import { dayNumber } from './day-number.js';

export type { PathDependency, PathGraph, PathInitiative, PathMilestone } from './critical-path-graph.js';

const DRIVEN_BY_LINKS = 8;

/** The end the critical path runs to. */
export type PathEnd = { kind: 'latest-finish' } | { kind: 'node'; id: string } | { kind: 'date'; date: string };

export interface ScheduledNode {
  id: string;
  kind: 'initiative' | 'milestone';
  earliestStart: string;
  /** Last day, inclusive (a milestone's date for a milestone). */
  earliestFinish: string;
  /** Null when the node does not lead to the chosen end. */
  latestStart: string | null;
  latestFinish: string | null;
  totalFloatDays: number | null;
  critical: boolean;
}

export interface LateFixedMilestone {
  milestoneId: string;
  fixedDate: string;
  /** The earliest date the chain of dependencies allows. */
  earliestDate: string;
  daysLate: number;
  /**
   * The nearest links of the chain that pushes it (up to 8, its own id excluded), first to last; the
   * critical path to the milestone (`{ kind: 'node', id }`) has the whole chain.
   */
  drivenBy: string[];
}

export type CriticalPathResult =
  | {
      ok: true;
      /** Where the driving chain ends: the chosen node, or the latest finish in the plan. */
      end: { nodeId: string | null; date: string | null };
      /** Ids of initiatives and milestones from the first to the end. */
      criticalPath: string[];
      /** The nodes of the critical path, in its order, with their dates and float. */
      pathNodes: ScheduledNode[];
      /** Any node's dates and float (null for an unknown id); built on demand. */
      node: (id: string) => ScheduledNode | null;
      /** Every node, initiatives then milestones: 100k+ objects for a big year, so only on demand. */
      allNodes: () => ScheduledNode[];
      lateFixedMilestones: LateFixedMilestone[];
    }
  | { ok: false; cycle: string[] };

/**
 * Schedules the plan and names its critical path, float and late fixed milestones; a cycle is
 * returned as `{ ok: false, cycle }`. Throws RangeError for an unknown id or an end before a start.
 */
export function computeCriticalPath(input: PathGraph, end: PathEnd = { kind: 'latest-finish' }): CriticalPathResult {
  const graph = buildEventGraph(input);
  const { order, complete, pending } = topologicalOrder(graph);
  if (!complete) return { ok: false, cycle: cycleOf(graph, pending) };
  const { earliest, driver } = forwardPass(graph, order);

  const endEvent = end.kind === 'node' ? eventOfId(graph, end.id) : latestEvent(earliest);
  const endTime = end.kind === 'date' ? dayNumber(end.date) + 1 : endEvent === null ? 0 : earliest[endEvent]!;
  const latest = backwardPass(graph, order, endTime, end.kind === 'node' ? endEvent : null);
  const pathFloat = endEvent === null ? 0 : latest[endEvent]! - earliest[endEvent]!;

  const toIso = graph.toIso;
  const scheduled = (at: number): ScheduledNode => {
    if (at < graph.initiativeCount) {
      const s = startEvent(at);
      const f = finishEvent(at);
      const float = minFinite(latest[s]! - earliest[s]!, latest[f]! - earliest[f]!);
      return {
        id: graph.ids[at]!,
        kind: 'initiative',
        earliestStart: toIso(earliest[s]!),
        earliestFinish: toIso(earliest[f]! - 1),
        latestStart: Number.isFinite(latest[s]!) ? toIso(latest[s]!) : null,
        latestFinish: Number.isFinite(latest[f]!) ? toIso(latest[f]! - 1) : null,
        totalFloatDays: float,
        critical: float !== null && float <= pathFloat,
      };
    }
    const v = at + graph.initiativeCount;
    const date = toIso(earliest[v]! - 1);
    const late = Number.isFinite(latest[v]!) ? toIso(latest[v]! - 1) : null;
    const float = minFinite(latest[v]! - earliest[v]!, Infinity);
    return {
      id: graph.ids[at]!,
      kind: 'milestone',
      earliestStart: date,
      earliestFinish: date,
      latestStart: late,
      latestFinish: late,
      totalFloatDays: float,
      critical: float !== null && float <= pathFloat,
    };
  };
  const criticalPath = endEvent === null ? [] : drivingChain(graph, driver, endEvent);
  return {
    ok: true,
    end:
      endEvent === null
        ? { nodeId: null, date: null }
        : { nodeId: graph.ids[entityOfEvent(graph, endEvent)]!, date: toIso(earliest[endEvent]! - 1) },
    criticalPath,
    pathNodes: criticalPath.map((id) => scheduled(graph.index.get(id)!)),
    node: (id) => {
      const at = graph.index.get(id);
      return at === undefined ? null : scheduled(at);
    },
    allNodes: () => graph.ids.map((_, at) => scheduled(at)),
    lateFixedMilestones: lateFixedMilestones(graph, earliest, driver),
  };
}

/** An initiative or milestone as its planned dates place it. */
export type PlannedEndpoint = { type: 'initiative'; start: string; end: string } | { type: 'milestone'; date: string };

/**
 * Days a finish-to-start dependency is short in the planned dates (> 0: the successor is planned
 * that many days too early; ≤ 0: the plan keeps it): the rule behind a dependency's `satisfied`.
 * With lag 0, an initiative may start the day after its predecessor's last day, a milestone may fall
 * on that last day itself.
 */
export function dependencyShortByDays(predecessor: PlannedEndpoint, successor: PlannedEndpoint, lagDays: number) {
  const finish = predecessor.type === 'initiative' ? dayNumber(predecessor.end) + 1 : dayNumber(predecessor.date) + 1;
  const start = successor.type === 'initiative' ? dayNumber(successor.start) : dayNumber(successor.date) + 1;
  return finish + Math.round(lagDays) - start;
}

/**
 * The plan of a roadmap-year reply (RoadmapYear in the contracts), or rows of the same shape, as the
 * critical path reads it.
 */
export function pathGraphOf(year: {
  initiatives: { id: string; start: string; end: string }[];
  milestones: { id: string; initiativeId: string | null; date: string; fixed: boolean }[];
  dependencies: { id: string; fromId: string; toId: string; lagDays: number }[];
}): PathGraph {
  return {
    initiatives: year.initiatives.map(({ id, start, end }) => ({ id, start, end })),
    milestones: year.milestones.map(({ id, initiativeId, date, fixed }) => ({ id, initiativeId, date, fixed })),
    dependencies: year.dependencies.map(({ id, fromId, toId, lagDays }) => ({
      id,
      predecessorId: fromId,
      successorId: toId,
      lagDays,
    })),
  };
}

/** The members of one dependency cycle in dependency order, or null when the plan has none. */
export function findCycle(input: PathGraph): string[] | null {
  const graph = buildEventGraph(input);
  const { complete, pending } = topologicalOrder(graph);
  return complete ? null : cycleOf(graph, pending);
}

/** Fixed milestones the chain reaches after their date, with the chain that pushes each. */
export function lateFixedMilestones(graph: EventGraph, earliest: Float64Array, driver: Int32Array) {
  const late: LateFixedMilestone[] = [];
  const base = 2 * graph.initiativeCount;
  for (let j = 0; j < graph.fixedAt.length; j++) {
    const fixed = graph.fixedAt[j]!;
    const v = base + j;
    if (Number.isNaN(fixed) || earliest[v]! <= fixed) continue;
    late.push({
      milestoneId: graph.ids[graph.initiativeCount + j]!,
      fixedDate: graph.toIso(fixed - 1),
      earliestDate: graph.toIso(earliest[v]! - 1),
      daysLate: earliest[v]! - fixed,
      drivenBy: drivingChain(graph, driver, v, DRIVEN_BY_LINKS + 1).slice(0, -1),
    });
  }
  return late;
}

function eventOfId(graph: EventGraph, id: string): number {
  const at = graph.index.get(id);
  if (at === undefined) throw new RangeError(`Unknown end of the critical path: ${id}`);
  return at < graph.initiativeCount ? finishEvent(at) : at + graph.initiativeCount;
}

/** The event with the latest earliest time (the first of equals), or null in an empty plan. */
function latestEvent(earliest: Float64Array): number | null {
  let best: number | null = null;
  for (let v = 0; v < earliest.length; v++) if (best === null || earliest[v]! > earliest[best]!) best = v;
  return best;
}

function minFinite(a: number, b: number): number | null {
  const m = Math.min(Number.isFinite(a) ? a : Infinity, Number.isFinite(b) ? b : Infinity);
  return Number.isFinite(m) ? m : null;
}

/** The ids of one cycle among the events Kahn's order left `pending`, in dependency order. */
export function cycleOf(graph: EventGraph, pending: Int32Array): string[] {
  const ids: string[] = [];
  for (const v of cycleEvents(graph, pending)) {
    const id = graph.ids[entityOfEvent(graph, v)]!;
    if (ids[ids.length - 1] !== id) ids.push(id);
  }
  if (ids.length > 1 && ids[0] === ids[ids.length - 1]) ids.pop();
  return ids;
}
