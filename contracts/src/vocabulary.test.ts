import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES, ROLE_LABELS, RoleSchema, TEAM_FUNCTIONS, TEAM_FUNCTION_LABELS, TeamFunctionSchema } from './index.js';
import * as vocabulary from './vocabulary.js';

describe('vocabulary', () => {
  it('imports nothing, so that showing a role or a team function never loads zod in the browser', () => {
    const source = readFileSync(new URL('./vocabulary.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s.*\sfrom)\s/m);
  });

  it('is what the contracts export and what their schemas accept', () => {
    expect(ROLES).toBe(vocabulary.ROLES);
    expect(ROLE_LABELS).toBe(vocabulary.ROLE_LABELS);
    expect(TEAM_FUNCTIONS).toBe(vocabulary.TEAM_FUNCTIONS);
    expect(TEAM_FUNCTION_LABELS).toBe(vocabulary.TEAM_FUNCTION_LABELS);
    expect(RoleSchema.options).toEqual([...ROLES]);
    expect(TeamFunctionSchema.options).toEqual([...TEAM_FUNCTIONS]);
    expect(Object.keys(ROLE_LABELS)).toEqual([...ROLES]);
    expect(Object.keys(TEAM_FUNCTION_LABELS)).toEqual([...TEAM_FUNCTIONS]);
  });
});
