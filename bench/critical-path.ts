import { fileURLToPath } from 'node:url';
import { evaluateChanges, prepareChanges } from '../server/src/modules/roadmap/critical-path-change.js';
import { computeCriticalPath } from '../server/src/modules/roadmap/critical-path.js';
import { info, median, target, type Figure } from './figures.js';
import { generateRoadmap, measure } from './roadmap-plan.js';

/**
 * The critical path of one fiscal year with 20k initiatives, 100k milestones and 50k dependencies,
 * computed in process (the algorithm alone, on rows already loaded), and the drag warning's
 * evaluation of one move on the same plan. Run alone: `npx tsx bench/critical-path.ts`.
 */
const RUNS = 9;

export function criticalPathFigures(): Figure[] {
  const plan = generateRoadmap();
  let pathLength = 0;
  let late = 0;
  const path = measure(RUNS, () => {
    const result = computeCriticalPath(plan);
    if (!result.ok) throw new Error(`bench plan has a cycle: ${result.cycle.join(' → ')}`);
    pathLength = result.criticalPath.length;
    late = result.lateFixedMilestones.length;
  });
  const computed = computeCriticalPath(plan);
  const everyNode = measure(RUNS, () => computed.ok && computed.allNodes());
  const moved = plan.initiatives[100]!;
  const change = { kind: 'move-initiative' as const, initiativeId: moved.id, start: '2026-09-01', end: '2026-10-15' };
  const drag = measure(RUNS, () => evaluateChanges(plan, [change]));
  const prepare = measure(RUNS, () => prepareChanges(plan));
  const prepared = prepareChanges(plan);
  const dragPrepared = measure(RUNS, () => prepared.evaluate([change]));
  return [
    target(
      'critical path, FY of 20k initiatives / 100k milestones / 50k deps (median)',
      median(path.wall),
      'ms',
      '< 200',
    ),
    info('critical path, CPU time (median)', median(path.cpu), 'ms'),
    info('critical path, fastest run', Math.min(...path.wall), 'ms'),
    info('critical path length', pathLength, 'nodes'),
    info('every node with dates and float, materialised (median)', median(everyNode.wall), 'ms'),
    info('fixed milestones late', late, 'milestones'),
    info('drag warning: evaluate one move (median)', median(drag.wall), 'ms'),
    info('drag warning: CPU time (median)', median(drag.cpu), 'ms'),
    info('drag warning: prepare the plan once (median)', median(prepare.wall), 'ms'),
    info('drag warning: each drag on the prepared plan (median)', median(dragPrepared.wall), 'ms'),
    info('drag warning: each drag on the prepared plan, CPU time (median)', median(dragPrepared.cpu), 'ms'),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(criticalPathFigures());
