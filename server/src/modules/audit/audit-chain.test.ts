import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, chainBreakReason, chainHash, type ChainedFields } from './audit-chain.js';

const event = (seq: number, over: Partial<ChainedFields> = {}): ChainedFields => ({
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
  ...over,
});

function chain(n: number) {
  const out: (ChainedFields & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = event(i);
    const hash = chainHash(prev, e);
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonicalJson', () => {
  it('orders keys so equal states hash equally', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(canonicalJson(undefined)).toBeNull();
  });
});

describe('chainBreakReason', () => {
  it('accepts an intact chain', () => {
    const events = chain(3);
    expect(events.map((e, i) => chainBreakReason(i === 0 ? GENESIS_HASH : events[i - 1]!.hash, i + 1, e))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('detects an altered event', () => {
    const [first] = chain(1);
    expect(chainBreakReason(GENESIS_HASH, 1, { ...first!, afterJson: '{"role":"admin"}' })).toMatch(/altered/);
  });

  it('detects a missing event and a relinked one', () => {
    const events = chain(3);
    expect(chainBreakReason(events[0]!.hash, 2, events[2]!)).toMatch(/missing/);
    expect(chainBreakReason('f'.repeat(64), 2, events[1]!)).toMatch(/link/);
  });
});
