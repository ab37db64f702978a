import { AUDIT_PAYLOAD_SCHEMAS, AuditActionSchema } from '@policyops/contracts';
import type { AuditEventsTable } from '../../db/schema.js';
import type { DbScope } from '../../db/scope.js';
import { KEYED_SCHEME } from './audit-chain.js';
import * as auditRepo from './audit.repository.js';

function parsed(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}

/** Why one stored event does not match its action's payload schema, or null when it does. */
export function payloadMismatchOf(
  row: Pick<AuditEventsTable, 'seq' | 'action' | 'entity_type' | 'before_json' | 'after_json'>,
): string | null {
  const action = AuditActionSchema.safeParse(row.action);
  if (!action.success) return `event #${row.seq}: unknown action ${row.action}`;
  const result = AUDIT_PAYLOAD_SCHEMAS[action.data].safeParse({
    entityType: row.entity_type,
    before: parsed(row.before_json),
    after: parsed(row.after_json),
  });
  if (result.success) return null;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
  return `event #${row.seq} ${action.data}: ${issues.join('; ')}`;
}

/**
 * Every event this code wrote (keyed events; legacy ones predate the schemas) that does not match
 * its action's payload schema, one line each naming the action and the zod issue. The test app
 * runs it when a test closes, so each integration test checks the payloads its requests recorded
 * at no cost in production.
 */
export async function auditPayloadMismatches(scope: DbScope): Promise<string[]> {
  const mismatches: string[] = [];
  for await (const row of auditRepo.eventsInOrder(scope)) {
    if (row.hash_scheme !== KEYED_SCHEME) continue;
    const mismatch = payloadMismatchOf(row);
    if (mismatch) mismatches.push(mismatch);
  }
  return mismatches;
}
