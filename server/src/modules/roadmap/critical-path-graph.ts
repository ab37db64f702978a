// The event graph behind the critical path (see critical-path.ts for the rules): each initiative is
// two events (start, finish), each milestone one; every constraint is an edge "to ≥ from + weight"
// in days. Typed arrays and iterative passes keep 150k events well inside the time budget and free of
// recursion depth.

import { dayCodec } from './day-number.js';

export interface PathInitiative {
  id: string;
  /** Planned first day (YYYY-MM-DD). */
  start: string;
  /** Planned last day, inclusive. */
  end: string;
}

export interface PathMilestone {
  id: string;
  /** The initiative the milestone belongs to; null for a free-standing (e.g. external) date. */
  initiativeId: string | null;
  /** The day the milestone is reached (by the end of that day). */
  date: string;
  /** An external date that cannot move (a regulatory deadline, a launch). */
  fixed: boolean;
}

/** Finish-to-start: the successor starts at least `lagDays` after the predecessor finishes. */
export interface PathDependency {
  id?: string;
  predecessorId: string;
  successorId: string;
  lagDays: number;
}

export interface PathGraph {
  initiatives: PathInitiative[];
  milestones: PathMilestone[];
  dependencies: PathDependency[];
}

export interface EventGraph {
  /** Entity ids: initiatives first, then milestones. */
  ids: string[];
  /** Entity index by id. */
  index: Map<string, number>;
  /** Per milestone: the index of its initiative, -1 for a free-standing one. */
  milestoneOwner: Int32Array;
  initiativeCount: number;
  eventCount: number;
  /** Earliest time an event may happen by its plan (-Infinity: no own constraint). */
  planned: Float64Array;
  /** A milestone's fixed time (its planned time), NaN when not fixed; indexed by milestone. */
  fixedAt: Float64Array;
  inStart: Int32Array;
  inFrom: Int32Array;
  inWeight: Int32Array;
  outStart: Int32Array;
  outTo: Int32Array;
  outWeight: Int32Array;
  toIso: (day: number) => string;
}

/** Event numbers: initiative k starts at 2k and finishes at 2k+1; milestone j is 2n+j. */
export const startEvent = (k: number) => 2 * k;
export const finishEvent = (k: number) => 2 * k + 1;

export function entityOfEvent(graph: EventGraph, event: number): number {
  const boundary = 2 * graph.initiativeCount;
  return event < boundary ? event >> 1 : event - graph.initiativeCount;
}

/**
 * Builds the event graph; throws RangeError for a duplicate or unknown id, an end before a start or a
 * date that is not YYYY-MM-DD (the core refuses these on write; here they are programming errors).
 */
