import type {
  AuditAction,
  AuditCheckpoint,
  AuditEventPage,
  AuditPayloadInput,
  AuditQuery,
  AuditVerification,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { AuditEventsTable } from '../../db/schema.js';
import {
  GENESIS_HASH,
  KEYED_SCHEME,
  ChainWalker,
  canonicalJson,
  keyedChainHash,
  type ChainedEvent,
} from './audit-chain.js';
import { readSignedCheckpoint, signCheckpoint, type CheckpointCheck } from './audit-checkpoint.js';
import type { AuditKey } from './audit-key.js';
import { readableEvents } from './audit-readable.js';
import * as auditRepo from './audit.repository.js';

/**
 * An event of action A as a caller records it: its entity type and before/after are typed from the
 * action's payload schema in contracts, so a wrong, missing or extra field does not compile.
 */
export type AuditEntryOf<A extends AuditAction> = A extends AuditAction
  ? { action: A; entityId: string } & AuditPayloadInput<A>
  : never;

/** Any event, as the chain stores it. */
type AuditEntry = AuditEntryOf<AuditAction>;

/** Who caused an audit event: a person (with the request) or the system (null id). */
export interface AuditCause {
  id: string | null;
  requestId: string | null;
}

export const SYSTEM_CAUSE: AuditCause = { id: null, requestId: null };

function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const seq = Number.parseInt(cursor, 10);
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
      { path: 'querystring.cursor', message: 'Invalid cursor' },
    ]);
  return seq;
}

function chainedEventOf(row: AuditEventsTable): ChainedEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    requestId: row.request_id,
    prevHash: row.prev_hash,
    hash: row.hash,
    hashScheme: row.hash_scheme,
  };
}

/**
 * The append-only audit trail, chained with HMAC-SHA256 under a key kept outside the database,
 * with signed checkpoints that prove, from outside, that nothing up to them was removed.
 */
export class AuditService {
  constructor(
    private readonly db: DbScope,
    private readonly key: AuditKey,
  ) {}

  /**
   * Appends an event inside the caller's transaction, so the change and its record commit or
   * fail together. The payload is typed by the action (see AuditEntryOf) and must be free of secrets.
   */
  async record<A extends AuditAction>(trx: DbScope, cause: AuditCause | null, entry: AuditEntryOf<A>): Promise<void> {
    await this.append(trx, await auditRepo.advanceChainHead(trx), cause, entry);
  }

  private async append(
    trx: DbScope,
    position: { seq: number; prevHash: string },
    cause: AuditCause | null,
    entry: AuditEntry,
  ): Promise<void> {
    const fields = {
      seq: position.seq,
      id: uuidv7(),
      occurredAt: new Date().toISOString(),
      actorId: cause?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      beforeJson: canonicalJson(entry.before),
      afterJson: canonicalJson(entry.after),
      requestId: cause?.requestId ?? null,
    };
    await auditRepo.insertEvent(trx, {
      id: fields.id,
      seq: fields.seq,
      occurred_at: fields.occurredAt,
      actor_id: fields.actorId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      before_json: fields.beforeJson,
      after_json: fields.afterJson,
      request_id: fields.requestId,
      prev_hash: position.prevHash,
      hash: keyedChainHash(this.key, position.prevHash, fields),
      hash_scheme: KEYED_SCHEME,
    });
  }

