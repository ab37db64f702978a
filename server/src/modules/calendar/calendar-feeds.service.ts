import {
  CALENDAR_FEED_SECRET_PREFIX,
  type CalendarFeed,
  type CalendarFeedCreate,
  type CalendarFeedCreated,
  type CalendarFeedList,
  type CalendarFeedOwnerKind,
  type Role,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { fieldError, notFound } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { newSecret, sha256 } from '../auth/tokens.js';
import type { CalendarEntry, CalendarOwner, CalendarSources } from './calendar-sources.js';
import * as repo from './calendar.repository.js';
import type { CalendarFeedRow } from './calendar.repository.js';
import { renderCalendar } from './ical-feed.js';

/** What the feeds need of the directory: the caller's own entry (StakeholdersService.forUser). */
export interface FeedDirectory {
  forUser(db: DbScope, userId: string): Promise<{ id: string; name: string }>;
}

/** A client polls every few minutes; the fetch time is written at most this often. */
const TOUCH_EVERY_MS = 15 * 60_000;

const view = (row: CalendarFeedRow): CalendarFeed => ({
  id: row.id,
  name: row.name,
  ownerKind: row.owner_kind as CalendarFeedOwnerKind,
  workingGroupId: row.working_group_id,
  stakeholderId: row.stakeholder_id,
  createdAt: row.created_at,
  lastFetchedAt: row.last_fetched_at,
  revokedAt: row.revoked_at,
});

const snapshot = (row: CalendarFeedRow) => ({
  name: row.name,
  ownerKind: row.owner_kind as CalendarFeedOwnerKind,
  workingGroupId: row.working_group_id,
  stakeholderId: row.stakeholder_id,
  userId: row.user_id,
});

/**
 * Calendar feeds: a secret URL (shown once; only its SHA-256 is kept, like API tokens) that a calendar
 * client polls without a session. A feed answers with its creator's visibility, as the app would show
 * them the same records today; a revoked feed, or one whose creator is no longer active, is a 404.
 */
export class CalendarFeedsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly directory: FeedDirectory,
    private readonly sources: CalendarSources,
    private readonly publicUrl: string,
  ) {}

  /** Throws FORBIDDEN, VALIDATION_FAILED (a group feed without a group, or one that is not there). */
  async create(actor: Actor, input: CalendarFeedCreate): Promise<CalendarFeedCreated> {
    authorize(actor, 'governance.read');
    const { secret, hash } = newSecret(CALENDAR_FEED_SECRET_PREFIX);
    const row = await inTransaction(this.db, async (trx) => {
      let stakeholderId: string | null = null;
      let workingGroupId: string | null = null;
      if (input.ownerKind === 'working_group') {
        if (!input.workingGroupId) throw fieldError('body.workingGroupId', 'Pick the working group');
        if (!(await repo.groupName(trx, input.workingGroupId)))
          throw fieldError('body.workingGroupId', 'No such working group');
        workingGroupId = input.workingGroupId;
      } else {
        if (input.workingGroupId) throw fieldError('body.workingGroupId', 'A person feed has no working group');
        stakeholderId = (await this.directory.forUser(trx, actor.id)).id;
      }
      const feed: CalendarFeedRow = {
        id: uuidv7(),
        owner_kind: input.ownerKind,
        user_id: actor.id,
        stakeholder_id: stakeholderId,
        working_group_id: workingGroupId,
        token_hash: hash,
        name: input.name,
        created_at: this.clock.now().toISOString(),
        last_fetched_at: null,
        revoked_at: null,
      };
      await repo.insertFeed(trx, feed);
      await this.audit.record(trx, actor, {
        action: 'calendar_feed.created',
        entityType: 'calendar_feed',
        entityId: feed.id,
        after: snapshot(feed),
      });
      return feed;
    });
    return { ...view(row), url: this.urlOf(secret) };
  }

  /** My feeds that still work. */
  async mine(actor: Actor): Promise<CalendarFeedList> {
    authorize(actor, 'governance.read');
    return { items: (await repo.liveFeedsOf(this.db, actor.id)).map(view) };
  }

  /** Revokes one of my feeds: its URL answers 404 from now on. Throws NOT_FOUND (someone else's, or revoked). */
  async revoke(actor: Actor, id: string): Promise<void> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const row = await repo.findFeed(trx, id);
      if (!row || row.user_id !== actor.id || row.revoked_at !== null) throw notFound('The calendar feed');
      if (!(await repo.revokeFeed(trx, id, this.clock.now().toISOString()))) throw notFound('The calendar feed');
      await this.audit.record(trx, actor, {
        action: 'calendar_feed.revoked',
        entityType: 'calendar_feed',
        entityId: id,
        before: snapshot(row),
      });
    });
  }

  /** The iCalendar text of the feed behind `<secret>.ics`. Throws NOT_FOUND (unknown, revoked, creator gone). */
  async render(token: string): Promise<string> {
    const secret = token.replace(/\.ics$/, '');
    const feed = await repo.liveFeedByHash(this.db, sha256(secret));
    if (!feed) throw notFound('The calendar feed');
    const user = await repo.feedUser(this.db, feed.user_id);
    if (!user || user.status !== 'active') throw notFound('The calendar feed');
    const actor: Actor = {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role as Role,
      version: user.version,
      sessionId: null,
      sessionExpiresAt: null,
      tokenId: null,
      requestId: 'calendar-feed',
    };
    const owner: CalendarOwner =
      feed.owner_kind === 'working_group'
        ? { kind: 'working_group', workingGroupId: feed.working_group_id! }
        : { kind: 'person', stakeholderId: feed.stakeholder_id!, userId: feed.user_id };
    const entries: CalendarEntry[] = [];
    for (const source of this.sources.all()) entries.push(...(await source(this.db, actor, owner)));
    const now = this.clock.now();
    if (!feed.last_fetched_at || now.getTime() - Date.parse(feed.last_fetched_at) > TOUCH_EVERY_MS)
      await repo.touchFeed(this.db, feed.id, now.toISOString());
    const name =
      owner.kind === 'working_group'
        ? `${(await repo.groupName(this.db, owner.workingGroupId)) ?? 'Working group'} · PolicyOps`
        : `${user.name} · PolicyOps`;
    return renderCalendar({ name, publicUrl: this.publicUrl, entries, now });
  }

  private urlOf(secret: string): string {
    return new URL(`/api/public/calendar/${secret}.ics`, this.publicUrl).toString();
  }
}
