import type { RoadmapCapacity, TeamCapacity, TeamCapacityUpdate } from '@policyops/contracts';

export type CapacityQuarter = RoadmapCapacity['quarters'][number];

/** What a NumberInput holds: a number, or '' while it is blank. */
export type NumberField = number | string;

export interface QuarterOverrideRow {
  people: NumberField;
  /** Percent, as typed; the API takes a share from 0 to 1. */
  focus: NumberField;
}

/** The editor's values: the standing capacity and, per quarter of the shown year, its own (or null). */
export interface CapacityFormValues {
  people: NumberField;
  focus: NumberField;
  quarters: Record<string, QuarterOverrideRow | null>;
}

/** Keys: `people`, `focus`, `<quarter>.people`, `<quarter>.focus`. */
export type CapacityFieldErrors = Record<string, string>;

const DEFAULT_FOCUS = 0.8;
const percent = (share: number) => Math.round(share * 100);

export function capacityFormValues(team: TeamCapacity, quarters: readonly CapacityQuarter[]): CapacityFormValues {
  const stored = new Map(team.overrides.map((o) => [o.period, o]));
  return {
    people: team.people ?? 0,
    focus: percent(team.focus ?? DEFAULT_FOCUS),
    quarters: Object.fromEntries(
      quarters.map((q) => {
        const own = stored.get(q.key);
        return [q.key, own ? { people: own.people, focus: percent(own.focus) } : null];
      }),
    ),
  };
}

const share = (focusPercent: NumberField) => Number(focusPercent) / 100;

/**
 * The PUT body: the standing capacity, the overrides set for the shown year, and the team's
 * overrides of other years as stored (the API replaces them all). `periods[n]` is the quarter of
 * `overrides[n]`, for placing the server's field errors. Blank fields come back as errors instead.
 */
export function capacityUpdateOf(
  team: TeamCapacity,
  quarters: readonly CapacityQuarter[],
  values: CapacityFormValues,
): { body: TeamCapacityUpdate; periods: string[]; blanks: CapacityFieldErrors } {
  const blanks: CapacityFieldErrors = {};
  const check = (key: string, value: NumberField) => {
    if (value === '' || Number.isNaN(Number(value))) blanks[key] = 'Enter a number';
  };
  check('people', values.people);
  check('focus', values.focus);
  const shown = new Set(quarters.map((q) => q.key));
  const here = quarters.flatMap((q) => {
    const row = values.quarters[q.key];
    if (!row) return [];
    check(`${q.key}.people`, row.people);
    check(`${q.key}.focus`, row.focus);
    return [{ period: q.key, people: Number(row.people), focus: share(row.focus) }];
  });
  const overrides = [...here, ...team.overrides.filter((o) => !shown.has(o.period))];
  return {
    body: { version: team.version, people: Number(values.people), focus: share(values.focus), overrides },
    periods: overrides.map((o) => o.period),
    blanks,
  };
}

/**
 * The server's field errors on the editor's fields (`body.overrides.2.focus` -> `FY2027-Q3.focus`);
 * the rest (such as an override of another year) as plain messages.
 */
export function placeCapacityErrors(
  fieldErrors: Record<string, string>,
  periods: readonly string[],
): { fields: CapacityFieldErrors; other: string[] } {
  const fields: CapacityFieldErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const standing = /^body\.(people|focus)$/.exec(path);
    const override = /^body\.overrides\.(\d+)\.(people|focus)$/.exec(path);
    if (standing) fields[standing[1]!] = message;
    else if (override && periods[Number(override[1])] !== undefined)
      fields[`${periods[Number(override[1])]}.${override[2]}`] = message;
    else other.push(message);
  }
  return { fields, other };
}

const peopleText = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** "4 people × 50% focus", or null while none is stated. */
export function standingCapacityText(team: TeamCapacity): string | null {
  if (team.people === null || team.focus === null) return null;
  return `${peopleText(team.people)} × ${percent(team.focus)}% focus`;
}

/** "FY27 Q2: 2 people × 40%" for each quarter of the shown year with a capacity of its own. */
export function quarterOverridesText(team: TeamCapacity, quarters: readonly CapacityQuarter[]): string[] {
  const own = new Map(team.overrides.map((o) => [o.period, o]));
  return quarters.flatMap((q) => {
    const o = own.get(q.key);
    return o ? [`${q.label}: ${peopleText(o.people)} × ${percent(o.focus)}%`] : [];
  });
}
