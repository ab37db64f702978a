// What a proposed change to the roadmap would break, before anything is saved: the timeline's drag
// warning and the capacity what-if call this. Rules of time and dependencies: critical-path.ts.
//
// A dependency is broken when the planned dates violate it: the successor's planned start (or a
// milestone's planned date) is earlier than the predecessor's planned finish plus the lag. Only
// dependencies the change breaks anew or makes worse are reported, so a drag warns about itself, not
// about everything already wrong in the plan. Fixed milestones are judged on the chain (the forward
// pass): those the change makes late or later, and those it brings back on time. A moved initiative
// keeps its milestones where they are unless `carryMilestones` is set; then its ordinary (not fixed)
// milestones shift by as many days as its start. A milestone left outside its initiative's dates is
// named (the core refuses those on write).
//
// `prepareChanges` builds the plan's graph and schedule once, so each drag costs one forward pass;
// `evaluateChanges` is the one-off form.

import {
  buildEventGraph,
  drivingChain,
  forwardPass,
  topologicalOrder,
  withNewDates,
  type EventGraph,
  type PathDependency,
  type PathGraph,
  type PathInitiative,
  type PathMilestone,
} from './critical-path-graph.js';
import {
  cycleOf,
  dependencyShortByDays,
  lateFixedMilestones,
  type LateFixedMilestone,
  type PlannedEndpoint,
} from './critical-path.js';
import { dayCodec } from './day-number.js';

export type ProposedChange =
  | { kind: 'move-initiative'; initiativeId: string; start: string; end: string; carryMilestones?: boolean }
  | { kind: 'move-milestone'; milestoneId: string; date: string }
  | { kind: 'drop-initiative'; initiativeId: string };

export interface BrokenDependency {
  dependencyId: string | null;
  predecessorId: string;
  successorId: string;
  lagDays: number;
  /** Days the successor is planned too early. */
  shortByDays: number;
  /** False when it was broken before the change too, by fewer days. */
  introduced: boolean;
}

export interface PlanSummary {
  /** The latest finish in the plan (the chain's end), null in an empty plan. */
  finish: string | null;
  criticalPath: string[];
}

export type ChangeEvaluation =
  | {
      ok: true;
      brokenDependencies: BrokenDependency[];
      lateFixedMilestones: (LateFixedMilestone & { daysLateBefore: number })[];
      resolvedFixedMilestones: string[];
      milestonesOutsideInitiative: string[];
      before: PlanSummary;
      after: PlanSummary;
      finishDeltaDays: number | null;
    }
  | { ok: false; cycle: string[] };

/**
 * Applies `changes` to a copy of the plan and compares it with the plan as it is. Throws RangeError
 * for a change to an unknown initiative or milestone (and for what computeCriticalPath refuses).
 */
export function evaluateChanges(plan: PathGraph, changes: ProposedChange[]): ChangeEvaluation {
  return prepareChanges(plan).evaluate(changes);
}

/** The plan's graph and schedule, built once, for evaluating one proposed change after another. */
export function prepareChanges(plan: PathGraph): { evaluate: (changes: ProposedChange[]) => ChangeEvaluation } {
  const graph = buildEventGraph(plan);
  const { order, complete, pending } = topologicalOrder(graph);
  if (!complete) {
    const cycle = cycleOf(graph, pending);
    return { evaluate: () => ({ ok: false, cycle }) };
  }
  const before = scheduleOn(graph, order);
  const lateBefore = new Map(before.late.map((m) => [m.milestoneId, m.daysLate]));
  const rows = new PlanRows(plan, graph);
  return {
    evaluate(changes) {
      const change = applyChanges(rows, changes);
      let after: ReturnType<typeof scheduleOn>;
      if (change.dropped.size === 0) {
        // Moves keep every event and edge: re-weigh the touched ones and run the forward pass again.
        after = scheduleOn(
          withNewDates(graph, [...change.initiatives.values()], [...change.milestones.values()]),
          order,
        );
      } else {
        // Dropping only removes events and edges: no new cycle can appear.
        const smaller = buildEventGraph(change.plan());
        after = scheduleOn(smaller, topologicalOrder(smaller).order);
      }
      const lateAfter = new Set(after.late.map((m) => m.milestoneId));
      const dayOf = dayCodec().toDay;
      return {
        ok: true,
        brokenDependencies: brokenDependencies(rows, change),
        lateFixedMilestones: after.late
          .filter((m) => m.daysLate > (lateBefore.get(m.milestoneId) ?? 0))
          .map((m) => ({ ...m, daysLateBefore: lateBefore.get(m.milestoneId) ?? 0 })),
        resolvedFixedMilestones: before.late
          .map((m) => m.milestoneId)
          .filter((id) => !lateAfter.has(id) && !change.dropped.has(id)),
        milestonesOutsideInitiative: outside(rows, change),
        before: before.summary,
        after: after.summary,
        finishDeltaDays:
          before.summary.finish && after.summary.finish
            ? dayOf(after.summary.finish) - dayOf(before.summary.finish)
            : null,
      };
    },
  };
}

