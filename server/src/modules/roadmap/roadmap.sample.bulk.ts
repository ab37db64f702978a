import { isFixedMilestoneKind, type MilestoneKind } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../http/actor.js';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import * as depsRepo from './dependencies.repository.js';
import type { DependencyRow } from './dependencies.repository.js';
import { dependencySnapshot } from './dependencies.service.js';
import { findPath } from './dependency-cycles.js';
import { refreshProgress } from './initiative-derived.service.js';
import * as milestonesRepo from './milestones.repository.js';
import { milestoneSnapshot } from './milestones.service.js';
import type { MilestoneRow } from './milestones.repository.js';

// The sample plan is written in a few statements instead of one service call per record: a service
// call locks, re-reads and reads back for every milestone or dependency, which on PostgreSQL is most of
// the sample's load time. What a reader sees stays the same as through the services: derived progress
// is refreshed by the same function, and every record gets its audit event and activity entry.

export interface SampleWriter {
  trx: DbScope;
  clock: Clock;
  audit: AuditService;
  collaboration: CollaborationService;
}

export interface SampleMilestoneInput {
  initiativeId: string;
  initiative: { title: string; start: string; end: string };
  title: string;
  date: string;
  kind: MilestoneKind;
}

/** Inserts the milestones, refreshes their initiatives' progress, and records each as MilestonesService.create does. */
export async function insertSampleMilestones(
  w: SampleWriter,
  actor: Actor,
  inputs: SampleMilestoneInput[],
): Promise<MilestoneRow[]> {
  const now = w.clock.now().toISOString();
  const rows = inputs.map((m): MilestoneRow => {
    if (m.date < m.initiative.start || m.date > m.initiative.end)
      throw new Error(`Sample milestone “${m.title}” (${m.date}) falls outside “${m.initiative.title}”`);
    return {
      id: uuidv7(),
      initiative_id: m.initiativeId,
      title: m.title,
      kind: m.kind,
      date: m.date,
      fixed: isFixedMilestoneKind(m.kind) ? 1 : 0,
      done_on: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
  });
  await milestonesRepo.insertMany(w.trx, rows);
  for (const initiativeId of new Set(rows.map((r) => r.initiative_id))) await refreshProgress(w.trx, initiativeId);
  for (const row of rows) {
    await w.audit.record(w.trx, actor, {
      action: 'initiative_milestone.created',
      entityType: 'initiative_milestone',
      entityId: row.id,
      after: milestoneSnapshot(row),
    });
    await w.collaboration.recordActivity(w.trx, actor, {
      entityType: 'initiative',
      entityId: row.initiative_id,
      event: 'initiative_milestone.added',
      details: { milestoneId: row.id, title: row.title, date: row.date, fixed: row.fixed === 1 },
    });
  }
  return rows;
}

export interface SampleDependencyEnd {
  initiativeId: string;
  milestoneId: string | null;
  /** As the dependency service names it: the milestone with its initiative in brackets, or the initiative. */
  title: string;
}

/**
 * Inserts finish-to-start dependencies after the cycle check DependenciesService makes (in memory:
 * the sample knows its whole graph), and records each as DependenciesService.create does.
 */
export async function insertSampleDependencies(
  w: SampleWriter,
  actor: Actor,
  inputs: { from: SampleDependencyEnd; to: SampleDependencyEnd; lagDays: number }[],
): Promise<void> {
  const successors = new Map<string, string[]>();
  for (const d of inputs) {
    const cycle = await findPath(d.to.initiativeId, d.from.initiativeId, async (keys) => {
      return new Map(keys.map((k) => [k, successors.get(k) ?? []]));
    });
    if (cycle) throw new Error(`Sample dependency ${d.from.title} → ${d.to.title} closes a cycle`);
    successors.set(d.from.initiativeId, [...(successors.get(d.from.initiativeId) ?? []), d.to.initiativeId]);
  }
  const now = w.clock.now().toISOString();
  const rows = inputs.map((d): DependencyRow => ({
    id: uuidv7(),
    from_initiative_id: d.from.initiativeId,
    from_milestone_id: d.from.milestoneId,
    to_initiative_id: d.to.initiativeId,
    to_milestone_id: d.to.milestoneId,
    lag_days: d.lagDays,
    created_by: actor.id,
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  await depsRepo.insertMany(w.trx, rows);
  for (const [i, row] of rows.entries()) {
    const { from, to } = inputs[i]!;
    await w.audit.record(w.trx, actor, {
      action: 'initiative_dependency.created',
      entityType: 'initiative_dependency',
      entityId: row.id,
      after: dependencySnapshot(row),
    });
    const details = { dependencyId: row.id, predecessor: from.title, successor: to.title, lagDays: row.lag_days };
    for (const initiativeId of new Set([to.initiativeId, from.initiativeId]))
      await w.collaboration.recordActivity(w.trx, actor, {
        entityType: 'initiative',
        entityId: initiativeId,
        event: 'initiative_dependency.added',
        details,
      });
  }
}
