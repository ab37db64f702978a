import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { AuditKey } from './audit-key.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Events written since keyed hashing: HMAC-SHA256 with the audit key. */
export const KEYED_SCHEME = 'hmac-sha256';
/** Events written before it: plain SHA-256, accepted only where the legacy seal covers them. */
export const LEGACY_SCHEME = 'sha256';

/** The fields of an audit event that its hash covers. */
export interface ChainedFields {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
  requestId: string | null;
}

/** An event as stored: its fields, its link to the previous event and how it was hashed. */
export interface ChainedEvent extends ChainedFields {
  prevHash: string;
  hash: string;
  hashScheme: string;
}

/** Canonical JSON (sorted keys) so that the same state always hashes the same. */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return stringify(value) ?? null;
}

function link(prevHash: string, e: ChainedFields): string {
  const payload = JSON.stringify([
    e.seq,
    e.id,
    e.occurredAt,
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.beforeJson,
    e.afterJson,
    e.requestId,
  ]);
  return `${prevHash}\n${payload}`;
}

/**
 * The hash events carried before keyed hashing: SHA-256 of the previous hash and the event.
 * Anyone can compute it, which is why it only holds where the legacy seal vouches for it.
 */
export function legacyChainHash(prevHash: string, e: ChainedFields): string {
  return createHash('sha256').update(link(prevHash, e)).digest('hex');
}

/** HMAC-SHA256 of the previous hash and the event: without the key, no one can recompute it. */
export function keyedChainHash(key: AuditKey, prevHash: string, e: ChainedFields): string {
  return key.sealEvent(link(prevHash, e));
}

/** The legacy seal from the chain head: how many leading events predate keyed hashing, and its MAC. */
export interface LegacySeal {
  legacyEvents: number;
  seal: string;
}

/**
 * Checks a chain one event at a time, in seq order, in bounded memory. Keyed events must match
 * their HMAC; unkeyed ones are accepted only before every keyed one and only as far as a valid
 * legacy seal reaches (or, while sealing, as far as they go), so rewriting history as "legacy"
 * does not get past it.
 */
export class ChainWalker {
  private prev = GENESIS_HASH;
  private keyedSeen = false;
  /** Events checked so far. */
  checked = 0;
  /** Unkeyed events checked so far. */
  legacyEvents = 0;

  constructor(
    private readonly key: AuditKey,
    private readonly legacy: LegacySeal | null,
    private readonly options: { acceptUnsealedLegacy?: boolean } = {},
  ) {}

  /** The hash of the last event checked (the genesis hash before any). */
  get lastHash(): string {
    return this.prev;
  }

  /** Why this event breaks the chain, or null when it holds (and becomes the previous one). */
  next(e: ChainedEvent): string | null {
    const expected = this.checked + 1;
    if (e.seq !== expected) return `expected event #${expected} but found #${e.seq} (an event is missing)`;
    if (e.prevHash !== this.prev) return 'its link to the previous event does not match';
    const reason = e.hashScheme === KEYED_SCHEME ? this.keyedReason(e) : this.legacyReason(e);
    if (reason) return reason;
    if (this.legacy && e.seq === this.legacy.legacyEvents && !this.sealHolds(e.hash)) {
      return `the seal over the ${this.legacy.legacyEvents} events written before keyed hashing does not match (they or the seal were changed)`;
    }
    this.prev = e.hash;
    this.checked += 1;
    return null;
  }

  /** Why the chain as walked does not end where the head says it does, or null. */
  finish(head: { seq: number; lastHash: string }): string | null {
    if (this.legacy && this.checked < this.legacy.legacyEvents) {
      return `the legacy seal covers ${this.legacy.legacyEvents} events but only ${this.checked} remain (events were removed from the end)`;
    }
    if (head.seq !== this.checked || head.lastHash !== this.prev) {
      return `the chain head records ${head.seq} events but ${this.checked} remain (events were removed from the end)`;
    }
    return null;
  }

  private sealHolds(hash: string): boolean {
    return !!this.legacy && this.key.legacySealMatches(this.legacy.legacyEvents, hash, this.legacy.seal);
  }

  private keyedReason(e: ChainedEvent): string | null {
    if (keyedChainHash(this.key, this.prev, e) !== e.hash) {
      return 'its content does not match its hash (it was altered, or the configured audit key is not the one that sealed it)';
    }
    this.keyedSeen = true;
    return null;
  }

  private legacyReason(e: ChainedEvent): string | null {
    if (e.hashScheme !== LEGACY_SCHEME) return `its hash scheme "${e.hashScheme}" is unknown`;
    if (this.keyedSeen) {
      return 'it carries an unkeyed SHA-256 hash after keyed events (it was rewritten without the audit key)';
    }
    const sealed = !!this.legacy && e.seq <= this.legacy.legacyEvents;
    if (!sealed && !this.options.acceptUnsealedLegacy) {
      return (
        'it carries an unkeyed SHA-256 hash and no seal covers it: either it was rewritten without the audit key, ' +
        'or it predates keyed hashing and was never sealed (after checking it, run `npm run audit:verify -- --seal-legacy` once)'
      );
    }
    if (legacyChainHash(this.prev, e) !== e.hash) return 'its content does not match its hash (it was altered)';
    this.legacyEvents += 1;
    return null;
  }
}
