// Sentences for the audit actions of action items.
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown, key: string) => String(get(value, key) ?? '');
const title = (value: unknown) => `"${str(value, 'title')}"`;
const STATUS_WORDS: Record<string, string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  cancelled: 'cancelled',
};
const status = (value: unknown) => STATUS_WORDS[str(value, 'status')] ?? str(value, 'status');

export const ACTION_ITEM_SENTENCES: Record<string, LooseBuilder> = {
  'action_item.created': (p, c) => {
    const due = get(p.after, 'dueDate');
    return words(
      c.actor,
      ` added the action ${title(p.after)} for ${str(p.after, 'ownerName')}`,
      typeof due === 'string' ? `, due ${due}` : '',
    );
  },
  'action_item.updated': (p, c) => words(c.actor, ` edited the action ${title(p.after)}`),
  'action_item.status_changed': (p, c) =>
    words(c.actor, ` marked the action ${title(p.after)} ${status(p.after)} (was ${status(p.before)})`),
};
