import {
  truncateText,
  type CursorQuery,
  type HealthUpdateCreate,
  type HealthUpdatePage,
  type HealthUpdatePosted,
  type UpdateCadence,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { mentionedPeople, plainText } from '../../markdown/markdown.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { assertCanEdit } from './initiative-access.js';
import { scheduleOf, toHealthUpdate } from './initiative-views.js';
import * as updatesRepo from './health-updates.repository.js';
import * as repo from './initiatives.repository.js';
import { nextUpdateDue } from './update-due.js';

function decodeCursor(cursor: string | undefined): { createdAt: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
    { path: 'querystring.cursor', message: 'Invalid cursor' },
  ]);
}

/**
 * Health updates: the owner (or a program manager or admin) says how an initiative is going, with a
 * health and a Markdown narrative. Posting one moves the initiative's next due day on (update-due.ts);
 * the history is kept, newest first.
 */
export class HealthUpdatesService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
  ) {}

  /** Newest first. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (cursor). */
  async list(actor: Actor, initiativeId: string, query: CursorQuery): Promise<HealthUpdatePage> {
    authorize(actor, 'roadmap.read');
    if ((await repo.titleOf(this.db, initiativeId)) === undefined) throw notFound('Initiative');
    const rows = await updatesRepo.page(this.db, initiativeId, decodeCursor(query.cursor), query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toHealthUpdate),
      nextCursor:
        rows.length > query.limit && last
          ? Buffer.from(JSON.stringify([last.created_at, last.id])).toString('base64url')
          : null,
    };
  }

  /** Throws FORBIDDEN (not its owner, program manager or admin), NOT_FOUND. */
  async post(actor: Actor, initiativeId: string, input: HealthUpdateCreate): Promise<HealthUpdatePosted> {
    authorize(actor, 'roadmap.edit_own');
    return inTransaction(this.db, async (trx) => {
      if (!(await repo.lockForChange(trx, initiativeId))) throw notFound('Initiative');
      const initiative = (await repo.findById(trx, initiativeId))!;
      assertCanEdit(actor, initiative.owner_id, initiative.title);
      const today = this.clock.today();
      const row = {
        id: uuidv7(),
        initiative_id: initiativeId,
        author_id: actor.id,
        health: input.health,
        body: input.body,
        posted_on: today,
        created_at: this.clock.now().toISOString(),
      };
      await updatesRepo.insert(trx, row);
      const schedule = {
        cadence: initiative.cadence as UpdateCadence,
        weekday: initiative.cadence_weekday,
        anchor: initiative.cadence_anchor,
      };
      const derived = {
        last_update_on: today,
        last_health: input.health,
        next_update_due_on: nextUpdateDue(schedule, today),
      };
      await repo.setDerived(trx, initiativeId, derived);
      await this.audit.record(trx, actor, {
        action: 'initiative_update.posted',
        entityType: 'initiative_update',
        entityId: row.id,
        after: { initiativeId, health: input.health, body: input.body, postedOn: today },
      });
      const excerpt = truncateText(plainText(input.body).replace(/\n/g, ' '), 140, '…');
      const mentioned = mentionedPeople(input.body).map((p) => p.id);
      const told =
        mentioned.length > 0
          ? await this.collaboration.notify(trx, actor, {
              userIds: mentioned,
              kind: 'mention',
              entityType: 'initiative',
              entityId: initiativeId,
              summary: `Mentioned you in an update on “${initiative.title}”: ${excerpt}`,
            })
          : [];
      await this.collaboration.recordActivity(
        trx,
        actor,
        {
          entityType: 'initiative',
          entityId: initiativeId,
          event: 'initiative_update.posted',
          details: { updateId: row.id, health: input.health, excerpt },
        },
        { alreadyNotified: told },
      );
      const saved = (await updatesRepo.findById(trx, row.id))!;
      return { update: toHealthUpdate(saved), schedule: scheduleOf({ ...initiative, ...derived }, today) };
    });
  }
}
