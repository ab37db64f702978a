// Sentences for the audit actions of the RAID log (risks, issues and blockers, assumptions, dependencies).
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown, key: string) => String(get(value, key) ?? '');
const item = (value: unknown) => `${str(value, 'key')} "${str(value, 'title')}"`;
const KINDS: Record<string, string> = {
  risk: 'the risk',
  issue: 'the issue',
  assumption: 'the assumption',
  dependency: 'the dependency',
};
const kindOf = (value: unknown) =>
  get(value, 'kind') === 'issue' && get(value, 'isBlocker') === true
    ? 'the blocker'
    : (KINDS[str(value, 'kind')] ?? 'the item');

export const RAID_SENTENCES: Record<string, LooseBuilder> = {
  'raid_item.created': (p, c) => words(c.actor, ` logged ${kindOf(p.after)} ${item(p.after)}`),
  'raid_item.updated': (p, c) => {
    const from = get(p.before, 'status');
    const to = get(p.after, 'status');
    const moved = from !== to ? ` (${String(from)} → ${String(to)})` : '';
    return words(c.actor, ` edited ${kindOf(p.after)} ${item(p.after)}${moved}`);
  },
  'raid_item.escalated': (p, c) =>
    words(
      c.actorId === null ? 'The escalation job' : c.actor,
      ` escalated ${item(p.after)} from level ${str(p.after, 'fromLevel')} to level ${str(p.after, 'toLevel')} (${str(p.after, 'toLabel')})`,
      get(p.after, 'automatic') === true
        ? `: its decision was needed by ${c.date(str(p.after, 'decisionNeededBy'))}`
        : '',
    ),
  'raid_item.reached_top': (p, c) =>
    words(
      c.actorId === null ? 'The escalation job' : c.actor,
      ` found ${item(p.after)} past its decision date at its last level, ${str(p.after, 'level')} (${str(p.after, 'label')}): it stays there`,
    ),
};
