import { UserPageSchema } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseJsonSchema, zodToFastJsonSerializerCompiler } from './serializer.js';

const compile = (schema: z.ZodType) =>
  zodToFastJsonSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' }) as (data: unknown) => string;

const Reply = z.object({
  at: z.string().nullable(),
  count: z.number().int().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  labels: z.array(z.string()),
});

/** Every `anyOf` left anywhere in a JSON Schema. */
function anyOfs(node: unknown): unknown[] {
  if (Array.isArray(node)) return node.flatMap(anyOfs);
  if (node === null || typeof node !== 'object') return [];
  const own = 'anyOf' in node ? [node.anyOf] : [];
  return [...own, ...Object.values(node).flatMap(anyOfs)];
}

describe('response serialisation', () => {
  it('compiles a nullable value to a type list, not an anyOf that validates every value', () => {
    expect(responseJsonSchema(Reply).properties).toMatchObject({
      at: { type: ['string', 'null'] },
      count: { type: ['integer', 'null'] },
      owner: { type: ['object', 'null'] },
    });
    // A page of people: one nullable timestamp per person, the hot path of the directory.
    expect(anyOfs(responseJsonSchema(UserPageSchema))).toEqual([]);
  });

  it('writes nullable values and nulls alike, nested objects included', () => {
    const serialize = compile(Reply);
    const full = { at: '2026-11-30T10:00:00.000Z', count: 3, owner: { id: 'u1', name: 'Ada' }, labels: ['a'] };
    expect(JSON.parse(serialize(full))).toEqual(full);
    const empty = { at: null, count: null, owner: null, labels: [] };
    expect(JSON.parse(serialize(empty))).toEqual(empty);
  });

  it('drops every property the schema does not name, inside a nullable object too', () => {
    const serialize = compile(Reply);
    const leaky = { at: null, count: 1, owner: { id: 'u1', name: 'Ada', passwordHash: 'x' }, labels: [], secret: 's' };
    expect(JSON.parse(serialize(leaky))).toEqual({ at: null, count: 1, owner: { id: 'u1', name: 'Ada' }, labels: [] });
  });
});