function scheduleOn(graph: EventGraph, order: Int32Array) {
  const { earliest, driver } = forwardPass(graph, order);
  let end = -1;
  for (let v = 0; v < earliest.length; v++) if (end < 0 || earliest[v]! > earliest[end]!) end = v;
  const summary: PlanSummary =
    end < 0
      ? { finish: null, criticalPath: [] }
      : { finish: graph.toIso(earliest[end]! - 1), criticalPath: drivingChain(graph, driver, end) };
  return { summary, late: lateFixedMilestones(graph, earliest, driver) };
}

/** The plan's rows by id (through the graph's index), its milestones per initiative, its dependencies per row. */
class PlanRows {
  private milestonesByInitiative: Map<string, PathMilestone[]> | null = null;
  private dependenciesByRow: Map<string, PathDependency[]> | null = null;
  private dependencyPositions: Map<PathDependency, number> | null = null;

  constructor(
    readonly plan: PathGraph,
    private readonly graph: EventGraph,
  ) {}

  initiative(id: string): PathInitiative | undefined {
    const at = this.graph.index.get(id);
    return at !== undefined && at < this.graph.initiativeCount ? this.plan.initiatives[at] : undefined;
  }

  milestone(id: string): PathMilestone | undefined {
    const at = this.graph.index.get(id);
    return at !== undefined && at >= this.graph.initiativeCount
      ? this.plan.milestones[at - this.graph.initiativeCount]
      : undefined;
  }

  milestonesOf(initiativeId: string): PathMilestone[] {
    this.milestonesByInitiative ??= groupBy(this.plan.milestones, (m) =>
      m.initiativeId === null ? [] : [m.initiativeId],
    );
    return this.milestonesByInitiative.get(initiativeId) ?? [];
  }

  positionOf(dependency: PathDependency): number {
    this.dependencyPositions ??= new Map(this.plan.dependencies.map((d, i) => [d, i]));
    return this.dependencyPositions.get(dependency) ?? 0;
  }

  dependenciesOf(id: string): PathDependency[] {
    this.dependenciesByRow ??= groupBy(this.plan.dependencies, (d) => [d.predecessorId, d.successorId]);
    return this.dependenciesByRow.get(id) ?? [];
  }
}

