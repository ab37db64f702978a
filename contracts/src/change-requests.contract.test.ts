import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contract from './change-requests.contract.js';
import * as launchContract from './change-requests-launch.contract.js';
import {
  CrCreateSchema,
  CrReorderSchema,
  CrScoringInputsSchema,
  CrUpdateSchema,
  CrScoringModelSchema,
  CrWorkflowConfigSchema,
  SignOffCreateSchema,
  type CrStageConfig,
} from './change-requests.contract.js';

const base = { title: 'Clarify satire', type: 'clarification', source: 'escalation', ownerId: crypto.randomUUID() };
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('CrCreateSchema', () => {
  it('needs a target policy for every type but a new policy, and none for a new policy', () => {
    expect(messages(CrCreateSchema.safeParse(base))).toEqual(['Choose the policy this changes']);
    expect(
      messages(CrCreateSchema.safeParse({ ...base, type: 'new_policy', targetPolicyId: crypto.randomUUID() })),
    ).toEqual(['A new policy has no target yet']);
    const created = CrCreateSchema.parse({ ...base, type: 'new_policy' });
    expect(created.impact).toEqual({
      surfaceIds: [],
      marketIds: [],
      expectedVolumeChangePct: null,
      moderationWorkload: null,
      riskLevel: null,
    });
  });
});

describe('CrUpdateSchema', () => {
  it('changes only the impact and link fields sent, never empties the others', () => {
    const update = CrUpdateSchema.parse({ version: 2, impact: { riskLevel: 'high' }, links: { initiativeIds: [] } });
    expect(update.impact).toEqual({ riskLevel: 'high' });
    expect(update.links).toEqual({ initiativeIds: [] });
  });
});

describe('scoring', () => {
  it('takes whole numbers 1-5 only', () => {
    expect(CrScoringInputsSchema.safeParse({ severity: 6, reach: 1, urgency: 1, effort: 1 }).success).toBe(false);
    expect(CrScoringInputsSchema.safeParse({ severity: 2.5, reach: 1, urgency: 1, effort: 1 }).success).toBe(false);
  });

  it('takes powers 0-3 in steps of 0.5', () => {
    const model = (severity: number) => ({ exponents: { severity, reach: 1, urgency: 1, effort: 1 } });
    expect(CrScoringModelSchema.safeParse(model(1.5)).success).toBe(true);
    expect(messages(CrScoringModelSchema.safeParse(model(0.25)))).toEqual(['Use steps of 0.5']);
    expect(messages(CrScoringModelSchema.safeParse(model(4)))).toEqual(['Use 0-3']);
  });
});

describe('SignOffCreateSchema and CrReorderSchema', () => {
  it('needs a comment unless approving outright', () => {
    const signOff = { version: 1, role: 'legal', decision: 'approve_with_conditions' };
    expect(messages(SignOffCreateSchema.safeParse(signOff))).toEqual([
      'Say what the conditions are or what should change',
    ]);
    expect(SignOffCreateSchema.safeParse({ ...signOff, decision: 'approve' }).success).toBe(true);
  });

  it('needs a reason to place a CR by hand', () => {
    expect(messages(CrReorderSchema.safeParse({ version: 1, afterId: null, reason: ' ' }))).toEqual([
      'Say why it belongs there',
    ]);
  });
});

describe('CrWorkflowConfigSchema', () => {
  const stage = (key: CrStageConfig['key'], roles: CrStageConfig['signOffs']['roles'] = []): CrStageConfig => ({
    key,
    lanes: ['fast', 'full'],
    requiredFields: [],
    signOffs: { roles, order: 'parallel' },
    targetDays: null,
  });
  const minimal = ['intake', 'drafting', 'approval', 'launched', 'closed'] as const;

  it('accepts the five mandatory stages in order', () => {
    expect(CrWorkflowConfigSchema.safeParse({ stages: minimal.map((key) => stage(key)) }).success).toBe(true);
  });

  it('refuses a path without approval, out of order, or with rejected on it', () => {
    const withoutApproval = ['intake', 'drafting', 'scoping', 'launched', 'closed'] as const;
    expect(messages(CrWorkflowConfigSchema.safeParse({ stages: withoutApproval.map((key) => stage(key)) }))).toEqual(
      expect.arrayContaining(['The workflow needs the approval stage']),
    );
    const swapped = ['intake', 'approval', 'drafting', 'launched', 'closed'] as const;
    expect(messages(CrWorkflowConfigSchema.safeParse({ stages: swapped.map((key) => stage(key)) }))).toEqual([
      'Drafting comes before approval, approval before launched',
    ]);
    const rejected = [...minimal.slice(0, 4), 'rejected', 'closed'] as const;
    expect(messages(CrWorkflowConfigSchema.safeParse({ stages: rejected.map((key) => stage(key)) }))).toEqual([
      'Rejected and withdrawn are not on the path',
    ]);
  });

  it('refuses a role signing off at two stages', () => {
    const stages = minimal.map((key) => stage(key, key === 'drafting' || key === 'approval' ? ['legal'] : []));
    expect(messages(CrWorkflowConfigSchema.safeParse({ stages }))).toEqual(['Each role signs off at one stage only']);
  });
});

interface JsonNode {
  description?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  anyOf?: JsonNode[];
}

function undescribed(node: JsonNode, path: string): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
    ...(child.description ? [] : [`${path}.${key}`]),
    ...undescribed(child, `${path}.${key}`),
  ]);
  const nested = [...(node.items ? [node.items] : []), ...(node.anyOf ?? [])];
  return [...own, ...nested.flatMap((child) => undescribed(child, path))];
}

describe('the change-request contract', () => {
  it('describes every field of every schema, for the API reference', () => {
    const exported = { ...(contract as Record<string, unknown>), ...(launchContract as Record<string, unknown>) };
    const schemas = Object.entries(exported).flatMap(([name, value]) =>
      value instanceof z.ZodType ? [{ name, schema: value }] : [],
    );
    expect(schemas.length).toBeGreaterThan(30);
    const missing = schemas.flatMap(({ name, schema }) =>
      undescribed(z.toJSONSchema(schema, { io: 'input' }) as JsonNode, name),
    );
    expect(missing).toEqual([]);
  });
});
