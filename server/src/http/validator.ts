import { hasLoneSurrogate } from '@policyops/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** What text no input may hold, checked before zod: each would store differently, or not at all. */
const TEXT_RULES = [
  {
    keyword: 'nul',
    // PostgreSQL text cannot store NUL; SQLite can, so the same request would succeed on one only.
    breaks: (text: string) => text.includes('\u0000'),
    message: 'Must not contain NUL characters',
  },
  {
    keyword: 'surrogate',
    // Not UTF-8 at all: both drivers would silently store U+FFFD instead.
    breaks: hasLoneSurrogate,
    message: 'Must be valid Unicode text (no unpaired surrogate)',
  },
] as const;

type TextRule = (typeof TEXT_RULES)[number];

function brokenRule(text: string): TextRule | undefined {
  return TEXT_RULES.find((rule) => rule.breaks(text));
}

/** The first string (value or object key) breaking a text rule, with its path. */
function findBrokenText(value: unknown, path: string[] = []): { path: string[]; rule: TextRule } | null {
  if (typeof value === 'string') {
    const rule = brokenRule(value);
    return rule ? { path, rule } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findBrokenText(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyRule = brokenRule(key);
      if (keyRule) return { path: [...path, key], rule: keyRule };
      const found = findBrokenText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * zod validation, preceded by rules for every input string (body, query, params): no NUL
 * characters and no unpaired surrogates. A breach is a 400 VALIDATION_FAILED naming the field.
 */
export const inputValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route);
  return (data: unknown) => {
    const broken = findBrokenText(data);
    if (broken) {
      return {
        error: [
          {
            keyword: broken.rule.keyword,
            instancePath: `/${broken.path.join('/')}`,
            schemaPath: '#',
            params: {},
            message: broken.rule.message,
          },
        ],
      };
    }
    return validate(data);
  };
};