function groupBy<T>(rows: T[], keys: (row: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows)
    for (const key of keys(row)) {
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
  return groups;
}

interface AppliedChanges {
  /** Moved initiatives and milestones, as they would be. */
  initiatives: Map<string, PathInitiative>;
  milestones: Map<string, PathMilestone>;
  dropped: Set<string>;
  /** Ids of everything moved (a moved initiative's milestones included). */
  touched: Set<string>;
  /** The whole plan as it would be (built only when something is dropped). */
  plan: () => PathGraph;
}

function applyChanges(rows: PlanRows, changes: ProposedChange[]): AppliedChanges {
  const { toDay, toIso } = dayCodec();
  const initiatives = new Map<string, PathInitiative>();
  const milestones = new Map<string, PathMilestone>();
  const dropped = new Set<string>();
  const touched = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'move-milestone') {
      const milestone = milestones.get(change.milestoneId) ?? rows.milestone(change.milestoneId);
      if (!milestone || dropped.has(milestone.id))
        throw new RangeError(`Unknown milestone in a proposed change: ${change.milestoneId}`);
      milestones.set(milestone.id, { ...milestone, date: change.date });
      touched.add(milestone.id);
      continue;
    }
    const target = initiatives.get(change.initiativeId) ?? rows.initiative(change.initiativeId);
    if (!target || dropped.has(target.id))
      throw new RangeError(`Unknown initiative in a proposed change: ${change.initiativeId}`);
    const own = rows.milestonesOf(target.id);
    if (change.kind === 'drop-initiative') {
      dropped.add(target.id);
      for (const m of own) dropped.add(m.id);
      continue;
    }
    const shift = toDay(change.start) - toDay(target.start);
    initiatives.set(target.id, { ...target, start: change.start, end: change.end });
    touched.add(target.id);
    for (const m of own) {
      touched.add(m.id);
      const milestone = milestones.get(m.id) ?? m;
      const moved = change.carryMilestones && !m.fixed;
      milestones.set(m.id, moved ? { ...milestone, date: toIso(toDay(milestone.date) + shift) } : milestone);
    }
  }
  for (const id of dropped) {
    touched.delete(id);
    initiatives.delete(id);
    milestones.delete(id);
  }
  const keep = (id: string) => !dropped.has(id);
  const plan = (): PathGraph => ({
    initiatives: rows.plan.initiatives.filter((i) => keep(i.id)).map((i) => initiatives.get(i.id) ?? i),
    milestones: rows.plan.milestones.filter((m) => keep(m.id)).map((m) => milestones.get(m.id) ?? m),
    dependencies: rows.plan.dependencies.filter((d) => keep(d.predecessorId) && keep(d.successorId)),
  });
  return { initiatives, milestones, dropped, touched, plan };
}

/**
 * Dependencies the change breaks anew or makes worse. Only those touching a moved initiative or
 * milestone can change: for the others both planned dates are as they were.
 */
function brokenDependencies(rows: PlanRows, change: AppliedChanges): BrokenDependency[] {
  const seen = new Set<PathDependency>();
  const broken: { dependency: PathDependency; record: BrokenDependency }[] = [];
  const endpoint = (id: string, after: boolean): PlannedEndpoint => {
    const initiative = (after ? change.initiatives.get(id) : undefined) ?? rows.initiative(id);
    if (initiative) return { type: 'initiative', start: initiative.start, end: initiative.end };
    const milestone = (after ? change.milestones.get(id) : undefined) ?? rows.milestone(id);
    if (!milestone) throw new RangeError(`Unknown initiative or milestone in a dependency: ${id}`);
    return { type: 'milestone', date: milestone.date };
  };
  const shortBy = (d: PathDependency, after: boolean) =>
    dependencyShortByDays(endpoint(d.predecessorId, after), endpoint(d.successorId, after), d.lagDays);
  for (const id of change.touched)
    for (const d of rows.dependenciesOf(id)) {
      if (seen.has(d) || change.dropped.has(d.predecessorId) || change.dropped.has(d.successorId)) continue;
      seen.add(d);
      const short = shortBy(d, true);
      const was = shortBy(d, false);
      if (short <= 0 || short <= was) continue;
      broken.push({
        dependency: d,
        record: {
          dependencyId: d.id ?? null,
          predecessorId: d.predecessorId,
          successorId: d.successorId,
          lagDays: d.lagDays,
          shortByDays: short,
          introduced: was <= 0,
        },
      });
    }
  // In the plan's order, whatever order the changes came in.
  return broken.sort((a, b) => rows.positionOf(a.dependency) - rows.positionOf(b.dependency)).map((b) => b.record);
}

/** Touched milestones that now fall outside their initiative's dates. */
function outside(rows: PlanRows, change: AppliedChanges): string[] {
  const { toDay } = dayCodec();
  const result: string[] = [];
  for (const milestone of change.milestones.values()) {
    if (milestone.initiativeId === null) continue;
    const initiative = change.initiatives.get(milestone.initiativeId) ?? rows.initiative(milestone.initiativeId);
    if (!initiative) continue;
    const day = toDay(milestone.date);
    if (day < toDay(initiative.start) || day > toDay(initiative.end)) result.push(milestone.id);
  }
  return result;
}
