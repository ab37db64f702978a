import type { AuditAction, AuditEventPage, AuditQuery, AuditVerification } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import { GENESIS_HASH, canonicalJson, chainBreakReason, chainHash } from './audit-chain.js';
import * as auditRepo from './audit.repository.js';
import { type DbScope } from '../../db/scope.js';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

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

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

/** The append-only, hash-chained audit trail. */
export class AuditService {
  constructor(private readonly db: DbScope) {}

  /**
   * Appends an event inside the caller's transaction, so the change and its record commit or
   * fail together. Before/after must already be free of secrets.
   */
  async record(trx: DbScope, cause: AuditCause | null, entry: AuditEntry): Promise<void> {
    const { seq, prevHash } = await auditRepo.advanceChainHead(trx);
    const fields = {
      seq,
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
      seq,
      occurred_at: fields.occurredAt,
      actor_id: fields.actorId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      before_json: fields.beforeJson,
      after_json: fields.afterJson,
      request_id: fields.requestId,
      prev_hash: prevHash,
      hash: chainHash(prevHash, fields),
    });
  }

  /** Lists events newest first with filters. Throws FORBIDDEN without audit.read. */
  async list(actor: Actor, query: AuditQuery): Promise<AuditEventPage> {
    authorize(actor, 'audit.read');
    const rows = await auditRepo.listEvents(this.db, query, decodeCursor(query.cursor));
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        seq: Number(r.seq),
        occurredAt: r.occurred_at,
        actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? 'Deleted user' } : null,
        action: r.action as AuditAction,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: parseJson(r.before_json),
        after: parseJson(r.after_json),
        requestId: r.request_id,
        hash: r.hash,
      })),
      nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.seq) : null,
    };
  }

  /** Verifies the API caller may read the audit log, then checks the chain. */
  async verifyAs(actor: Actor): Promise<AuditVerification> {
    authorize(actor, 'audit.read');
    return this.verify();
  }

  /** Walks the whole chain; names the first event that is missing, relinked or altered. */
  async verify(): Promise<AuditVerification> {
    let prev = GENESIS_HASH;
    let expected = 1;
    let checked = 0;
    for await (const row of auditRepo.eventsInOrder(this.db)) {
      const reason = chainBreakReason(prev, expected, {
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
      });
      if (reason) return { ok: false, checked, firstBadSeq: Number(row.seq), reason };
      prev = row.hash;
      expected += 1;
      checked += 1;
    }
    const head = await auditRepo.chainHead(this.db);
    if (head.seq !== checked || head.lastHash !== prev) {
      return {
        ok: false,
        checked,
        firstBadSeq: checked + 1,
        reason: `the chain head records ${head.seq} events but ${checked} remain (events were removed from the end)`,
      };
    }
    return { ok: true, checked, firstBadSeq: null, reason: null };
  }
}
