import { writeFileSync } from 'node:fs';

/** One benchmark figure, in the format every result file uses (DESIGN.md "How it is run"). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  meets: boolean | null;
}

/** A figure with a target: `meets` says whether the value is within it. */
export function target(name: string, value: number, unit: string, goal: `< ${number}` | `>= ${number}`): Figure {
  const [op, bound] = goal.split(' ') as ['<' | '>=', string];
  return { name, value, unit, target: goal, meets: op === '<' ? value < Number(bound) : value >= Number(bound) };
}

/** A figure reported for information, without a target. */
export function info(name: string, value: number, unit: string): Figure {
  return { name, value, unit, target: null, meets: null };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints the figures as a table and writes them to `file`; sets a failing exit code when a target is missed. */
export function report(title: string, figures: Figure[], file: string): void {
  console.log(`\n${title}\n`);
  console.table(
    figures.map((f) => ({
      name: f.name,
      value: f.value,
      unit: f.unit,
      target: f.target ?? '',
      meets: f.meets === null ? '' : f.meets ? 'yes' : 'NO',
    })),
  );
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Wrote ${file}`);
  if (figures.some((f) => f.meets === false)) process.exitCode = 1;
}
