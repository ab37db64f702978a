import {
  addDays,
  OPEN_ACTION_ITEM_STATUSES,
  type ActionItem,
  type ActionItemCreate,
  type ActionItemListQuery,
  type ActionItemPage,
  type ActionItemStatus,
  type ActionItemStatusChange,
  type ActionItemUpdate,
  type LinkedRecordRef,
  type MyActions,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { viewerOf } from '../policies/policy-access.js';
import type { MeetingActionPort, OutcomeRecord } from '../working-groups/meeting-outcome-ports.js';
import { actionItemHref } from './action-item-collaboration.js';
import { ActionItemViews, type StakeholderDirectory } from './action-item-views.js';
import * as repo from './action-items.repository.js';
import type { ActionItemRow } from './action-items.repository.js';

const MY_OPEN_LIMIT = 500;
const RECENTLY_DONE_DAYS = 14;
const WHAT = 'The action item';

const encodeCursor = (row: ActionItemRow) =>
  Buffer.from(JSON.stringify({ k: row.due_date ?? '9999-12-31', id: row.id })).toString('base64url');
function decodeCursor(cursor: string | undefined): { dueKey: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown; id?: unknown };
    if (typeof value.k === 'string' && typeof value.id === 'string') return { dueKey: value.k, id: value.id };
  } catch {
    // falls through to the field error
  }
  throw fieldError('querystring.cursor', 'Use the nextCursor of the previous page');
}

/**
 * Action items: created and edited by those who manage governance work ('governance.manage'); the
 * owner may move their own action through its statuses with 'governance.read' alone. Every change is
 * versioned and audited in its transaction. Reads follow the need-to-know rule (action-item-visibility).
 * Also the meetings' MeetingActionPort: actions recorded from notes, and which are still open.
 */
