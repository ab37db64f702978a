import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

export const GENESIS_HASH = '0'.repeat(64);

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

/** Canonical JSON (sorted keys) so that the same state always hashes the same. */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return stringify(value) ?? null;
}

/** SHA-256 of the previous hash and this event's fields: changing any past event breaks every later link. */
export function chainHash(prevHash: string, e: ChainedFields): string {
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
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/** Why this event breaks the chain after `prevHash` at position `expectedSeq`, or null when it holds. */
export function chainBreakReason(
  prevHash: string,
  expectedSeq: number,
  e: ChainedFields & { prevHash: string; hash: string },
): string | null {
  if (e.seq !== expectedSeq) return `expected event #${expectedSeq} but found #${e.seq} (an event is missing)`;
  if (e.prevHash !== prevHash) return 'its link to the previous event does not match';
  if (chainHash(prevHash, e) !== e.hash) return 'its content does not match its hash (it was altered)';
  return null;
}
