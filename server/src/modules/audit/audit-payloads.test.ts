import { AUDIT_ACTIONS, AUDIT_PAYLOAD_SCHEMAS } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { payloadMismatchOf } from './audit-payload-check.js';
import type { AuditEntryOf } from './audit.service.js';

const TEAM = {
  id: '01900000-0000-7000-8000-000000000001',
  name: 'Legal',
  function: 'legal',
  description: '',
  version: 1,
} as const;
const teamUpdated = AUDIT_PAYLOAD_SCHEMAS['team.updated'];

/** Every object field reachable from a schema that carries no description, as a dotted path. */
function undescribedFields(schema: z.ZodType, path: string): string[] {
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [
      ...(field.description ? [] : [`${path}.${key}`]),
      ...undescribedFields(field, `${path}.${key}`),
    ]);
  }
  if (schema instanceof z.ZodUnion)
    return schema.options.flatMap((o, i) => undescribedFields(o as z.ZodType, `${path}|${i}`));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return undescribedFields(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return undescribedFields(schema.element as z.ZodType, `${path}[]`);
  if (schema instanceof z.ZodRecord) return undescribedFields(schema.valueType as z.ZodType, `${path}{}`);
  return [];
}

describe('audit payload schemas', () => {
  it('has a schema for every action and an action for every schema', () => {
    expect(Object.keys(AUDIT_PAYLOAD_SCHEMAS).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('describes every field', () => {
    const missing = Object.entries(AUDIT_PAYLOAD_SCHEMAS).flatMap(([action, schema]) =>
      undescribedFields(schema, action),
    );
    expect(missing).toEqual([]);
  });

  it('accepts team.updated as the teams service records it', () => {
    const payload = { entityType: 'team', before: TEAM, after: { ...TEAM, name: 'Legal & Policy', version: 2 } };
    expect(teamUpdated.safeParse(payload).success).toBe(true);
  });

  it('refuses a team.updated payload with an unknown field, naming it', () => {
    const result = teamUpdated.safeParse({ entityType: 'team', before: TEAM, after: { ...TEAM, passwordHash: 'x' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['passwordHash'], path: ['after'] },
    ]);
  });

  it('refuses a team.updated payload with a missing field or a missing snapshot', () => {
    const { version: _version, ...withoutVersion } = TEAM;
    const result = teamUpdated.safeParse({ entityType: 'team', before: TEAM, after: withoutVersion });
    expect(result.error?.issues).toMatchObject([{ path: ['after', 'version'] }]);
    expect(teamUpdated.safeParse({ entityType: 'team', before: TEAM, after: null }).success).toBe(false);
    expect(teamUpdated.safeParse({ entityType: 'user', before: TEAM, after: TEAM }).success).toBe(false);
  });

  it('takes an absent before/after as null, as the chain stores it', () => {
    expect(
      AUDIT_PAYLOAD_SCHEMAS['team.created'].safeParse({ entityType: 'team', before: null, after: TEAM }).success,
    ).toBe(true);
    expect(AUDIT_PAYLOAD_SCHEMAS['team.created'].safeParse({ entityType: 'team', after: TEAM }).success).toBe(true);
    expect(
      AUDIT_PAYLOAD_SCHEMAS['team.created'].safeParse({ entityType: 'team', before: TEAM, after: TEAM }).success,
    ).toBe(false);
  });
});

describe('payloadMismatchOf', () => {
  const row = { seq: 7, action: 'team.updated', entity_type: 'team', before_json: JSON.stringify(TEAM) };

  it('passes a stored event that matches its schema', () => {
    expect(payloadMismatchOf({ ...row, after_json: JSON.stringify(TEAM) })).toBeNull();
  });

  it('names the event, the action and the zod issue of one that does not', () => {
    expect(payloadMismatchOf({ ...row, after_json: JSON.stringify({ ...TEAM, version: 'two' }) })).toBe(
      'event #7 team.updated: after.version: Invalid input: expected number, received string',
    );
    expect(payloadMismatchOf({ ...row, action: 'team.exploded', after_json: null })).toBe(
      'event #7: unknown action team.exploded',
    );
  });
});

describe('AuditEntryOf', () => {
  it('types an entry from its action, so `tsc` refuses a wrong payload at the record() call', () => {
    const entries: AuditEntryOf<'team.updated' | 'team.created'>[] = [
      { action: 'team.updated', entityType: 'team', entityId: TEAM.id, before: TEAM, after: { ...TEAM, version: 2 } },
      { action: 'team.created', entityType: 'team', entityId: TEAM.id, after: TEAM },
      // @ts-expect-error an unknown field in the snapshot
      { action: 'team.updated', entityType: 'team', entityId: TEAM.id, before: TEAM, after: { ...TEAM, extra: 1 } },
      // @ts-expect-error the snapshot after the change is missing
      { action: 'team.updated', entityType: 'team', entityId: TEAM.id, before: TEAM },
      // @ts-expect-error the wrong kind of record
      { action: 'team.created', entityType: 'user', entityId: TEAM.id, after: TEAM },
      // @ts-expect-error team.created keeps no before
      { action: 'team.created', entityType: 'team', entityId: TEAM.id, before: TEAM, after: TEAM },
    ];
    for (const { action, entityId: _entityId, ...payload } of entries.slice(0, 2))
      expect(AUDIT_PAYLOAD_SCHEMAS[action].safeParse(payload).success).toBe(true);
  });
});
