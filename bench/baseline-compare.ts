import { fileURLToPath } from 'node:url';
import { compareWithBaseline, type RoadmapSnapshot } from '../server/src/modules/roadmap/baseline-compare.js';
import { dayNumber, isoDate } from '../server/src/modules/roadmap/day-number.js';
import { info, median, target, type Figure } from './figures.js';
import { generateRoadmap, measure } from './roadmap-plan.js';
import type { InitiativeStatus } from '@policyops/contracts';

/**
 * The baseline comparison for 20k initiatives and 100k milestones (and 2k key results): a baseline
 * snapshot read from its stored JSON, compared with a live plan in which about one initiative in
 * twenty moved, one in fifty changed status, 1% were added and 1% removed, and one milestone in ten
 * slipped. In process, on rows already loaded. Run alone: `npx tsx bench/baseline-compare.ts`.
 */
const RUNS = 9;

function snapshots(): { baselineJson: string; live: RoadmapSnapshot } {
  const plan = generateRoadmap();
  const baseline: RoadmapSnapshot = {
    initiatives: plan.initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      ownerId: i.ownerId,
      status: i.status as InitiativeStatus,
      start: i.start,
      end: i.end,
      ...i.scope,
    })),
    milestones: plan.milestones.map((m) => ({ id: m.id, initiativeId: m.initiativeId, title: m.title, date: m.date })),
    keyResults: Array.from({ length: 2000 }, (_, k) => ({
      id: `kr-${k}`,
      title: `Key result ${k}`,
      type: k % 3 === 0 ? ('decrease_to' as const) : ('increase_to' as const),
      baseline: 10,
      target: k % 3 === 0 ? 5 : 20,
    })),
  };
  const shift = (date: string, days: number) => isoDate(dayNumber(date) + days);
  const live: RoadmapSnapshot = {
    initiatives: baseline.initiatives
      .filter((_, i) => i % 100 !== 7)
      .map((i, n) =>
        n % 20 === 0
          ? { ...i, start: shift(i.start, 7), end: shift(i.end, 14), status: n % 40 === 0 ? 'in_progress' : i.status }
          : i,
      ),
    milestones: baseline.milestones.map((m, n) => (n % 10 === 0 ? { ...m, date: shift(m.date, 5) } : m)),
    keyResults: baseline.keyResults.map((k, n) => (n % 25 === 0 ? { ...k, target: (k.target ?? 0) + 1 } : k)),
  };
  for (let i = 0; i < 200; i++)
    live.initiatives.push({ ...baseline.initiatives[i]!, id: `new-${i}`, policyIds: ['pol-new'] });
  return { baselineJson: JSON.stringify(baseline), live };
}

export function baselineCompareFigures(): Figure[] {
  const { baselineJson, live } = snapshots();
  let moved = 0;
  const compare = (baseline: RoadmapSnapshot) => {
    moved = compareWithBaseline(baseline, live, { canSeePolicy: (id) => id !== 'pol-3' }).summary.initiativesMoved;
  };
  const withLoad = measure(RUNS, () => compare(JSON.parse(baselineJson) as RoadmapSnapshot));
  const loaded = JSON.parse(baselineJson) as RoadmapSnapshot;
  const alone = measure(RUNS, () => compare(loaded));
  return [
    target(
      'baseline comparison, 20k initiatives / 100k milestones, incl. JSON load (median)',
      median(withLoad.wall),
      'ms',
      '< 300',
    ),
    info('baseline comparison incl. load, CPU time (median)', median(withLoad.cpu), 'ms'),
    info('baseline comparison alone (median)', median(alone.wall), 'ms'),
    info('baseline comparison alone, CPU time (median)', median(alone.cpu), 'ms'),
    info('baseline JSON size', Math.round(baselineJson.length / 1024), 'KiB'),
    info('initiatives moved in the comparison', moved, 'initiatives'),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(baselineCompareFigures());
