import { describe, expect, it } from 'vitest';
import { mayApprove, signOffsInvalidatedByEdit } from './cr-sign-offs.js';
import type { CrSignOffState } from './cr-workflow.js';

const signOff = (id: string, role: CrSignOffState['role'], decision: CrSignOffState['decision'], at: string) => ({
  id,
  role,
  decision,
  personId: `person-${role}`,
  at,
});

const signOffs: CrSignOffState[] = [
  signOff('s1', 'legal', 'approve', '2026-03-01T09:00:00Z'),
  signOff('s2', 'product', 'approve_with_conditions', '2026-03-01T10:00:00Z'),
  signOff('s3', 'moderation_ops', 'request_changes', '2026-03-01T11:00:00Z'),
  signOff('s4', 'regional', 'approve', '2026-03-03T09:00:00Z'),
];

describe('signOffsInvalidatedByEdit', () => {
  it('resets every approval given before a text edit, with conditions too, and says so', () => {
    const result = signOffsInvalidatedByEdit(signOffs, {
      at: '2026-03-02T12:00:00Z',
      textChanged: true,
      marketsAdded: [],
    });
    expect(result.reset.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(result.message).toBe(
      'The proposed text changed after sign-off, so Legal and Product need to sign off again (their earlier approval no longer counts)',
    );
  });

  it('keeps requests for changes (the edit answers them) and approvals given after the edit', () => {
    const { reset } = signOffsInvalidatedByEdit(signOffs, {
      at: '2026-03-02T12:00:00Z',
      textChanged: true,
      marketsAdded: [],
    });
    expect(reset.map((s) => s.id)).not.toContain('s3');
    expect(reset.map((s) => s.id)).not.toContain('s4');
  });

  it('resets an approval given at the very instant of the edit', () => {
    const { reset } = signOffsInvalidatedByEdit(signOffs, {
      at: '2026-03-01T09:00:00Z',
      textChanged: true,
      marketsAdded: [],
    });
    expect(reset.map((s) => s.id)).toEqual(['s1']);
  });

  it('resets only Regional when markets are added without a text change', () => {
    const result = signOffsInvalidatedByEdit(signOffs, {
      at: '2026-03-04T09:00:00Z',
      textChanged: false,
      marketsAdded: ['market-br'],
    });
    expect(result.reset.map((s) => s.id)).toEqual(['s4']);
    expect(result.message).toBe(
      'Markets were added after sign-off, so Regional needs to sign off again (their earlier approval no longer counts)',
    );
  });

  it('resets nothing when neither the text nor the markets changed', () => {
    expect(
      signOffsInvalidatedByEdit(signOffs, { at: '2026-03-04T09:00:00Z', textChanged: false, marketsAdded: [] }),
    ).toEqual({ reset: [], message: null });
  });
});

describe('mayApprove', () => {
  const cr = { lastTextEditorId: 'ana' };

  it('refuses the last editor of the text, in any approving decision', () => {
    expect(mayApprove({ id: 'ana' }, cr)).toEqual({
      allowed: false,
      reason: 'You edited the proposed text last, so someone else must approve it',
    });
    expect(mayApprove({ id: 'ana' }, cr, 'approve_with_conditions').allowed).toBe(false);
  });

  it('lets the last editor ask for changes', () => {
    expect(mayApprove({ id: 'ana' }, cr, 'request_changes')).toEqual({ allowed: true });
  });

  it('lets anyone else approve, and anyone approve a CR without edited text', () => {
    expect(mayApprove({ id: 'ben' }, cr)).toEqual({ allowed: true });
    expect(mayApprove({ id: 'ana' }, { lastTextEditorId: null })).toEqual({ allowed: true });
  });
});