export function buildEventGraph(input: PathGraph): EventGraph {
  const { toDay, toIso } = dayCodec();
  const nI = input.initiatives.length;
  const nM = input.milestones.length;
  const eventCount = 2 * nI + nM;
  const ids: string[] = new Array(nI + nM);
  const index = new Map<string, number>();
  const register = (id: string, at: number) => {
    index.set(id, at);
    if (index.size !== at + 1) throw new RangeError(`Duplicate id in the roadmap graph: ${id}`);
    ids[at] = id;
  };
  const planned = new Float64Array(eventCount).fill(-Infinity);
  const fixedAt = new Float64Array(nM).fill(NaN);
  const plannedStart = new Int32Array(nI);
  const plannedFinish = new Int32Array(nI);
  for (let k = 0; k < nI; k++) {
    const initiative = input.initiatives[k]!;
    register(initiative.id, k);
    const start = toDay(initiative.start);
    const finish = toDay(initiative.end) + 1;
    if (finish <= start) throw new RangeError(`Initiative ${initiative.id} ends before it starts`);
    plannedStart[k] = start;
    plannedFinish[k] = finish;
    planned[startEvent(k)] = start;
  }
  for (let j = 0; j < nM; j++) {
    const milestone = input.milestones[j]!;
    register(milestone.id, nI + j);
    const at = toDay(milestone.date) + 1;
    planned[2 * nI + j] = at;
    if (milestone.fixed) fixedAt[j] = at;
  }

  const edgeCapacity = nI + input.dependencies.length + 2 * nM;
  const from = new Int32Array(edgeCapacity);
  const to = new Int32Array(edgeCapacity);
  const weight = new Int32Array(edgeCapacity);
  let edges = 0;
  // Insertion order is the preference when two predecessors bind equally: an initiative's own duration,
  // then explicit dependencies, then the link between a milestone and its initiative.
  const addEdge = (a: number, b: number, w: number) => {
    from[edges] = a;
    to[edges] = b;
    weight[edges] = w;
    edges++;
  };
  const entity = (id: string) => {
    const at = index.get(id);
    if (at === undefined) throw new RangeError(`Unknown initiative or milestone in a dependency: ${id}`);
    return at;
  };
  for (let k = 0; k < nI; k++) addEdge(startEvent(k), finishEvent(k), plannedFinish[k]! - plannedStart[k]!);
  for (const dependency of input.dependencies) {
    const p = entity(dependency.predecessorId);
    const s = entity(dependency.successorId);
    const pEvent = p < nI ? finishEvent(p) : nI + p;
    const sEvent = s < nI ? startEvent(s) : nI + s;
    addEdge(pEvent, sEvent, Math.round(dependency.lagDays));
  }
  const milestoneOwner = new Int32Array(nM).fill(-1);
  // Milestones usually arrive grouped by initiative: remember the last one looked up.
  let lastInitiative: string | null = null;
  let lastIndex: number | undefined;
  for (let j = 0; j < nM; j++) {
    const milestone = input.milestones[j]!;
    if (milestone.initiativeId === null) continue;
    if (milestone.initiativeId !== lastInitiative) {
      lastInitiative = milestone.initiativeId;
      lastIndex = index.get(lastInitiative);
    }
    const k = lastIndex;
    if (k === undefined || k >= nI)
      throw new RangeError(`Milestone ${milestone.id} has no initiative ${milestone.initiativeId}`);
    const event = 2 * nI + j;
    milestoneOwner[j] = k;
    addEdge(startEvent(k), event, planned[event]! - plannedStart[k]!);
    addEdge(event, finishEvent(k), plannedFinish[k]! - planned[event]!);
  }

  const inCsr = csr(eventCount, edges, to, [from, weight]);
  const outCsr = csr(eventCount, edges, from, [to, weight]);
  return {
    ids,
    index,
    milestoneOwner,
    initiativeCount: nI,
    eventCount,
    planned,
    fixedAt,
    inStart: inCsr.start,
    inFrom: inCsr.columns[0]!,
    inWeight: inCsr.columns[1]!,
    outStart: outCsr.start,
    outTo: outCsr.columns[0]!,
    outWeight: outCsr.columns[1]!,
    toIso,
  };
}

/** Compressed adjacency grouped by `key`, stable (a counting sort), so insertion order is kept. */
function csr(nodes: number, edges: number, key: Int32Array, columns: Int32Array[]) {
  const start = new Int32Array(nodes + 1);
  for (let e = 0; e < edges; e++) start[key[e]! + 1]!++;
  for (let v = 0; v < nodes; v++) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, nodes);
  const outColumns = columns.map(() => new Int32Array(edges));
  for (let e = 0; e < edges; e++) {
    const at = cursor[key[e]!]!++;
    for (let c = 0; c < columns.length; c++) outColumns[c]![at] = columns[c]![e]!;
  }
  return { start, columns: outColumns };
}

/**
 * The graph with some initiatives and milestones at new dates: the same events and edges (so the
 * same topological order), with copies of the planned times and weights they change. A moved
 * initiative's milestones must be among `milestones` (their links to it are re-weighed there).
 */
export function withNewDates(graph: EventGraph, initiatives: PathInitiative[], milestones: PathMilestone[]) {
  const { toDay } = dayCodec();
  const planned = graph.planned.slice();
  const inWeight = graph.inWeight.slice();
  const fixedAt = graph.fixedAt.slice();
  const entity = (id: string) => {
    const at = graph.index.get(id);
    if (at === undefined) throw new RangeError(`Unknown initiative or milestone: ${id}`);
    return at;
  };
  /** The in-edge of `to` that comes from `from` (each link between a milestone and its initiative is unique). */
  const edge = (from: number, to: number) => {
    for (let e = graph.inStart[to]!; e < graph.inStart[to + 1]!; e++) if (graph.inFrom[e] === from) return e;
    throw new RangeError(`No edge ${from} → ${to}`);
  };
  for (const initiative of initiatives) {
    const k = entity(initiative.id);
    const start = toDay(initiative.start);
    const finish = toDay(initiative.end) + 1;
    if (finish <= start) throw new RangeError(`Initiative ${initiative.id} ends before it starts`);
    planned[startEvent(k)] = start;
    // An initiative's duration edge is the first into its finish: it was added first.
    inWeight[graph.inStart[finishEvent(k)]!] = finish - start;
  }
  for (const milestone of milestones) {
    const j = entity(milestone.id) - graph.initiativeCount;
    const event = 2 * graph.initiativeCount + j;
    const at = toDay(milestone.date) + 1;
    planned[event] = at;
    if (!Number.isNaN(fixedAt[j]!)) fixedAt[j] = at;
    const k = graph.milestoneOwner[j]!;
    if (k < 0) continue;
    const start = planned[startEvent(k)]!;
    const finish = start + inWeight[graph.inStart[finishEvent(k)]!]!;
    inWeight[edge(startEvent(k), event)] = at - start;
    inWeight[edge(event, finishEvent(k))] = finish - at;
  }
  return { ...graph, planned, inWeight, fixedAt };
}

