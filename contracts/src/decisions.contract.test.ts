import { describe, expect, it } from 'vitest';
import { DecisionCreateSchema, DecisionUpdateSchema, RevisitTriggerSchema, decisionKey } from './decisions.contract.js';

const ID = '01900000-0000-7000-8000-000000000001';

describe('decision contracts', () => {
  it('fills defaults for a bare proposal', () => {
    expect(DecisionCreateSchema.parse({ title: ' Label video ' })).toMatchObject({
      title: 'Label video',
      options: [],
      decidedByIds: [],
      supersedes: [],
      links: [],
      revisitTrigger: null,
      decisionDate: null,
    });
    expect(decisionKey(12)).toBe('DEC-12');
  });

  it('asks a partial supersession to say which part, and defaults to whole', () => {
    const partial = DecisionCreateSchema.safeParse({ title: 'x', supersedes: [{ decisionId: ID, scope: 'partial' }] });
    expect(partial.error?.issues.map((i) => i.path.join('.'))).toEqual(['supersedes.0.part']);
    expect(DecisionCreateSchema.parse({ title: 'x', supersedes: [{ decisionId: ID }] }).supersedes).toEqual([
      { decisionId: ID, scope: 'whole', part: null },
    ]);
  });

  it('knows only the date trigger today, as a union that can grow', () => {
    expect(RevisitTriggerSchema.parse({ kind: 'date', date: '2027-03-01' })).toEqual({
      kind: 'date',
      date: '2027-03-01',
    });
    expect(RevisitTriggerSchema.safeParse({ kind: 'metric', metric: 'appeal_rate' }).success).toBe(false);
    expect(RevisitTriggerSchema.safeParse({ kind: 'date', date: '1 March' }).success).toBe(false);
  });

  it('needs the version on an edit and leaves out what is not sent', () => {
    expect(DecisionUpdateSchema.safeParse({ title: 'x' }).success).toBe(false);
    expect(DecisionUpdateSchema.parse({ version: 2, ownerId: null })).toEqual({ version: 2, ownerId: null });
  });
});
