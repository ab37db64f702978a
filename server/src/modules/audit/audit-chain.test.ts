import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  KEYED_SCHEME,
  LEGACY_SCHEME,
  ChainWalker,
  canonicalJson,
  keyedChainHash,
  legacyChainHash,
  type ChainedEvent,
  type ChainedFields,
} from './audit-chain.js';
import { AuditKey } from './audit-key.js';

const key = new AuditKey('k'.repeat(40));

const fields = (seq: number): ChainedFields => ({
  seq,
  id: `id-${seq}`,
  occurredAt: '2026-11-25T10:00:00.000Z',
  actorId: 'u1',
  action: 'team.updated',
  entityType: 'team',
  entityId: 't1',
  beforeJson: canonicalJson({ b: 1, a: 2 }),
  afterJson: null,
  requestId: 'r1',
});

/** A chain of `legacy` plain SHA-256 events followed by `keyed` HMAC events. */
function chain(legacy: number, keyed: number): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= legacy + keyed; seq++) {
    const e = fields(seq);
    const isLegacy = seq <= legacy;
    const hash = isLegacy ? legacyChainHash(prev, e) : keyedChainHash(key, prev, e);
    out.push({ ...e, prevHash: prev, hash, hashScheme: isLegacy ? LEGACY_SCHEME : KEYED_SCHEME });
    prev = hash;
  }
  return out;
}

/** The first reason the walker gives, with the seq it gave it at, or null when all events hold. */
function firstBreak(walker: ChainWalker, events: ChainedEvent[]): { seq: number; reason: string } | null {
  for (const e of events) {
    const reason = walker.next(e);
    if (reason) return { seq: e.seq, reason };
  }
  return null;
}

const sealFor = (events: ChainedEvent[], legacyEvents: number) => ({
  legacyEvents,
  seal: key.sealLegacy(legacyEvents, events[legacyEvents - 1]!.hash),
});

describe('canonicalJson', () => {
  it('orders keys so equal states hash equally', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(canonicalJson(undefined)).toBeNull();
  });
});

describe('keyedChainHash', () => {
  it('depends on the key, so the plain SHA-256 of the same link never matches it', () => {
    const e = fields(1);
    expect(keyedChainHash(key, GENESIS_HASH, e)).not.toBe(legacyChainHash(GENESIS_HASH, e));
    expect(keyedChainHash(new AuditKey('x'.repeat(40)), GENESIS_HASH, e)).not.toBe(
      keyedChainHash(key, GENESIS_HASH, e),
    );
  });
});

describe('ChainWalker', () => {
  it('accepts an intact keyed chain and ends where the head says', () => {
    const events = chain(0, 3);
    const walker = new ChainWalker(key, null);
    expect(firstBreak(walker, events)).toBeNull();
    expect(walker.finish({ seq: 3, lastHash: events[2]!.hash })).toBeNull();
    expect(walker.finish({ seq: 4, lastHash: 'f'.repeat(64) })).toMatch(/removed from the end/);
  });

  it('detects an altered event, a missing one and a relinked one', () => {
    const events = chain(0, 3);
    expect(firstBreak(new ChainWalker(key, null), [{ ...events[0]!, afterJson: '{"role":"admin"}' }])).toMatchObject({
      seq: 1,
      reason: expect.stringMatching(/altered/),
    });
    expect(firstBreak(new ChainWalker(key, null), [events[0]!, events[2]!])?.reason).toMatch(/missing/);
    expect(
      firstBreak(new ChainWalker(key, null), [events[0]!, { ...events[1]!, prevHash: 'f'.repeat(64) }])?.reason,
    ).toMatch(/link/);
  });

  it('accepts legacy events only as far as a valid seal reaches', () => {
    const events = chain(2, 2);
    expect(firstBreak(new ChainWalker(key, null), events)).toMatchObject({
      seq: 1,
      reason: expect.stringMatching(/no seal covers it/),
    });
    const sealed = new ChainWalker(key, sealFor(events, 2));
    expect(firstBreak(sealed, events)).toBeNull();
    expect(sealed.legacyEvents).toBe(2);
    const forged = new ChainWalker(key, { legacyEvents: 2, seal: 'a'.repeat(64) });
    expect(firstBreak(forged, events)).toMatchObject({
      seq: 2,
      reason: expect.stringMatching(/seal .* does not match/),
    });
    const short = chain(3, 0);
    expect(firstBreak(new ChainWalker(key, sealFor(short, 2)), short)).toMatchObject({ seq: 3 });
  });

  it('refuses an unkeyed event after a keyed one, and notices a sealed legacy event that is gone', () => {
    const events = chain(0, 2);
    const downgraded = { ...events[1]!, hashScheme: LEGACY_SCHEME, hash: legacyChainHash(events[0]!.hash, events[1]!) };
    expect(
      firstBreak(new ChainWalker(key, null, { acceptUnsealedLegacy: true }), [events[0]!, downgraded]),
    ).toMatchObject({
      seq: 2,
      reason: expect.stringMatching(/after keyed events/),
    });
    const legacy = chain(3, 0);
    const walker = new ChainWalker(key, sealFor(legacy, 3));
    expect(firstBreak(walker, legacy.slice(0, 2))).toBeNull();
    expect(walker.finish({ seq: 2, lastHash: legacy[1]!.hash })).toMatch(
      /legacy seal covers 3 events but only 2 remain/,
    );
  });

  it('while sealing, accepts an unsealed legacy prefix and counts it', () => {
    const walker = new ChainWalker(key, null, { acceptUnsealedLegacy: true });
    expect(firstBreak(walker, chain(2, 1))).toBeNull();
    expect(walker.legacyEvents).toBe(2);
  });
});
