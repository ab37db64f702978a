import { describe, expect, it } from 'vitest';
import { RaidCreateSchema, RaidListQuerySchema, RaidUpdateSchema, decisionOverdue, riskBand } from './raid.contract.js';

const ID = '01900000-0000-7000-8000-000000000001';

describe('RaidCreateSchema', () => {
  it('fills each kind’s defaults', () => {
    expect(RaidCreateSchema.parse({ kind: 'risk', title: ' Leak ', probability: 2, impact: 3 })).toMatchObject({
      title: 'Leak',
      status: 'open',
      ownerId: null,
      links: [],
      mitigation: '',
    });
    expect(RaidCreateSchema.parse({ kind: 'issue', title: 'Blocked' })).toMatchObject({
      isBlocker: false,
      severity: 'medium',
      escalationPath: [],
      decisionNeededBy: null,
      status: 'open',
    });
    expect(RaidCreateSchema.parse({ kind: 'assumption', title: 'TSE publishes' }).status).toBe('unvalidated');
    expect(
      RaidCreateSchema.parse({ kind: 'dependency', title: 'Classifier', requestingTeamId: ID, providingTeamId: ID })
        .status,
    ).toBe('requested');
  });

  it('refuses a scale outside 1–5, a status of another kind, a bad date and an unknown kind', () => {
    const issues = (input: unknown) => RaidCreateSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ kind: 'risk', title: 'x', probability: 0, impact: 6 })).toEqual(['probability', 'impact']);
    expect(issues({ kind: 'risk', title: 'x', probability: 1, impact: 1, status: 'resolved' })).toEqual(['status']);
    expect(issues({ kind: 'issue', title: 'x', decisionNeededBy: '21/11/2026' })).toEqual(['decisionNeededBy']);
    expect(issues({ kind: 'issue', title: 'x', escalationPath: [{ stakeholderId: ID, label: '' }] })).toEqual([
      'escalationPath.0.label',
    ]);
    expect(issues({ kind: 'rumour', title: 'x' })).toEqual(['kind']);
  });
});

describe('RaidUpdateSchema', () => {
  it('takes only the changed fields with the version, and no defaults', () => {
    expect(RaidUpdateSchema.parse({ kind: 'risk', version: 3, impact: 4 })).toEqual({
      kind: 'risk',
      version: 3,
      impact: 4,
    });
    expect(RaidUpdateSchema.safeParse({ kind: 'risk', impact: 4 }).success).toBe(false);
  });
});

describe('RaidListQuerySchema', () => {
  it('reads probability and impact from the query string', () => {
    expect(RaidListQuerySchema.parse({ probability: '4', impact: '5' })).toMatchObject({
      probability: 4,
      impact: 5,
      limit: 50,
    });
    expect(RaidListQuerySchema.safeParse({ probability: '6' }).success).toBe(false);
  });
});

describe('score bands and overdue', () => {
  it('agrees with the heat map’s corners', () => {
    expect([riskBand(1), riskBand(5), riskBand(10), riskBand(25)]).toEqual(['low', 'medium', 'high', 'critical']);
    expect(decisionOverdue('2026-11-21', '2026-11-22')).toBe(true);
  });
});
