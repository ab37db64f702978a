import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { inputValidatorCompiler } from './validator.js';

const validate = inputValidatorCompiler({
  schema: z.object({ q: z.string().optional(), list: z.array(z.object({ name: z.string() })).optional() }),
  method: 'GET',
  url: '/x',
  httpPart: 'querystring',
});
const pathsOf = (result: unknown) =>
  ((result as { error?: { instancePath: string; keyword: string }[] }).error ?? []).map((e) => [
    e.instancePath,
    e.keyword,
  ]);

describe('inputValidatorCompiler', () => {
  it('refuses lone surrogates and NUL wherever they are, with the path of the field', () => {
    expect(pathsOf(validate({ q: 'x\ud83d' }))).toEqual([['/q', 'surrogate']]);
    expect(pathsOf(validate({ list: [{ name: 'ok' }, { name: '\ude00' }] }))).toEqual([['/list/1/name', 'surrogate']]);
    expect(pathsOf(validate({ q: 'a\u0000b' }))).toEqual([['/q', 'nul']]);
    expect(pathsOf(validate({ ['bad\ud800key']: 'x' }))).toEqual([['/bad\ud800key', 'surrogate']]);
  });

  it('lets well-formed text through to zod', () => {
    expect(validate({ q: 'smile \u{1F600}' })).toEqual({ value: { q: 'smile \u{1F600}' } });
    expect(pathsOf(validate({ list: 'nope' }))).not.toContainEqual(['/list', 'surrogate']);
  });
});
