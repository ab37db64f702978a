// Sentences for the audit actions of the stakeholder directory (contacts, RACI, influence map).
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown, key: string) => String(get(value, key) ?? '');
const person = (value: unknown) => `"${str(value, 'name')}"`;
const rowCount = (value: unknown) => {
  const rows = get(value, 'rows');
  return Array.isArray(rows) ? rows.length : 0;
};

export const STAKEHOLDER_SENTENCES: Record<string, LooseBuilder> = {
  'stakeholder.created': (p, c) => words(c.actor, ` added the contact ${person(p.after)} to the stakeholder directory`),
  'stakeholder.updated': (p, c) => {
    const wasActive = get(p.before, 'active') === true;
    const isActive = get(p.after, 'active') === true;
    if (wasActive && !isActive) return words(c.actor, ` deactivated the contact ${person(p.after)}`);
    if (!wasActive && isActive && get(p.after, 'kind') === 'contact')
      return words(c.actor, ` reactivated the contact ${person(p.after)}`);
    return words(c.actor, ` edited ${person(p.after)} in the stakeholder directory`);
  },
  'stakeholder_matrix.updated': (p, c) => {
    const n = rowCount(p.after);
    const what = get(p.after, 'kind') === 'change_request' ? 'change request' : 'initiative';
    return words(
      c.actor,
      ` saved the RACI of the ${what} "${str(p.after, 'recordTitle')}" (${n} ${n === 1 ? 'person' : 'people'})`,
    );
  },
};
