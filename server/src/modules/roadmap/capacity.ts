// Portfolio and capacity (issue 9, item 9): per team and fiscal quarter, the effort of the planned
// initiatives against the team's stated capacity, a what-if, and the priority score.
//
// Effort. An initiative's effort estimate (person-weeks) is spread over the days it runs: a quarter
// gets effort × (the initiative's days in that quarter ÷ all its days), calendar days, first and last
// day included. An initiative worked on by several teams is shared equally between them; one with no
// team is shown under "no team" (teamId null). Initiatives without an estimate count nothing and are
// listed as unestimated.
//
// Which initiatives count. Planned, in progress and done count as planned effort (done work used the
// capacity of the quarters it ran in); proposed ones are shown apart as proposed effort (asked for,
// not committed); paused and cancelled ones count nothing.
//
// Capacity. people × focus (the share of their time on roadmap work, 0–1) × weeks in the quarter
// (its days ÷ 7). A team states it once for every quarter and may override it for one quarter; a
// team without a stated capacity has none to exceed (capacity, over-allocation and utilisation null).
// Over-allocation is planned effort above capacity. Figures are rounded to two decimals when shown.

import {
  fiscalQuarterLabel,
  parsePeriodKey,
  periodSpan,
  type InitiativePriority,
  type InitiativeStatus,
} from '@policyops/contracts';
import type { ProposedChange } from './critical-path-change.js';
import { dayCodec } from './day-number.js';

export interface CapacityInitiative {
  id: string;
  title: string;
  status: InitiativeStatus;
  start: string;
  /** Last day, inclusive. */
  end: string;
  /** Person-weeks; null when not estimated. */
  effortWeeks: number | null;
  teamIds: string[];
}

export interface TeamCapacity {
  teamId: string;
  people: number;
  /** Share of their time for roadmap work, 0–1. */
  focus: number;
  /** A quarter key (FY2027-Q2) this entry overrides; absent: every quarter. */
  period?: string;
}

export interface CapacityInput {
  fiscalYearStartMonth: number;
  /** Quarter keys to report (FY2027-Q1 …), in order. */
  quarters: string[];
  capacities: TeamCapacity[];
  initiatives: CapacityInitiative[];
}

export interface TeamQuarterLoad {
  teamId: string | null;
  period: string;
  label: string;
  capacityWeeks: number | null;
  plannedWeeks: number;
  proposedWeeks: number;
  overAllocatedWeeks: number | null;
  /** Planned ÷ capacity (1 = fully used). */
  utilisation: number | null;
  initiatives: { id: string; weeks: number; status: InitiativeStatus }[];
}

export interface CapacityView {
  rows: TeamQuarterLoad[];
  /** Counted initiatives without an effort estimate. */
  unestimated: string[];
}