/** Kahn's order of the events; `complete` is false when a cycle left some unordered. */
export function topologicalOrder(graph: EventGraph): { order: Int32Array; complete: boolean; pending: Int32Array } {
  const n = graph.eventCount;
  const pending = new Int32Array(n);
  for (let v = 0; v < n; v++) pending[v] = graph.inStart[v + 1]! - graph.inStart[v]!;
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (pending[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let e = graph.outStart[v]!; e < graph.outStart[v + 1]!; e++) {
      const w = graph.outTo[e]!;
      if (--pending[w]! === 0) order[tail++] = w;
    }
  }
  return { order: order.subarray(0, tail), complete: tail === n, pending };
}

/**
 * One cycle among the events Kahn could not order, as events in dependency order: walking back
 * through unordered predecessors must revisit an event, since each of them still has one.
 */
export function cycleEvents(graph: EventGraph, pending: Int32Array): number[] {
  let v = pending.findIndex((count) => count > 0);
  if (v < 0) return [];
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  while (!seenAt.has(v)) {
    seenAt.set(v, walk.length);
    walk.push(v);
    let next = -1;
    for (let e = graph.inStart[v]!; e < graph.inStart[v + 1]!; e++) {
      if (pending[graph.inFrom[e]!]! > 0) {
        next = graph.inFrom[e]!;
        break;
      }
    }
    v = next;
  }
  return walk.slice(seenAt.get(v)).reverse();
}

/**
 * Forward pass: an event's earliest time is its planned time or, when later, the latest of its
 * predecessors' times plus the edge's weight. `driver` is the in-edge that set it (-1: the plan did).
 */
export function forwardPass(graph: EventGraph, order: Int32Array): { earliest: Float64Array; driver: Int32Array } {
  const earliest = new Float64Array(graph.eventCount);
  const driver = new Int32Array(graph.eventCount).fill(-1);
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    let best = -Infinity;
    let bestEdge = -1;
    for (let e = graph.inStart[v]!; e < graph.inStart[v + 1]!; e++) {
      const t = earliest[graph.inFrom[e]!]! + graph.inWeight[e]!;
      if (t > best) {
        best = t;
        bestEdge = e;
      }
    }
    const own = graph.planned[v]!;
    if (bestEdge >= 0 && best >= own) {
      earliest[v] = best;
      driver[v] = bestEdge;
    } else earliest[v] = own;
  }
  return { earliest, driver };
}

/**
 * Backward pass to `endTime`: from every event without successors, or (with `target`) from that one
 * event only, whose latest time is then its earliest. Events that do not lead there stay +Infinity.
 */
export function backwardPass(graph: EventGraph, order: Int32Array, endTime: number, target: number | null) {
  const latest = new Float64Array(graph.eventCount).fill(Infinity);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    if (target !== null) {
      if (v === target) {
        latest[v] = endTime;
        continue;
      }
    } else if (graph.outStart[v] === graph.outStart[v + 1]) {
      latest[v] = endTime;
      continue;
    }
    let best = Infinity;
    for (let e = graph.outStart[v]!; e < graph.outStart[v + 1]!; e++) {
      const t = latest[graph.outTo[e]!]! - graph.outWeight[e]!;
      if (t < best) best = t;
    }
    latest[v] = best;
  }
  return latest;
}

/**
 * The entity ids along the driving chain that ends at `event`, first to last, repeats collapsed;
 * with `limit`, only the last `limit` ids (the links nearest the event).
 */
export function drivingChain(graph: EventGraph, driver: Int32Array, event: number, limit = Infinity): string[] {
  const chain: string[] = [];
  let v = event;
  for (;;) {
    const id = graph.ids[entityOfEvent(graph, v)]!;
    if (chain[chain.length - 1] !== id) {
      if (chain.length === limit) break;
      chain.push(id);
    }
    const e = driver[v]!;
    if (e < 0) break;
    v = graph.inFrom[e]!;
  }
  return chain.reverse();
}
