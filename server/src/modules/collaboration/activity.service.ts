import {
  ACTIVITY_DETAIL_SCHEMAS,
  activityDetail,
  activitySentence,
  activityVerb,
  sentenceText,
  truncateText,
} from '@policyops/contracts';
import type {
  ActivityEntry,
  ActivityEvent,
  ActivityFacts,
  ActivityPage,
  ActivityQuery,
  CollaborationEntityType,
  EntityRef,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import type { AuditCause } from '../audit/audit.service.js';
import { entityKey, type CollaborationEntities } from './collaboration-entities.js';
import * as repo from './activity.repository.js';
import type { ActivityFilter, ActivityRow } from './activity.repository.js';
import type { NotificationsService } from './notifications.service.js';
import { decodeCursor, visiblePage } from './visible-page.js';
import type { WatchesService } from './watches.service.js';
import { type DbScope } from '../../db/scope.js';

/**
 * An entry as a module records it: what happened as an event with its facts (never its wording:
 * the feed words it when it is read, with the names of today).
 */
export type ActivityInput = ActivityFacts & {
  entityType: CollaborationEntityType;
  entityId: string;
  /** The record that caused it (a comment): the entry goes when it goes. */
  sourceId?: string | null;
};

function factsOf(row: ActivityRow): { event: ActivityEvent; details: Record<string, unknown> } | null {
  if (row.event === null || row.details_json === null || !Object.hasOwn(ACTIVITY_DETAIL_SCHEMAS, row.event))
    return null;
  return { event: row.event as ActivityEvent, details: JSON.parse(row.details_json) as Record<string, unknown> };
}

/** The entry as the reader gets it: worded now, from its facts, its actor's name and its record's title. */
function toEntry(row: ActivityRow, entity: EntityRef): ActivityEntry {
  const actor = row.actor_id ? { id: row.actor_id, name: row.actor_name ?? 'Deleted user' } : null;
  const facts = factsOf(row);
  const sentence = activitySentence({
    event: facts?.event ?? null,
    details: facts?.details ?? null,
    verb: row.verb,
    actor,
    entity,
  });
  return {
    id: row.id,
    entity,
    actor,
    verb: row.verb,
    summary: row.summary,
    event: facts?.event ?? null,
    details: facts?.details ?? null,
    sentence: sentenceText(sentence),
    createdAt: row.created_at,
  };
}

/** The activity feed per record and per person, filtered by what the reader may see. */
export class ActivityService {
  constructor(
    private readonly db: DbScope,
    private readonly entities: CollaborationEntities,
    private readonly watches: WatchesService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Writes an entry inside the caller's transaction; with `notifyWatchers`, the record's watchers
   * (except whoever caused it, those who may not see it and those `alreadyNotified` of the same
   * step, such as the people it mentions) get a 'change' notification.
   */
  async record(
    trx: DbScope,
    cause: AuditCause,
    input: ActivityInput,
    options: { notifyWatchers: boolean; alreadyNotified?: readonly string[] },
  ): Promise<void> {
    const details = ACTIVITY_DETAIL_SCHEMAS[input.event].parse(input.details);
    const summary = truncateText(activityDetail(input), 500, '');
    await repo.insert(trx, {
      id: uuidv7(),
      entity_type: input.entityType,
      entity_id: input.entityId,
      actor_id: cause.id,
      verb: activityVerb(input.event),
      summary,
      source_id: input.sourceId ?? null,
      created_at: new Date().toISOString(),
      event: input.event,
      details_json: JSON.stringify(details),
    });
    if (options.notifyWatchers) {
      const told = new Set(options.alreadyNotified);
      const watchers = (await this.watches.watcherIds(trx, input.entityType, input.entityId)).filter(
        (id) => !told.has(id),
      );
      await this.notifications.deliver(trx, cause, {
        userIds: watchers,
        kind: 'change',
        entityType: input.entityType,
        entityId: input.entityId,
        summary,
        sourceId: input.sourceId ?? null,
      });
    }
  }

  /**
   * Newest first: on one record (NOT_FOUND when the caller may not see it), by one person, or
   * everything the caller may see; `watched` keeps others' entries on records the caller watches
   * (the home page). Throws VALIDATION_FAILED for half an entity or a bad cursor.
   */
  async list(actor: Actor, query: ActivityQuery): Promise<ActivityPage> {
    if ((query.entityType === undefined) !== (query.entityId === undefined)) {
      const path = query.entityType === undefined ? 'querystring.entityType' : 'querystring.entityId';
      throw new AppError('VALIDATION_FAILED', 'Give both entityType and entityId, or neither', [
        { path, message: 'Required with the other entity field' },
      ]);
    }
    const cursor = decodeCursor(query.cursor);
    const filter: ActivityFilter = {};
    let resolve = (rows: ActivityRow[]) =>
      this.entities.visible(
        this.db,
        actor,
        rows.map((r) => ({ type: r.entity_type, id: r.entity_id })),
      );
    if (query.entityType && query.entityId) {
      const entity = await this.entities.require(this.db, actor, query.entityType, query.entityId);
      filter.entity = { type: entity.type, id: entity.id };
      resolve = async () => new Map([[entityKey(entity.type, entity.id), entity]]);
    }
    if (query.actorId) filter.actorId = query.actorId;
    if (query.watched) filter.watchedBy = actor.id;
    const page = await visiblePage(
      (after, take) => repo.list(this.db, filter, after, take),
      resolve,
      query.limit,
      cursor,
    );
    return { items: page.items.map(({ row, entity }) => toEntry(row, entity)), nextCursor: page.nextCursor };
  }

  /** Removes the entries a deleted record (a comment) caused. */
  async removeBySource(trx: DbScope, sourceId: string): Promise<void> {
    await repo.deleteBySource(trx, sourceId);
  }
}