const PLANNED: ReadonlySet<InitiativeStatus> = new Set(['planned', 'in_progress', 'done']);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Load against capacity for every team (with capacity or work) in every quarter asked for. */
export function capacityByTeamAndQuarter(input: CapacityInput): CapacityView {
  const { toDay } = dayCodec();
  const quarters = input.quarters.map((key) => {
    const span = periodSpan(key, input.fiscalYearStartMonth);
    const parsed = parsePeriodKey(key);
    if (!span || !parsed?.quarter) throw new RangeError(`Not a quarter key: ${key}`);
    const [first, last] = [toDay(span.start), toDay(span.end)];
    return { key, label: fiscalQuarterLabel({ ...parsed, quarter: parsed.quarter }), first, last };
  });
  const teams: (string | null)[] = [];
  const seen = new Set<string | null>();
  const addTeam = (id: string | null) => {
    if (!seen.has(id)) teams.push(id);
    seen.add(id);
  };
  for (const c of input.capacities) addTeam(c.teamId);
  const loads = new Map<string, { planned: number; proposed: number; items: TeamQuarterLoad['initiatives'] }>();
  const loadOf = (team: string | null, quarter: string) => {
    const key = `${team ?? ''}\u0000${quarter}`;
    let load = loads.get(key);
    if (!load) loads.set(key, (load = { planned: 0, proposed: 0, items: [] }));
    return load;
  };
  const unestimated: string[] = [];
  for (const initiative of input.initiatives) {
    const planned = PLANNED.has(initiative.status);
    if (!planned && initiative.status !== 'proposed') continue;
    for (const team of initiative.teamIds.length ? initiative.teamIds : [null]) addTeam(team);
    if (initiative.effortWeeks === null) {
      unestimated.push(initiative.id);
      continue;
    }
    const [start, end] = [toDay(initiative.start), toDay(initiative.end)];
    const days = end - start + 1;
    if (days <= 0) throw new RangeError(`Initiative ${initiative.id} ends before it starts`);
    const teamsOf = initiative.teamIds.length ? initiative.teamIds : [null];
    for (const quarter of quarters) {
      const overlap = Math.min(end, quarter.last) - Math.max(start, quarter.first) + 1;
      if (overlap <= 0) continue;
      const weeks = (initiative.effortWeeks * overlap) / days / teamsOf.length;
      for (const team of teamsOf) {
        const load = loadOf(team, quarter.key);
        if (planned) load.planned += weeks;
        else load.proposed += weeks;
        load.items.push({ id: initiative.id, weeks: round2(weeks), status: initiative.status });
      }
    }
  }
  const rows: TeamQuarterLoad[] = [];
  for (const team of teams)
    for (const quarter of quarters) {
      const load = loads.get(`${team ?? ''}\u0000${quarter.key}`) ?? { planned: 0, proposed: 0, items: [] };
      const capacity = team === null ? null : capacityOf(input.capacities, team, quarter);
      rows.push({
        teamId: team,
        period: quarter.key,
        label: quarter.label,
        capacityWeeks: capacity === null ? null : round2(capacity),
        plannedWeeks: round2(load.planned),
        proposedWeeks: round2(load.proposed),
        overAllocatedWeeks: capacity === null ? null : round2(Math.max(0, load.planned - capacity)),
        utilisation: capacity === null || capacity === 0 ? null : round2(load.planned / capacity),
        initiatives: load.items,
      });
    }
  return { rows, unestimated };
}

/** people × focus × weeks, from the quarter's own entry or else the team's standing one. */
function capacityOf(
  capacities: TeamCapacity[],
  teamId: string,
  quarter: { key: string; first: number; last: number },
): number | null {
  let standing: TeamCapacity | undefined;
  let own: TeamCapacity | undefined;
  for (const c of capacities) {
    if (c.teamId !== teamId) continue;
    if (c.period === quarter.key) own = c;
    else if (c.period === undefined) standing = c;
  }
  const entry = own ?? standing;
  if (!entry) return null;
  return entry.people * entry.focus * ((quarter.last - quarter.first + 1) / 7);
}

export interface CapacityWhatIf {
  rows: {
    teamId: string | null;
    period: string;
    label: string;
    capacityWeeks: number | null;
    before: { plannedWeeks: number; overAllocatedWeeks: number | null };
    after: { plannedWeeks: number; overAllocatedWeeks: number | null };
    deltaWeeks: number;
  }[];
  /** Team-quarters over capacity after the change that were not before. */
  newlyOverAllocated: { teamId: string | null; period: string }[];
  /** Team-quarters over capacity before the change that are not after. */
  relieved: { teamId: string | null; period: string }[];
}

/**
 * The effect on capacity of moving or dropping initiatives, before anything is saved; takes the
 * same changes as evaluateChanges (milestone moves do not change effort). Throws RangeError for an
 * unknown initiative.
 */
