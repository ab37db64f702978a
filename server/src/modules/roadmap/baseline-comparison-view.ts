import type { RoadmapComparison } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { BaselineComparison, RoadmapSnapshot } from './baseline-compare.js';
import * as repo from './baselines.repository.js';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The comparison with the moves sorted by their size: the largest slip (either way) first. */
export function sortedBySize(
  c: BaselineComparison,
): Pick<RoadmapComparison, 'initiatives' | 'milestones' | 'keyResults' | 'summary'> {
  const moved = (m: { startDeltaDays: number; endDeltaDays: number }) =>
    Math.max(Math.abs(m.startDeltaDays), Math.abs(m.endDeltaDays));
  return {
    ...c,
    initiatives: {
      ...c.initiatives,
      datesMoved: [...c.initiatives.datesMoved].sort(
        (a, b) => moved(b) - moved(a) || b.endDeltaDays - a.endDeltaDays || a.title.localeCompare(b.title),
      ),
    },
    milestones: {
      ...c.milestones,
      moved: [...c.milestones.moved].sort(
        (a, b) =>
          Math.abs(b.slipDays) - Math.abs(a.slipDays) || b.slipDays - a.slipDays || a.title.localeCompare(b.title),
      ),
    },
  };
}

/** Names for the ids the comparison mentions: a handful of reads by id, never the whole year. */
export async function comparisonNames(
  scope: DbScope,
  c: BaselineComparison,
  baseline: RoadmapSnapshot,
  live: RoadmapSnapshot,
  policies: { id: string; name: string }[],
): Promise<RoadmapComparison['names']> {
  const people = new Set<string>();
  for (const o of c.initiatives.ownerChanged) for (const id of [o.before, o.after]) if (id) people.add(id);
  const areas = new Set<string>();
  const teams = new Set<string>();
  for (const s of c.initiatives.scopeChanged) {
    for (const id of [...s.areas.added, ...s.areas.removed]) areas.add(id);
    for (const id of [...s.teams.added, ...s.teams.removed]) teams.add(id);
  }
  const wanted = new Set<string>();
  for (const m of [...c.milestones.added, ...c.milestones.removed, ...c.milestones.moved]) wanted.add(m.initiativeId);
  const initiatives = new Map<string, string>();
  if (wanted.size > 0)
    for (const i of [...baseline.initiatives, ...live.initiatives])
      if (wanted.has(i.id)) initiatives.set(i.id, i.title);
  const [peopleNames, areaNames, teamNames] = await Promise.all([
    repo.peopleNames(scope, [...people]),
    repo.areaNames(scope, [...areas]),
    repo.teamNames(scope, [...teams]),
  ]);
  return {
    initiatives: [...initiatives].map(([id, name]) => ({ id, name })).sort(byName),
    people: peopleNames.sort(byName),
    areas: areaNames.sort(byName),
    teams: teamNames.sort(byName),
    policies: [...policies].sort(byName),
  };
}
