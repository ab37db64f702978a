// Sentences for the audit actions of the decision register.
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown, key: string) => String(get(value, key) ?? '');
const named = (value: unknown) => `${str(value, 'key')} "${str(value, 'title')}"`;

export const DECISION_SENTENCES: Record<string, LooseBuilder> = {
  'decision.created': (p, c) => words(c.actor, ` recorded the decision ${named(p.after)} as ${str(p.after, 'status')}`),
  'decision.updated': (p, c) => words(c.actor, ` edited the decision ${named(p.after)}`),
  'decision.accepted': (p, c) =>
    words(c.actor, ` accepted the decision ${named(p.after)} (decided ${str(p.after, 'decisionDate')})`),
  'decision.revoked': (p, c) => words(c.actor, ` revoked the decision ${named(p.after)}: ${str(p.after, 'reason')}`),
  'decision.superseded': (p, c) =>
    get(p.after, 'partlySuperseded') === true
      ? words(
          c.actor,
          ` accepted ${str(p.after, 'byKey')}, which supersedes ${str(p.after, 'part')} of ${named(p.after)}`,
        )
      : words(c.actor, ` accepted ${str(p.after, 'byKey')}, which supersedes the decision ${named(p.after)}`),
  'decision.revisit_due': (p, c) =>
    words(c.actor, ` marked the decision ${named(p.after)} due for a revisit (its trigger fired)`),
  'decision.revisited': (p, c) =>
    words(c.actor, ` marked the decision ${named(p.after)} revisited: ${str(p.after, 'note')}`),
};
