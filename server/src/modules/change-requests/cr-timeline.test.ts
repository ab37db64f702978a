import { describe, expect, it } from 'vitest';
import { timelineSentence } from './cr-timeline.service.js';

const at = (kind: string, from: string | null = null, to: string | null = null) => ({
  kind,
  from_stage: from,
  to_stage: to,
});

describe('timelineSentence', () => {
  it('tells the CR events in words', () => {
    expect(timelineSentence(at('moved', 'drafting', 'approval'), {}, 'Ada')).toBe(
      'Ada moved it from Drafting to Approval.',
    );
    expect(
      timelineSentence(at('signed_off'), { role: 'moderation_ops', decision: 'approve_with_conditions' }, 'Ada'),
    ).toBe('Ada approved with conditions as Moderation Ops.');
    expect(timelineSentence(at('sign_offs_reset'), { roles: ['legal'] }, 'Priya')).toBe(
      "Priya's edit reset the sign-off of Legal; it needs to sign again.",
    );
    expect(timelineSentence(at('edited'), { textChanged: true }, 'Priya')).toContain('including its proposed text');
  });

  it('tells the launch events from their detail', () => {
    expect(timelineSentence(at('draft_started'), { label: '2.1', policyCreated: false }, 'Ada')).toBe(
      'Ada started the draft of the proposed text (version 2.1).',
    );
    expect(timelineSentence(at('conflicts_acknowledged'), { keys: ['a', 'b'] }, 'Ada')).toBe(
      'Ada acknowledged 2 conflicts in the conflict check.',
    );
    expect(timelineSentence(at('launch_published'), { label: '3.0', scheduledFor: '2027-01-10' }, 'Ada')).toBe(
      'Ada published version 3.0, scheduled to take effect on 2027-01-10.',
    );
    expect(timelineSentence(at('launched'), { scheduled: true }, null)).toBe(
      'The scheduled launch took effect: the new version is in force.',
    );
    expect(timelineSentence(at('review_completed'), { offsetDays: 30 }, 'Ada')).toBe(
      'Ada completed the 30-day post-launch review.',
    );
  });

  it('reads an unknown kind, a malformed detail and an unknown stage sensibly', () => {
    expect(timelineSentence(at('budget_frozen'), {}, 'Ada')).toBe('Ada: budget frozen.');
    expect(timelineSentence(at('budget_frozen'), {}, null)).toBe('Budget frozen.');
    expect(timelineSentence(at('signed_off'), { role: 'bogus' }, 'Ada')).toBe('Ada signed off.');
    expect(timelineSentence(at('moved', 'limbo', 'approval'), {}, null)).toBe(
      'Someone moved it from limbo to Approval.',
    );
  });
});
