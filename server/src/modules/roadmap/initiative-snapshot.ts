import type {
  InitiativeActivityField,
  InitiativePriority,
  InitiativeStatus,
  UpdateCadence,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { InitiativesTable } from '../../db/roadmap-schema.js';
import * as repo from './initiatives.repository.js';
import { priorityOf } from './initiative-views.js';

/** What the audit log keeps of an initiative (every linked policy, visible to the caller or not). */
export interface InitiativeSnapshot {
  id: string;
  title: string;
  description: string;
  ownerId: string;
  parentId: string | null;
  status: InitiativeStatus;
  priority: InitiativePriority;
  start: string;
  end: string;
  effortWeeks: number | null;
  areaIds: string[];
  teamIds: string[];
  policyIds: string[];
  cadence: UpdateCadence;
  cadenceWeekday: number;
  progressOverride: { value: number; reason: string } | null;
  version: number;
}

type SnapshotColumns = Pick<
  InitiativesTable,
  | 'id'
  | 'title'
  | 'description'
  | 'owner_id'
  | 'parent_id'
  | 'status'
  | 'priority'
  | 'start_date'
  | 'end_date'
  | 'effort_weeks'
  | 'cadence'
  | 'cadence_weekday'
  | 'progress_override'
  | 'progress_override_reason'
  | 'version'
>;

export function snapshotOf(
  row: SnapshotColumns,
  links: { areaIds: string[]; teamIds: string[]; policyIds: string[] },
): InitiativeSnapshot {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    parentId: row.parent_id,
    status: row.status as InitiativeStatus,
    priority: priorityOf(row.priority),
    start: row.start_date,
    end: row.end_date,
    effortWeeks: row.effort_weeks,
    areaIds: [...links.areaIds].sort(),
    teamIds: [...links.teamIds].sort(),
    policyIds: [...links.policyIds].sort(),
    cadence: row.cadence as UpdateCadence,
    cadenceWeekday: row.cadence_weekday,
    progressOverride:
      row.progress_override === null
        ? null
        : { value: row.progress_override, reason: row.progress_override_reason ?? '' },
    version: row.version,
  };
}

/** The snapshot of an initiative as stored now. */
export async function loadSnapshot(trx: DbScope, row: SnapshotColumns): Promise<InitiativeSnapshot> {
  const [{ areaIds, teamIds }, policyIds] = await Promise.all([
    repo.areaAndTeamIdsOf(trx, row.id),
    repo.policyIdsOf(trx, row.id),
  ]);
  return snapshotOf(row, { areaIds, teamIds, policyIds });
}

/** The fields that differ between two snapshots, as the activity feed names them (status apart). */
export function changedFields(before: InitiativeSnapshot, after: InitiativeSnapshot): InitiativeActivityField[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const checks: [InitiativeActivityField, boolean][] = [
    ['title', same(before.title, after.title)],
    ['description', same(before.description, after.description)],
    ['ownerId', same(before.ownerId, after.ownerId)],
    ['parentId', same(before.parentId, after.parentId)],
    ['priority', same(before.priority, after.priority)],
    ['effortWeeks', same(before.effortWeeks, after.effortWeeks)],
    ['dates', same([before.start, before.end], [after.start, after.end])],
    ['areaIds', same(before.areaIds, after.areaIds)],
    ['teamIds', same(before.teamIds, after.teamIds)],
    ['policyIds', same(before.policyIds, after.policyIds)],
    ['cadence', same([before.cadence, before.cadenceWeekday], [after.cadence, after.cadenceWeekday])],
    ['progressOverride', same(before.progressOverride, after.progressOverride)],
  ];
  return checks.filter(([, unchanged]) => !unchanged).map(([field]) => field);
}
