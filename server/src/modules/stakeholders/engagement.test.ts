import { describe, expect, it } from 'vitest';
import type { EngagementEntry } from './engagement-sources.js';
import { mergeEngagement } from './engagement.service.js';
import { signOffDetail } from './sign-off-engagement.js';

const entry = (kind: EngagementEntry['kind'], at: string, title = 'x'): EngagementEntry => ({
  kind,
  at,
  title,
  detail: '',
  href: '/',
});

describe('mergeEngagement', () => {
  it('puts the newest first across sources, dates and timestamps alike', () => {
    const merged = mergeEngagement([
      [entry('sign_off', '2026-10-01T09:00:00.000Z'), entry('sign_off', '2026-11-20T09:00:00.000Z')],
      [entry('action_owned', '2026-11-05')],
    ]);
    expect(merged.map((e) => e.at)).toEqual(['2026-11-20T09:00:00.000Z', '2026-11-05', '2026-10-01T09:00:00.000Z']);
  });
  it('orders entries of the same moment by kind, then title', () => {
    const at = '2026-11-05T10:00:00.000Z';
    const merged = mergeEngagement([
      [entry('sign_off', at, 'B'), entry('decision', at, 'Z')],
      [entry('sign_off', at, 'A')],
    ]);
    expect(merged.map((e) => `${e.kind}:${e.title}`)).toEqual(['decision:Z', 'sign_off:A', 'sign_off:B']);
  });
});

describe('signOffDetail', () => {
  it('says what was decided, as which function, and when it was reset', () => {
    expect(signOffDetail('legal', 'approve', null)).toBe('Approved as Legal');
    expect(signOffDetail('moderation_ops', 'request_changes', null)).toBe('Requested changes as Moderation Ops');
    expect(signOffDetail('legal', 'approve_with_conditions', '2026-11-01T00:00:00.000Z')).toBe(
      'Approved with conditions as Legal (later reset)',
    );
  });
});
