import {
  AUDIT_RECORD_KINDS,
  auditReferences,
  auditSentence,
  auditTargetRef,
  sentenceText,
  type AuditAction,
  type AuditEvent,
  type AuditRecordKind,
  type AuditRecordRef,
  type NamedRecord,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import * as namesRepo from './audit-names.repository.js';
import type { AuditRowWithActor } from './audit.repository.js';

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function hrefOf(kind: AuditRecordKind, row: namesRepo.NameRow): string | null {
  switch (kind) {
    case 'user':
      return `/people/${row.id}`;
    case 'team':
      return `/teams/${row.id}`;
    case 'policy':
      return row.slug ? `/policies/${row.slug}` : null;
    case 'policy_version':
      return row.slug ? `/policies/${row.slug}/versions/${row.id}` : null;
    default:
      return null;
  }
}

const keyOf = (ref: AuditRecordRef) => `${ref.kind}:${ref.id}`;

/**
 * Names every record a page of events mentions (targets, and the people and policies their payloads
 * name) with one query per kind of record, whatever the number of events: `kind:id` -> its name.
 */
async function nameAll(scope: DbScope, refs: AuditRecordRef[]): Promise<Map<string, NamedRecord>> {
  const idsByKind = new Map<AuditRecordKind, Set<string>>();
  for (const ref of refs) {
    const ids = idsByKind.get(ref.kind) ?? new Set<string>();
    ids.add(ref.id);
    idsByKind.set(ref.kind, ids);
  }
  const names = new Map<string, NamedRecord>();
  await Promise.all(
    AUDIT_RECORD_KINDS.filter((kind) => idsByKind.has(kind)).map(async (kind) => {
      const ids = [...idsByKind.get(kind)!];
      const rows = await namesRepo.namesOf(scope, kind, ids);
      for (const row of rows) names.set(keyOf({ kind, id: row.id }), { label: row.label, href: hrefOf(kind, row) });
      if (kind !== 'policy_version') return;
      const gone = ids.filter((id) => !names.has(keyOf({ kind, id })));
      for (const row of await namesRepo.goneVersionNames(scope, gone))
        names.set(keyOf({ kind, id: row.id }), { label: row.label, href: null });
    }),
  );
  return names;
}

/**
 * Audit rows as the API returns them: each with its sentence, its target and the records the
 * sentence names, all named as they are today. The raw payload and ids stay beside the words.
 */
export async function readableEvents(scope: DbScope, rows: AuditRowWithActor[]): Promise<AuditEvent[]> {
  const parsed = rows.map((r) => {
    const event = {
      action: r.action as AuditAction,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: parseJson(r.before_json),
      after: parseJson(r.after_json),
    };
    return { row: r, event, target: auditTargetRef(event), refs: auditReferences(event) };
  });
  const names = await nameAll(
    scope,
    parsed.flatMap((p) => (p.target ? [p.target, ...p.refs] : p.refs)),
  );
  return parsed.map(({ row, event, target, refs }) => {
    const actor = row.actor_id ? { id: row.actor_id, name: row.actor_name ?? 'Deleted user' } : null;
    const references: Record<string, NamedRecord> = {};
    for (const ref of refs) {
      const name = names.get(keyOf(ref));
      if (name) references[ref.id] = name;
    }
    const targetName = target ? (names.get(keyOf(target)) ?? null) : null;
    return {
      id: row.id,
      seq: Number(row.seq),
      occurredAt: row.occurred_at,
      actor,
      ...event,
      sentence: sentenceText(auditSentence({ ...event, actor, target: targetName, references })),
      target: targetName,
      references,
      requestId: row.request_id,
      hash: row.hash,
    };
  });
}
