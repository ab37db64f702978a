import { isoDate, dayNumber } from '../server/src/modules/roadmap/day-number.js';

/**
 * A synthetic fiscal-year roadmap for the roadmap micro-benchmarks (FY27, July start): initiatives
 * spread over the year, five milestones each (one in ten fixed), finish-to-start dependencies that
 * only point from an earlier-numbered initiative to a later one (so the graph is acyclic) and chain
 * through the year.
 */
export interface BenchRoadmap {
  initiatives: {
    id: string;
    title: string;
    ownerId: string;
    status: string;
    start: string;
    end: string;
    scope: { areaIds: string[]; policyIds: string[]; teamIds: string[] };
  }[];
  milestones: { id: string; initiativeId: string; title: string; date: string; fixed: boolean }[];
  dependencies: { id: string; predecessorId: string; successorId: string; lagDays: number }[];
}

const YEAR_START = dayNumber('2026-07-01');
const YEAR_DAYS = 365;
const STATUSES = ['proposed', 'planned', 'in_progress', 'paused', 'done', 'cancelled'];

/** A tiny deterministic PRNG, so every run measures the same plan. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRoadmap(
  sizes = { initiatives: 20_000, milestones: 100_000, dependencies: 50_000 },
  seed = 27,
): BenchRoadmap {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const perInitiative = Math.max(1, Math.round(sizes.milestones / sizes.initiatives));
  const initiatives: BenchRoadmap['initiatives'] = [];
  const milestones: BenchRoadmap['milestones'] = [];
  for (let i = 0; i < sizes.initiatives; i++) {
    // Later-numbered initiatives start later, so dependencies run forward through the year.
    const start =
      YEAR_START + Math.min(YEAR_DAYS - 30, Math.floor((i / sizes.initiatives) * (YEAR_DAYS - 60)) + int(30));
    const length = 14 + int(90);
    const end = Math.min(YEAR_START + YEAR_DAYS - 1, start + length - 1);
    initiatives.push({
      id: `ini-${i}`,
      title: `Initiative ${i}`,
      ownerId: `user-${int(400)}`,
      status: STATUSES[int(STATUSES.length)]!,
      start: isoDate(start),
      end: isoDate(end),
      scope: {
        areaIds: [`area-${int(8)}`],
        policyIds: [`pol-${int(500)}`, `pol-${int(500)}`],
        teamIds: [`team-${int(12)}`],
      },
    });
    for (let m = 0; m < perInitiative && milestones.length < sizes.milestones; m++) {
      milestones.push({
        id: `ms-${i}-${m}`,
        initiativeId: `ini-${i}`,
        title: `Milestone ${m} of ${i}`,
        date: isoDate(start + int(end - start + 1)),
        fixed: int(10) === 0,
      });
    }
  }
  const dependencies: BenchRoadmap['dependencies'] = [];
  const node = (i: number, milestone: boolean) => (milestone ? `ms-${i}-${int(perInitiative)}` : `ini-${i}`);
  for (let d = 0; d < sizes.dependencies; d++) {
    const from = int(sizes.initiatives - 1);
    const to = Math.min(sizes.initiatives - 1, from + 1 + int(200));
    const kind = random();
    dependencies.push({
      id: `dep-${d}`,
      predecessorId: node(from, kind > 0.6 && kind <= 0.75),
      successorId: node(to, kind > 0.75),
      lagDays: int(6),
    });
  }
  return { initiatives, milestones, dependencies };
}

/**
 * Wall time and process CPU time of each run of `fn`, after one run to warm up the JIT. On a busy
 * machine (other processes on the same cores) wall time includes the waits; CPU time is closer to
 * what the algorithm costs (it includes the garbage collector's threads).
 */
export function measure(runs: number, fn: () => void): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  fn();
  for (let i = 0; i < runs; i++) {
    const usage = process.cpuUsage();
    const started = performance.now();
    fn();
    wall.push(performance.now() - started);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu };
}
