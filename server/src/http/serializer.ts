import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Serialises replies with fast-json-stringify compiled from each route's zod response schema.
 * Much faster than re-validating with zod on every reply, and it still drops every property
 * the schema does not name, so a stray field (a password hash, say) can never leak.
 */
export const zodToFastJsonSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  return fastJsonStringify(jsonSchema as Parameters<typeof fastJsonStringify>[0]) as (data: unknown) => string;
};
