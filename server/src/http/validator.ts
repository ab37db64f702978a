import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function findNulPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNulPath(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * zod validation, preceded by one rule for every input: no NUL characters. Without it the same
 * request would succeed on SQLite and fail inside PostgreSQL.
 */
export const inputValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route);
  return (data: unknown) => {
    const nulPath = findNulPath(data);
    if (nulPath) {
      return {
        error: [
          {
            keyword: 'nul',
            instancePath: `/${nulPath.join('/')}`,
            schemaPath: '#',
            params: {},
            message: 'Must not contain NUL characters',
          },
        ],
      };
    }
    return validate(data);
  };
};