  /**
   * Lists events newest first with filters, each with its sentence and the names of today of the
   * records it mentions (one lookup per kind of record for the page). Throws FORBIDDEN without audit.read.
   */
  async list(actor: Actor, query: AuditQuery): Promise<AuditEventPage> {
    authorize(actor, 'audit.read');
    const rows = await auditRepo.listEvents(this.db, query, decodeCursor(query.cursor));
    const page = rows.slice(0, query.limit);
    return {
      items: await readableEvents(this.db, page),
      nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.seq) : null,
    };
  }

  /** Verifies the API caller may read the audit log, then checks the chain. Throws FORBIDDEN. */
  async verifyAs(actor: Actor): Promise<AuditVerification> {
    authorize(actor, 'audit.read');
    return this.verify();
  }

  /** Walks the whole chain; names the first event that is missing, relinked, altered or unkeyed. */
  async verify(): Promise<AuditVerification> {
    const { legacySeq, legacySeal } = await auditRepo.chainHead(this.db);
    const legacy = legacySeq !== null && legacySeal !== null ? { legacyEvents: legacySeq, seal: legacySeal } : null;
    const walker = new ChainWalker(this.key, legacy);
    const broken = (await this.walk(this.db, walker)) ?? this.finished(walker, await auditRepo.chainHead(this.db));
    return broken ?? this.verdict(walker, null, null);
  }

  private async walk(scope: DbScope, walker: ChainWalker): Promise<AuditVerification | null> {
    for await (const row of auditRepo.eventsInOrder(scope)) {
      const reason = walker.next(chainedEventOf(row));
      if (reason) return this.verdict(walker, Number(row.seq), reason);
    }
    return null;
  }

  private verdict(walker: ChainWalker, firstBadSeq: number | null, reason: string | null): AuditVerification {
    return { ok: reason === null, checked: walker.checked, firstBadSeq, reason, legacyEvents: walker.legacyEvents };
  }

  /**
   * Signs a checkpoint of the chain as it stands (the last event and its hash) for an admin to
   * keep outside the database, and records the export. Throws FORBIDDEN without audit.read, and
   * INVALID_STATE when the chain head does not match its last event (nothing is signed then).
   */
  async exportCheckpoint(actor: Actor): Promise<AuditCheckpoint> {
    authorize(actor, 'audit.read');
    return inTransaction(this.db, async (trx) => {
      const position = await auditRepo.advanceChainHead(trx);
      const seq = position.seq - 1;
      const hash = seq === 0 ? GENESIS_HASH : await auditRepo.eventHashAt(trx, seq);
      if (hash !== position.prevHash) {
        throw new AppError(
          'INVALID_STATE',
          `The audit chain head does not match event #${seq}: verify the chain; no checkpoint was signed`,
        );
      }
      const checkpoint = signCheckpoint(this.key, { seq, hash, createdAt: new Date().toISOString() });
      await this.append(trx, position, actor, {
        action: 'audit.checkpoint_exported',
        entityType: 'audit_chain',
        entityId: String(seq),
        after: { seq, hash, keyId: checkpoint.keyId, createdAt: checkpoint.createdAt },
      });
      return checkpoint;
    });
  }

  /**
   * Checks a checkpoint file's JSON: its signature, then that the chain still holds its event
   * with exactly its hash. Says what is wrong: not a checkpoint, a bad signature, the event
   * missing (truncated or deleted since), or a different hash (history up to it rewritten).
   * The chain itself is checked by verify().
   */
  async checkCheckpoint(input: unknown): Promise<CheckpointCheck> {
    const { checkpoint, refusal } = readSignedCheckpoint(this.key, input);
    if (!checkpoint) return refusal;
    const { seq } = checkpoint;
    const hash = seq === 0 ? GENESIS_HASH : await auditRepo.eventHashAt(this.db, seq);
    if (hash === null) {
      const last = await auditRepo.lastStoredSeq(this.db);
      const reason =
        last < seq
          ? `event #${seq} is missing: the chain was truncated after this checkpoint was exported (it now ends at #${last})`
          : `event #${seq} is missing: it was deleted after this checkpoint was exported`;
      return { ok: false, seq, reason };
    }
    if (hash !== checkpoint.hash) {
      return {
        ok: false,
        seq,
        reason: `the hash of event #${seq} differs from the checkpoint: history up to it was rewritten`,
      };
    }
    return { ok: true, seq, reason: null };
  }

  /**
   * Once, after upgrading a workspace whose events predate keyed hashing: checks the chain (the
   * unkeyed events as plain SHA-256) and seals how many there are with the key, so that no later
   * rewrite can pass itself off as legacy. Never re-seals. Throws INVALID_STATE when the chain is
   * broken (nothing is sealed then).
   */
  async sealLegacy(): Promise<{ legacyEvents: number; alreadySealed: boolean }> {
    return inTransaction(this.db, async (trx) => {
      const head = await auditRepo.lockChainHead(trx);
      if (head.legacySeal !== null) return { legacyEvents: head.legacySeq ?? 0, alreadySealed: true };
      const walker = new ChainWalker(this.key, null, { acceptUnsealedLegacy: true });
      const broken = (await this.walk(trx, walker)) ?? this.finished(walker, head);
      if (broken) {
        throw new AppError(
          'INVALID_STATE',
          `The audit chain is broken at event #${broken.firstBadSeq}: ${broken.reason}; nothing was sealed`,
        );
      }
      const legacyEvents = walker.legacyEvents;
      if (legacyEvents === 0) return { legacyEvents, alreadySealed: false };
      const lastLegacyHash = (await auditRepo.eventHashAt(trx, legacyEvents))!;
      await auditRepo.setLegacySeal(trx, legacyEvents, this.key.sealLegacy(legacyEvents, lastLegacyHash));
      await this.record(trx, SYSTEM_CAUSE, {
        action: 'audit.legacy_sealed',
        entityType: 'audit_chain',
        entityId: String(legacyEvents),
        after: { legacyEvents, lastLegacyHash, keyId: this.key.id },
      });
      return { legacyEvents, alreadySealed: false };
    });
  }

  private finished(walker: ChainWalker, head: auditRepo.ChainHead): AuditVerification | null {
    const reason = walker.finish(head);
    return reason ? this.verdict(walker, walker.checked + 1, reason) : null;
  }
}
