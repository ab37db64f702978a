import { AUDIT_CHECKPOINT_FORMAT, AuditCheckpointSchema, type AuditCheckpoint } from '@policyops/contracts';
import { stringify } from 'safe-stable-stringify';
import type { AuditKey } from './audit-key.js';

/** The outcome of checking one checkpoint file against the chain. */
export type CheckpointCheck =
  { ok: true; seq: number; reason: null } | { ok: false; seq: number | null; reason: string };

/** What a checkpoint states, before it is signed. */
export interface CheckpointFields {
  seq: number;
  hash: string;
  createdAt: string;
}

function canonical(checkpoint: Omit<AuditCheckpoint, 'signature'>): string {
  const { format, seq, hash, eventCount, createdAt, keyId } = checkpoint;
  return stringify({ format, seq, hash, eventCount, createdAt, keyId })!;
}

/** Signs "event #seq had this hash" with the audit key, as the file an admin downloads. */
export function signCheckpoint(key: AuditKey, fields: CheckpointFields): AuditCheckpoint {
  const unsigned = {
    format: AUDIT_CHECKPOINT_FORMAT,
    seq: fields.seq,
    hash: fields.hash,
    eventCount: fields.seq,
    createdAt: fields.createdAt,
    keyId: key.id,
  } as const;
  return { ...unsigned, signature: key.signCheckpoint(canonical(unsigned)) };
}

/**
 * Parses a checkpoint file's JSON and checks its signature; returns the checkpoint, or why it
 * is refused (not a checkpoint; changed after export; signed with another key).
 */
export function readSignedCheckpoint(
  key: AuditKey,
  input: unknown,
): { checkpoint: AuditCheckpoint; refusal: null } | { checkpoint: null; refusal: CheckpointCheck } {
  const parsed = AuditCheckpointSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const reason = `it is not a PolicyOps audit checkpoint (${where}${issue?.message ?? 'invalid'})`;
    return { checkpoint: null, refusal: { ok: false, seq: null, reason } };
  }
  const checkpoint = parsed.data;
  if (key.checkpointSignatureMatches(canonical(checkpoint), checkpoint.signature)) return { checkpoint, refusal: null };
  const reason =
    checkpoint.keyId === key.id
      ? 'its signature does not match its contents (the file was changed after it was exported)'
      : `it was signed with a different audit key (key id ${checkpoint.keyId}; the configured key's id is ${key.id})`;
  return { checkpoint: null, refusal: { ok: false, seq: checkpoint.seq, reason } };
}
