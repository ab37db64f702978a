import { describe, expect, it } from 'vitest';
import {
  adoptionCurve,
  barriersOf,
  evaluateAdoption,
  pctOf,
  progressOf,
  reminderDue,
  scoreQuiz,
} from './adoption-rules.js';
import { AdoptionLinkSigner } from './adoption-link-token.js';

const counts = (acknowledged: number, quizPassed = 0, trained = 0) => ({
  linksIssued: acknowledged,
  acknowledged,
  trained,
  quizPassed,
  declined: 0,
  exemptions: 0,
});

describe('adoption rules', () => {
  it('gives shares of headcount to one decimal, capped at 100', () => {
    expect(pctOf(1, 3)).toBe(33.3);
    expect(pctOf(5, 4)).toBe(100);
    expect(pctOf(0, 10)).toBe(0);
  });

  it('meets the target at or above it; editorial always meets it', () => {
    expect(progressOf(counts(19), 20, 95, 'material').meetsTarget).toBe(true);
    expect(progressOf(counts(18), 20, 95, 'material').meetsTarget).toBe(false);
    expect(progressOf(counts(0), 20, 95, 'editorial').meetsTarget).toBe(true);
  });

  it('holds the gate with the audiences below its figure, lowest first', () => {
    const a = { id: 'a', name: 'Lisbon', targetPct: 95, progress: progressOf(counts(10, 9), 10, 95, 'material') };
    const b = { id: 'b', name: 'Manila', targetPct: 95, progress: progressOf(counts(10, 5), 10, 95, 'material') };
    const c = { id: 'c', name: 'Dublin', targetPct: 95, progress: progressOf(counts(10, 2), 10, 95, 'material') };
    const gate = { metric: 'quiz_pass_pct', thresholdPct: 90 } as const;
    const result = evaluateAdoption('material', gate, [a, b, c]);
    expect(result.passed).toBe(false);
    expect(result.holding.map((h) => [h.name, h.valuePct, h.thresholdPct])).toEqual([
      ['Dublin', 20, 90],
      ['Manila', 50, 90],
    ]);
    expect(result.sentence).toBe('2 audiences are below 90% quiz passed');
    expect(evaluateAdoption('material', gate, [a]).passed).toBe(true);
  });

  it('without a gate needs every audience at its own target; with none it is not adopted', () => {
    const low = { id: 'a', name: 'A', targetPct: 80, progress: progressOf(counts(7), 10, 80, 'material') };
    expect(evaluateAdoption('material', null, [low]).holding[0]).toMatchObject({ valuePct: 70, thresholdPct: 80 });
    expect(evaluateAdoption('material', null, []).passed).toBe(false);
    expect(evaluateAdoption('editorial', null, []).passed).toBe(true);
  });

  it('flags ADKAR steps at 3 or below as barriers', () => {
    expect(barriersOf({ awareness: 5, desire: 3, knowledge: 4, ability: 1, reinforcement: 4 })).toEqual([
      'desire',
      'ability',
    ]);
    expect(barriersOf(null)).toEqual([]);
  });

  it('scores a quiz against its pass mark', () => {
    const quiz = {
      passMarkPct: 60,
      questions: [0, 1, 2].map((correctIndex) => ({ prompt: 'Q', options: ['a', 'b', 'c'], correctIndex })),
    };
    expect(scoreQuiz(quiz, [0, 1, 0])).toEqual({ correct: 2, scorePct: 66.7, passed: true });
    expect(scoreQuiz(quiz, [0])).toEqual({ correct: 1, scorePct: 33.3, passed: false });
  });

  it('draws a cumulative curve a day at a time from launch', () => {
    const curve = adoptionCurve('2027-01-01', '2027-01-03', [
      {
        id: 'a',
        name: 'A',
        headcount: 4,
        targetPct: 95,
        acknowledgedAt: ['2027-01-01T10:00:00Z', '2027-01-03T01:00:00Z'],
      },
      { id: 'b', name: 'B', headcount: 6, targetPct: 95, acknowledgedAt: ['2027-01-02T23:59:00Z'] },
    ]);
    expect(curve.total.map((p) => [p.date, p.acknowledged, p.acknowledgedPct])).toEqual([
      ['2027-01-01', 1, 10],
      ['2027-01-02', 2, 20],
      ['2027-01-03', 3, 30],
    ]);
    expect(curve.audiences[0]!.points.map((p) => p.acknowledgedPct)).toEqual([25, 25, 50]);
    expect(curve.totalHeadcount).toBe(10);
  });

  it('says a reminder is due after the cadence since the last one or the launch', () => {
    expect(reminderDue('2027-01-03', null, '2027-01-01T09:00:00Z', 3)).toBe(false);
    expect(reminderDue('2027-01-04', null, '2027-01-01T09:00:00Z', 3)).toBe(true);
    expect(reminderDue('2027-01-05', '2027-01-04T08:00:00Z', '2027-01-01T09:00:00Z', 1)).toBe(true);
    expect(reminderDue('2027-01-04', '2027-01-04T08:00:00Z', '2027-01-01T09:00:00Z', 1)).toBe(false);
  });
});

describe('acknowledgement link tokens', () => {
  const signer = new AdoptionLinkSigner('a server secret that is long enough');
  const claims = {
    linkId: '01890a5d-ac96-774b-bcce-b302099a8057',
    campaignId: '01890a5d-ac96-774b-bcce-b302099a8058',
    audienceId: '01890a5d-ac96-774b-bcce-b302099a8059',
    contentHash: 'ab'.repeat(32),
    expiresAt: new Date('2027-02-01T00:00:00Z'),
  };

  it('round-trips the claims in a short URL-safe token', () => {
    const token = signer.sign(claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThanOrEqual(120);
    expect(signer.verify(token)).toEqual({
      linkId: claims.linkId,
      campaignId: claims.campaignId,
      audienceId: claims.audienceId,
      contentHashPrefix: 'ab'.repeat(16),
      expiresAt: claims.expiresAt,
    });
  });

  it('refuses a token altered anywhere, cut, or signed with another secret', () => {
    const token = signer.sign(claims);
    const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    expect(signer.verify(flipped)).toBeNull();
    expect(signer.verify(token.slice(0, -2))).toBeNull();
    expect(signer.verify(`${token}x`)).toBeNull();
    expect(new AdoptionLinkSigner('another secret entirely, also long').verify(token)).toBeNull();
    expect(signer.verify('not a token!')).toBeNull();
    expect(String(Object.keys(signer))).not.toContain('key');
  });
});
