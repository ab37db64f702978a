import type { KeyResultSource, KeyResultSourceKind } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import type { DbScope } from '../../db/scope.js';

/** A value a feed reports for a key result: it stands as the current value instead of the last check-in's. */
export interface FeedReading {
  value: number;
  /** When the source last changed (ISO-8601), for "as of". */
  asOf: string;
}

/** One fed key result as a feed is asked about it. */
export interface FedKeyResult<K extends KeyResultSourceKind> {
  keyResultId: string;
  source: Extract<KeyResultSource, { kind: K }>;
}

/**
 * Where a key result's value can come from automatically. The OKR module knows only this interface;
 * a module that owns a source (the roadmap's initiatives, later policy metrics) implements it and
 * registers it in `createServices`, so OKRs never read another module's tables.
 */
export interface KeyResultFeed<K extends KeyResultSourceKind = KeyResultSourceKind> {
  kind: K;
  /**
   * Checks a source when a key result is created or changed to use it (the initiative exists and
   * the actor may see it). Throws AppError VALIDATION_FAILED naming `path` (e.g. body.source).
   */
  validate(db: DbScope, actor: Actor, source: Extract<KeyResultSource, { kind: K }>, path: string): Promise<void>;
  /**
   * The current values of these key results, in one batch per read; a key result left out of the
   * map has no reading and keeps its last check-in's value. Must use `db` only (it may be a transaction).
   * A key result of a closed period shows the value stored when it was closed, not the reading.
   */
  read(db: DbScope, keyResults: FedKeyResult<K>[]): Promise<Map<string, FeedReading>>;
}

/** Values come from check-ins: nothing to validate, nothing to read. */
export const manualFeed: KeyResultFeed<'manual'> = {
  kind: 'manual',
  async validate() {},
  async read() {
    return new Map();
  },
};

/** The feeds that exist; 'manual' always, others as their modules register them. */
export class KeyResultFeeds {
  private readonly feeds = new Map<KeyResultSourceKind, KeyResultFeed>();

  constructor() {
    this.register(manualFeed);
  }

  register<K extends KeyResultSourceKind>(feed: KeyResultFeed<K>): void {
    if (this.feeds.has(feed.kind)) throw new Error(`Key-result feed ${feed.kind} is registered twice`);
    this.feeds.set(feed.kind, feed as unknown as KeyResultFeed);
  }

  /** The kinds a key result may use today (what the UI offers). */
  kinds(): KeyResultSourceKind[] {
    return [...this.feeds.keys()];
  }

  /** Throws VALIDATION_FAILED naming `${path}.kind` for a kind with no feed, or what the feed refuses. */
  async validate(db: DbScope, actor: Actor, source: KeyResultSource, path: string): Promise<void> {
    const feed = this.feeds.get(source.kind);
    if (!feed)
      throw new AppError('VALIDATION_FAILED', `Key results cannot be fed from "${source.kind}" yet`, [
        { path: `${path}.kind`, message: `No ${source.kind} feed is available yet: use manual check-ins` },
      ]);
    await feed.validate(db, actor, source, path);
  }

  /** Readings for every fed key result among these, one batch per kind. */
  async read(db: DbScope, keyResults: FedKeyResult<KeyResultSourceKind>[]): Promise<Map<string, FeedReading>> {
    const byKind = new Map<KeyResultSourceKind, FedKeyResult<KeyResultSourceKind>[]>();
    for (const kr of keyResults) {
      if (kr.source.kind === 'manual') continue;
      byKind.set(kr.source.kind, [...(byKind.get(kr.source.kind) ?? []), kr]);
    }
    const out = new Map<string, FeedReading>();
    for (const [kind, list] of byKind) {
      const feed = this.feeds.get(kind);
      if (!feed) continue; // a feed that was unregistered: the check-ins stand
      for (const [id, reading] of await feed.read(db, list)) out.set(id, reading);
    }
    return out;
  }
}
