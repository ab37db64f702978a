import { describe, expect, it } from 'vitest';
import type { DbScope } from '../../db/scope.js';
import { RevisitTriggers } from './revisit-triggers.js';

const context = (today: string) => ({ db: {} as DbScope, today, decisionId: 'd' });

describe('RevisitTriggers', () => {
  it('fires a date trigger on its day and after, not before', async () => {
    const triggers = new RevisitTriggers();
    const trigger = { kind: 'date', date: '2027-03-01' } as const;
    expect(await triggers.fires(trigger, context('2027-02-28'))).toBe(false);
    expect(await triggers.fires(trigger, context('2027-03-01'))).toBe(true);
    expect(await triggers.fires(trigger, context('2027-04-01'))).toBe(true);
  });

  it('lets a later kind replace the evaluator of its kind', async () => {
    const triggers = new RevisitTriggers();
    triggers.register<'date'>({ kind: 'date', fires: () => false });
    expect(await triggers.fires({ kind: 'date', date: '2000-01-01' }, context('2027-01-01'))).toBe(false);
  });
});
