import {
  isFixedMilestoneKind,
  truncateText,
  type InitiativeHealth,
  type InitiativeStatus,
  type MilestoneKind,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../http/actor.js';
import type { InitiativesTable, InitiativeUpdatesTable } from '../../db/roadmap-schema.js';
import { mentionedPeople, plainText } from '../../markdown/markdown.js';
import * as updatesRepo from './health-updates.repository.js';
import { refreshProgress } from './initiative-derived.service.js';
import { changedFields, snapshotOf } from './initiative-snapshot.js';
import * as repo from './initiatives.repository.js';
import * as milestonesRepo from './milestones.repository.js';
import type { MilestoneRow } from './milestones.repository.js';
import { milestoneSnapshot } from './milestones.service.js';
import type { SampleWriter } from './roadmap.sample.bulk.js';

// The sample's replay of the year changes initiatives and milestones a few hundred times. Through
// InitiativesService.update and MilestonesService.update each change also locks, validates a span the
// sample wrote itself and reads the whole detail back; here each is one versioned update, then the
// same progress derivation (refreshProgress), audit event and activity entries as the services write.
// The update schedule does not depend on what changes here (status, end, milestone dates).

export interface SampleInitiativeRef {
  id: string;
  version: number;
  links: { areaIds: string[]; teamIds: string[]; policyIds: string[] };
}

/** A status or end-date change, recorded as InitiativesService.update records it. */
export async function updateSampleInitiative(
  w: SampleWriter,
  actor: Actor,
  ref: SampleInitiativeRef,
  input: { status?: InitiativeStatus; end?: string },
): Promise<void> {
  const before = (await repo.findById(w.trx, ref.id))!;
  const patch: Partial<InitiativesTable> = {
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.end !== undefined ? { end_date: input.end } : {}),
    updated_at: w.clock.now().toISOString(),
  };
  if (!(await repo.updateVersioned(w.trx, ref.id, ref.version, patch)))
    throw new Error(`Sample initiative “${before.title}” is not at version ${ref.version}`);
  ref.version += 1;
  await refreshProgress(w.trx, ref.id);
  const beforeSnapshot = snapshotOf(before, ref.links);
  const afterSnapshot = snapshotOf({ ...before, ...patch, version: ref.version }, ref.links);
  await w.audit.record(w.trx, actor, {
    action: 'initiative.updated',
    entityType: 'initiative',
    entityId: ref.id,
    before: beforeSnapshot,
    after: afterSnapshot,
  });
  const entity = { entityType: 'initiative' as const, entityId: ref.id };
  if (beforeSnapshot.status !== afterSnapshot.status)
    await w.collaboration.recordActivity(w.trx, actor, {
      ...entity,
      event: 'initiative.status_changed',
      details: { from: beforeSnapshot.status, to: afterSnapshot.status },
    });
  const fields = changedFields(beforeSnapshot, afterSnapshot);
  if (fields.length > 0 || beforeSnapshot.status === afterSnapshot.status)
    await w.collaboration.recordActivity(w.trx, actor, { ...entity, event: 'initiative.updated', details: { fields } });
}

/** A milestone moved or done, recorded as MilestonesService.update records it. */
export async function updateSampleMilestone(
  w: SampleWriter,
  actor: Actor,
  ref: { id: string; version: number },
  input: { date?: string; done?: true },
): Promise<void> {
  const before = (await milestonesRepo.findById(w.trx, ref.id))!;
  const patch: Partial<MilestoneRow> = {
    ...(input.date !== undefined ? { date: input.date } : {}),
    ...(input.done ? { done_on: before.done_on ?? w.clock.today() } : {}),
    fixed: isFixedMilestoneKind(before.kind as MilestoneKind) ? 1 : 0,
    updated_at: w.clock.now().toISOString(),
  };
  if (!(await milestonesRepo.updateVersioned(w.trx, ref.id, ref.version, patch)))
    throw new Error(`Sample milestone “${before.title}” is not at version ${ref.version}`);
  ref.version += 1;
  const after = { ...before, ...patch, version: ref.version };
  await refreshProgress(w.trx, before.initiative_id);
  await w.audit.record(w.trx, actor, {
    action: 'initiative_milestone.updated',
    entityType: 'initiative_milestone',
    entityId: ref.id,
    before: milestoneSnapshot(before),
    after: milestoneSnapshot(after),
  });
  const entity = { entityType: 'initiative' as const, entityId: before.initiative_id };
  const facts = { milestoneId: ref.id, title: after.title };
  if (after.date !== before.date)
    await w.collaboration.recordActivity(w.trx, actor, {
      ...entity,
      event: 'initiative_milestone.moved',
      details: { ...facts, from: before.date, to: after.date },
    });
  if (after.done_on !== null && before.done_on === null)
    await w.collaboration.recordActivity(w.trx, actor, {
      ...entity,
      event: 'initiative_milestone.completed',
      details: facts,
    });
}

/**
 * Health updates that a later one of the same initiative supersedes: they only join its history, so
 * their rows are written in one statement and each `record()` on its day writes what
 * HealthUpdatesService.post records. The latest update of each initiative goes through the service,
 * which derives the update schedule from it. Throws for a narrative that mentions someone: posting
 * one notifies, and that is the service's to do.
 */
export async function insertSupersededUpdates(
  w: SampleWriter,
  updates: { actor: Actor; initiativeId: string; day: string; health: InitiativeHealth; body: string }[],
): Promise<{ day: string; record: () => Promise<void> }[]> {
  const rows = updates.map((u): InitiativeUpdatesTable => {
    if (mentionedPeople(u.body).length > 0) throw new Error('Sample health updates that mention people are posted');
    return {
      id: uuidv7(),
      initiative_id: u.initiativeId,
      author_id: u.actor.id,
      health: u.health,
      body: u.body,
      posted_on: u.day,
      created_at: `${u.day}T09:00:00.000Z`,
    };
  });
  await updatesRepo.insertMany(w.trx, rows);
  return rows.map((row, i) => ({
    day: row.posted_on,
    record: async () => {
      const { actor, health } = updates[i]!;
      await w.audit.record(w.trx, actor, {
        action: 'initiative_update.posted',
        entityType: 'initiative_update',
        entityId: row.id,
        after: { initiativeId: row.initiative_id, health, body: row.body, postedOn: row.posted_on },
      });
      const excerpt = truncateText(plainText(row.body).replace(/\n/g, ' '), 140, '…');
      await w.collaboration.recordActivity(w.trx, actor, {
        entityType: 'initiative',
        entityId: row.initiative_id,
        event: 'initiative_update.posted',
        details: { updateId: row.id, health, excerpt },
      });
    },
  }));
}
