import type { CriticalPath, RoadmapYear, WhatIf, WhatIfChange } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound } from '../../http/app-error.js';
import { computeCriticalPath, pathGraphOf, type PathEnd } from './critical-path.js';
import { evaluateChanges, type ProposedChange } from './critical-path-change.js';
import type { RoadmapYearService } from './roadmap-year.service.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dependency cycle the stored plan should never hold (writes refuse cycles): named, not scheduled. */
const cycleError = (cycle: string[]) =>
  new AppError('INVALID_STATE', `The roadmap has a dependency cycle: ${cycle.join(' → ')}`);

/**
 * The critical path of a fiscal year and the what-if of a reschedule, read-only, over the year's
 * reply (so its permission and what it shows are the year endpoint's).
 */
export class RoadmapCriticalPathService {
  constructor(private readonly years: RoadmapYearService) {}

  /** Throws FORBIDDEN, VALIDATION_FAILED (params.year), NOT_FOUND (querystring.end names no node of the year). */
  async criticalPath(actor: Actor, key: string, end: string | undefined): Promise<CriticalPath> {
    authorize(actor, 'roadmap.read');
    const year = await this.years.year(actor, key);
    const ids = nodeIds(year);
    let pathEnd: PathEnd = { kind: 'latest-finish' };
    if (end !== undefined) {
      if (DATE.test(end)) pathEnd = { kind: 'date', date: end };
      else if (ids.has(end)) pathEnd = { kind: 'node', id: end };
      else throw notFound('The initiative or milestone named by querystring.end');
    }
    const result = computeCriticalPath(pathGraphOf(year), pathEnd);
    if (!result.ok) throw cycleError(result.cycle);
    return {
      end: result.end,
      path: result.pathNodes,
      lateFixedMilestones: result.lateFixedMilestones,
    };
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED (an end before its start), NOT_FOUND (a change to an unknown id). */
  async whatIf(actor: Actor, key: string, changes: WhatIfChange[]): Promise<WhatIf> {
    authorize(actor, 'roadmap.read');
    changes.forEach((c, i) => {
      if (c.kind === 'move_initiative' && c.end < c.start)
        throw fieldError(`body.changes.${i}.end`, 'The end is before the start');
    });
    const year = await this.years.year(actor, key);
    const initiatives = new Set(year.initiatives.map((i) => i.id));
    const milestones = new Set(year.milestones.map((m) => m.id));
    const proposed = changes.map((c): ProposedChange => {
      if (c.kind === 'move_milestone') {
        if (!milestones.has(c.id)) throw notFound('The milestone of a proposed change');
        return { kind: 'move-milestone', milestoneId: c.id, date: c.date };
      }
      if (!initiatives.has(c.id)) throw notFound('The initiative of a proposed change');
      return c.kind === 'drop_initiative'
        ? { kind: 'drop-initiative', initiativeId: c.id }
        : { kind: 'move-initiative', initiativeId: c.id, start: c.start, end: c.end };
    });
    let result;
    try {
      result = evaluateChanges(pathGraphOf(year), proposed);
    } catch (error) {
      // A change to something the changes before it dropped.
      if (error instanceof RangeError) throw notFound('The initiative or milestone of a proposed change');
      throw error;
    }
    if (!result.ok) throw cycleError(result.cycle);
    return {
      brokenDependencies: result.brokenDependencies,
      lateFixedMilestones: result.lateFixedMilestones,
      resolvedFixedMilestones: result.resolvedFixedMilestones,
      milestonesOutsideInitiative: result.milestonesOutsideInitiative,
      finishBefore: result.before.finish,
      finishAfter: result.after.finish,
      finishDeltaDays: result.finishDeltaDays,
    };
  }
}

function nodeIds(year: RoadmapYear): Set<string> {
  return new Set([...year.initiatives.map((i) => i.id), ...year.milestones.map((m) => m.id)]);
}