export function capacityWhatIf(input: CapacityInput, changes: ProposedChange[]): CapacityWhatIf {
  const changed = new Map(input.initiatives.map((i) => [i.id, i as CapacityInitiative | null]));
  for (const change of changes) {
    if (change.kind === 'move-milestone') continue;
    const current = changed.get(change.initiativeId);
    if (!current) throw new RangeError(`Unknown initiative in a proposed change: ${change.initiativeId}`);
    changed.set(
      change.initiativeId,
      change.kind === 'drop-initiative' ? null : { ...current, start: change.start, end: change.end },
    );
  }
  const before = capacityByTeamAndQuarter(input);
  const afterInitiatives = [...changed.values()].filter((i): i is CapacityInitiative => i !== null);
  const after = capacityByTeamAndQuarter({ ...input, initiatives: afterInitiatives });
  const key = (r: { teamId: string | null; period: string }) => `${r.teamId ?? ''}\u0000${r.period}`;
  const afterRows = new Map(after.rows.map((r) => [key(r), r]));
  const result: CapacityWhatIf = { rows: [], newlyOverAllocated: [], relieved: [] };
  // Dropping an initiative keeps its teams' rows (with nothing left); the before view has every team.
  for (const was of before.rows) {
    const now = afterRows.get(key(was));
    const plannedAfter = now?.plannedWeeks ?? 0;
    const overAfter = now?.overAllocatedWeeks ?? (was.capacityWeeks === null ? null : 0);
    result.rows.push({
      teamId: was.teamId,
      period: was.period,
      label: was.label,
      capacityWeeks: was.capacityWeeks,
      before: { plannedWeeks: was.plannedWeeks, overAllocatedWeeks: was.overAllocatedWeeks },
      after: { plannedWeeks: plannedAfter, overAllocatedWeeks: overAfter },
      deltaWeeks: round2(plannedAfter - was.plannedWeeks),
    });
    const wasOver = (was.overAllocatedWeeks ?? 0) > 0;
    const isOver = (overAfter ?? 0) > 0;
    const ref = { teamId: was.teamId, period: was.period };
    if (isOver && !wasOver) result.newlyOverAllocated.push(ref);
    if (wasOver && !isOver) result.relieved.push(ref);
  }
  return result;
}

/** Priority weights: each level counts twice the next. */
export const PRIORITY_WEIGHTS: Record<InitiativePriority, number> = { p0: 8, p1: 4, p2: 2, p3: 1 };

/** The formula shown to users beside the ranking. */
export const PRIORITY_FORMULA =
  'priority weight (P0 8, P1 4, P2 2, P3 1) × (1 + key results served) ÷ effort in person-weeks (at least 1)';

export interface PriorityInputs {
  priority: InitiativePriority;
  /** Key results the initiative is linked to. */
  keyResultsServed: number;
  effortWeeks: number | null;
}

/**
 * The priority score: value (priority, and the key results an initiative serves; one more than their
 * number, so work serving none still ranks by priority) per person-week of effort. Returns the score
 * (two decimals; null without an estimate), the formula and the sum worked out for this initiative.
 */
export function priorityScore(inputs: PriorityInputs): { score: number | null; formula: string; worked: string } {
  if (inputs.effortWeeks === null)
    return { score: null, formula: PRIORITY_FORMULA, worked: 'no effort estimate: not ranked' };
  const weight = PRIORITY_WEIGHTS[inputs.priority];
  const effort = Math.max(1, inputs.effortWeeks);
  const score = round2((weight * (1 + inputs.keyResultsServed)) / effort);
  const krs = `${inputs.keyResultsServed} key result${inputs.keyResultsServed === 1 ? '' : 's'}`;
  const effortText =
    inputs.effortWeeks < 1
      ? `1 person-week (${inputs.effortWeeks} counted as 1)`
      : `${effort} person-week${effort === 1 ? '' : 's'}`;
  return {
    score,
    formula: PRIORITY_FORMULA,
    worked: `${weight} (${inputs.priority.toUpperCase()}) × (1 + ${krs}) ÷ ${effortText} = ${score}`,
  };
}

/** Initiatives by priority score, highest first (ties: input order), unranked ones last. */
export function rankByPriority<T extends PriorityInputs & { id: string }>(
  initiatives: T[],
): (T & { score: number | null; worked: string; rank: number | null })[] {
  const scored = initiatives.map((i, order) => ({ ...i, ...priorityScore(i), order }));
  scored.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || a.order - b.order);
  let rank = 0;
  return scored.map(({ order: _order, formula: _formula, ...rest }) => ({
    ...(rest as unknown as T & { score: number | null; worked: string }),
    rank: rest.score === null ? null : ++rank,
  }));
}