export class ActionItemsService implements MeetingActionPort {
  private readonly views: ActionItemViews;

  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly stakeholders: StakeholderDirectory,
    private readonly links: LinkedRecords,
  ) {
    this.views = new ActionItemViews(stakeholders, links);
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED (owner not in the directory, a source or link that is not there). */
  async create(actor: Actor, input: ActionItemCreate): Promise<ActionItem> {
    authorize(actor, 'governance.manage');
    const id = await inTransaction(this.db, async (trx) => {
      await this.validateSource(trx, actor, input.source);
      if (input.workingGroupId)
        await this.links.requireAll(
          trx,
          actor,
          [{ kind: 'working_group', id: input.workingGroupId }],
          'body.workingGroupId',
        );
      return this.insert(trx, actor, input, 'body');
    });
    return this.get(actor, id);
  }

  /** MeetingActionPort: an action from a meeting's notes, in the meeting's transaction. Throws VALIDATION_FAILED. */
  async createFromMeeting(
    trx: DbScope,
    actor: Actor,
    meeting: { id: string; workingGroupId: string; startsAt: string },
    input: { title: string; ownerId: string; dueDate: string | null },
  ): Promise<OutcomeRecord> {
    // The meetings service has authorised the caller to record outcomes (manage, or the group's chair or
    // secretary); an action from the notes needs nothing more.
    authorize(actor, 'governance.read');
    const id = await this.insert(
      trx,
      actor,
      {
        title: input.title,
        notes: '',
        ownerId: input.ownerId,
        dueDate: input.dueDate,
        source: { kind: 'meeting', id: meeting.id },
        workingGroupId: meeting.workingGroupId,
        links: [],
      },
      'body',
    );
    return { id, title: input.title, href: actionItemHref(id) };
  }

  /** MeetingActionPort: of these ids, the actions neither done nor cancelled. */
  async stillOpen(db: DbScope, actionIds: string[]): Promise<Set<string>> {
    return new Set(await repo.stillOpen(db, [...new Set(actionIds)]));
  }

  /** Throws NOT_FOUND (also when the need-to-know rule hides it). */
  async get(actor: Actor, id: string, db: DbScope = this.db): Promise<ActionItem> {
    authorize(actor, 'governance.read');
    const row = await repo.findVisible(db, viewerOf(actor), id);
    if (!row) throw notFound(WHAT);
    return (await this.views.many(db, actor, [row], this.clock.today()))[0]!;
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED (a bad cursor). */
  async list(actor: Actor, query: ActionItemListQuery): Promise<ActionItemPage> {
    authorize(actor, 'governance.read');
    const today = this.clock.today();
    const rows = await repo.list(this.db, viewerOf(actor), {
      ownerId: query.ownerId,
      statuses: query.status,
      overdue: query.overdue,
      today,
      workingGroupId: query.workingGroupId,
      sourceKind: query.sourceKind,
      sourceId: query.sourceId,
      dueBefore: query.dueBefore,
      after: decodeCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: await this.views.many(this.db, actor, page, today),
      nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  }

  /** What I own, through my account's directory entry, grouped for the "My actions" page. */
  async mine(actor: Actor): Promise<MyActions> {
    authorize(actor, 'governance.read');
    const owner = await inTransaction(this.db, (trx) => this.stakeholders.forUser(trx, actor.id));
    const today = this.clock.today();
    const since = `${addDays(today, -RECENTLY_DONE_DAYS)}T00:00:00.000Z`;
    const { open, closed } = await repo.mine(this.db, viewerOf(actor), owner.id, since, MY_OPEN_LIMIT + 1);
    const views = await this.views.many(this.db, actor, [...open.slice(0, MY_OPEN_LIMIT), ...closed], today);
    const weekEnd = addDays(today, 6);
    const result: MyActions = {
      owner,
      today,
      overdue: [],
      dueThisWeek: [],
      later: [],
      noDate: [],
      recentlyDone: [],
      truncated: open.length > MY_OPEN_LIMIT,
    };
    for (const view of views) {
      if (!OPEN_ACTION_ITEM_STATUSES.includes(view.status)) result.recentlyDone.push(view);
      else if (view.dueDate === null) result.noDate.push(view);
      else if (view.dueDate < today) result.overdue.push(view);
      else if (view.dueDate <= weekEnd) result.dueThisWeek.push(view);
      else result.later.push(view);
    }
    return result;
  }

  /** Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, VERSION_CONFLICT. */
  async update(actor: Actor, id: string, input: ActionItemUpdate): Promise<ActionItem> {
    authorize(actor, 'governance.manage');
    await inTransaction(this.db, async (trx) => {
      const row = await this.visibleRow(trx, actor, id);
      if (row.version !== input.version) throw versionConflict(WHAT, row.version);
      if (input.ownerId !== undefined) await this.stakeholders.requireExisting(trx, [input.ownerId], 'body.ownerId');
      if (input.links !== undefined) await this.links.requireAll(trx, actor, input.links, 'body.links');
      const before = await this.snapshot(trx, row);
      const now = this.clock.now().toISOString();
      const patch = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        ...(input.dueDate !== undefined ? { due_date: input.dueDate } : {}),
        ...(input.status !== undefined ? statusPatch(row, input.status, now) : {}),
        updated_at: now,
      };
      if (!(await repo.updateVersioned(trx, id, input.version, patch))) throw versionConflict(WHAT, input.version + 1);
      if (input.links !== undefined) await repo.replaceLinks(trx, id, input.links);
      const after = await this.snapshot(trx, (await repo.find(trx, id))!);
      await this.audit.record(trx, actor, {
        action: 'action_item.updated',
        entityType: 'action_item',
        entityId: id,
        before,
        after,
      });
    });
    return this.get(actor, id);
  }

  /**
   * Moves an action to a status: those who manage governance work, or the action's owner (through their
   * account's directory entry). Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT.
   */
  async changeStatus(actor: Actor, id: string, input: ActionItemStatusChange): Promise<ActionItem> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const row = await this.visibleRow(trx, actor, id);
      if (!can(actor, 'governance.manage')) {
        const owner = (await this.stakeholders.summaries(trx, [row.owner_id])).get(row.owner_id);
        if (owner?.userId !== actor.id)
          throw new AppError(
            'FORBIDDEN',
            'Only the owner, or someone who manages governance work, may change its status',
          );
      }
      if (row.version !== input.version) throw versionConflict(WHAT, row.version);
      if (row.status === input.status) return;
      const now = this.clock.now().toISOString();
      const patch = { ...statusPatch(row, input.status, now), updated_at: now };
      if (!(await repo.updateVersioned(trx, id, input.version, patch))) throw versionConflict(WHAT, input.version + 1);
      await this.audit.record(trx, actor, {
        action: 'action_item.status_changed',
        entityType: 'action_item',
        entityId: id,
        before: { title: row.title, status: row.status as ActionItemStatus, version: row.version },
        after: { title: row.title, status: input.status, version: row.version + 1 },
      });
    });
    return this.get(actor, id);
  }

  private async insert(trx: DbScope, actor: Actor, input: ActionItemCreate, at: 'body'): Promise<string> {
    await this.stakeholders.requireExisting(trx, [input.ownerId], `${at}.ownerId`);
    await this.links.requireAll(trx, actor, input.links, `${at}.links`);
    const now = this.clock.now().toISOString();
    const id = uuidv7();
    const row: ActionItemRow = {
      id,
      title: input.title,
      notes: input.notes,
      owner_id: input.ownerId,
      due_date: input.dueDate,
      status: 'open',
      done_at: null,
      source_kind: input.source.kind,
      source_id: input.source.kind === 'manual' ? null : input.source.id,
      working_group_id: input.workingGroupId,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insert(trx, row);
    await repo.replaceLinks(trx, id, input.links);
    await this.audit.record(trx, actor, {
      action: 'action_item.created',
      entityType: 'action_item',
      entityId: id,
      after: await this.snapshot(trx, row),
    });
    return id;
  }

  /** A source must exist and be visible to the caller; manual has none. Throws VALIDATION_FAILED. */
  private async validateSource(trx: DbScope, actor: Actor, source: ActionItemCreate['source']): Promise<void> {
    if (source.kind === 'manual') {
      if (source.id !== null) throw fieldError('body.source.id', 'A manual action has no source record');
      return;
    }
    if (source.id === null) throw fieldError('body.source.id', `Name the ${source.kind.replace('_', ' ')}`);
    if (source.kind === 'review') {
      if (!(await repo.reviewExists(trx, source.id))) throw fieldError('body.source.id', 'No such review');
      return;
    }
    const ref: LinkedRecordRef = { kind: source.kind, id: source.id };
    try {
      await this.links.requireAll(trx, actor, [ref], 'body.source');
    } catch {
      throw fieldError('body.source.id', `No such ${source.kind.replace('_', ' ')}`);
    }
  }

  private async visibleRow(db: DbScope, actor: Actor, id: string): Promise<ActionItemRow> {
    const row = await repo.findVisible(db, viewerOf(actor), id);
    if (!row) throw notFound(WHAT);
    return row;
  }

  private async snapshot(db: DbScope, row: ActionItemRow) {
    const owner = (await this.stakeholders.summaries(db, [row.owner_id])).get(row.owner_id);
    const links = await repo.linksOf(db, [row.id]);
    return {
      title: row.title,
      notes: row.notes,
      ownerId: row.owner_id,
      ownerName: owner?.name ?? 'Unknown person',
      dueDate: row.due_date,
      status: row.status as ActionItemStatus,
      sourceKind: row.source_kind as ActionItemCreate['source']['kind'],
      sourceId: row.source_id,
      workingGroupId: row.working_group_id,
      links: links.map((l) => ({ kind: l.kind as LinkedRecordRef['kind'], id: l.record_id })),
      version: row.version,
    };
  }
}

/** Status change columns: done_at is set on entering done and cleared on leaving it. */
function statusPatch(row: ActionItemRow, status: ActionItemStatus, now: string) {
  if (status === row.status) return {};
  return { status, done_at: status === 'done' ? now : null };
}
