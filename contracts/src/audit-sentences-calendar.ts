// Sentences for the audit actions of calendar feeds (feed tokens).
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const feed = (value: unknown) =>
  `${get(value, 'ownerKind') === 'working_group' ? 'working-group' : 'personal'} calendar feed "${String(get(value, 'name') ?? '')}"`;

export const CALENDAR_SENTENCES: Record<string, LooseBuilder> = {
  'calendar_feed.created': (p, c) => words(c.actor, ` created the ${feed(p.after)}`),
  'calendar_feed.revoked': (p, c) => words(c.actor, ` revoked the ${feed(p.before)}`),
};
