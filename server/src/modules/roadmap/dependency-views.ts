import type { Dependency } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { addDays } from '../../platform/clock.js';
import { canEditInitiative } from './initiative-access.js';
import type { DependencyViewRow } from './dependencies.repository.js';

/**
 * Whether planned dates respect a finish-to-start dependency, on the critical path's time line: an
 * initiative runs from the start of its first day to the end of its last, a milestone happens at the
 * end of its day. So after an initiative ending on the 10th (lag 0) a successor initiative may start
 * on the 11th and a successor milestone fall on the 10th; the lag adds days, a negative one overlaps.
 */
export function dependencySatisfied(
  from: { type: 'initiative' | 'milestone'; date: string },
  to: { type: 'initiative' | 'milestone'; date: string },
  lagDays: number,
): boolean {
  const earliest = addDays(from.date, lagDays + (to.type === 'initiative' ? 1 : 0));
  return to.date >= earliest;
}

/** Who may change a dependency: whoever may change either of the initiatives it joins. */
export function canEditDependency(actor: Actor, row: Pick<DependencyViewRow, 'from_owner_id' | 'to_owner_id'>) {
  return canEditInitiative(actor, row.from_owner_id) || canEditInitiative(actor, row.to_owner_id);
}

export function toDependency(actor: Actor, row: DependencyViewRow): Dependency {
  const from = row.from_milestone_id
    ? {
        type: 'milestone' as const,
        id: row.from_milestone_id,
        title: row.from_milestone_title ?? '',
        date: row.from_milestone_date ?? row.from_initiative_end,
      }
    : {
        type: 'initiative' as const,
        id: row.from_initiative_id,
        title: row.from_initiative_title,
        date: row.from_initiative_end,
      };
  const to = row.to_milestone_id
    ? {
        type: 'milestone' as const,
        id: row.to_milestone_id,
        title: row.to_milestone_title ?? '',
        date: row.to_milestone_date ?? row.to_initiative_start,
      }
    : {
        type: 'initiative' as const,
        id: row.to_initiative_id,
        title: row.to_initiative_title,
        date: row.to_initiative_start,
      };
  const edit = canEditDependency(actor, row);
  return {
    id: row.id,
    kind: 'finish_to_start',
    from: { ...from, initiativeId: row.from_initiative_id, initiativeTitle: row.from_initiative_title },
    to: { ...to, initiativeId: row.to_initiative_id, initiativeTitle: row.to_initiative_title },
    lagDays: row.lag_days,
    satisfied: dependencySatisfied(from, to, row.lag_days),
    version: row.version,
    abilities: { update: edit, delete: edit },
  };
}
