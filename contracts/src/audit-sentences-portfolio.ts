// Sentences for the roadmap import and team capacity audit actions (read loosely, like the other
// planning sentences).
import type { LooseBuilder } from './audit-sentences-planning.js';
import { counted, words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

export const PORTFOLIO_SENTENCES: Record<string, LooseBuilder> = {
  'roadmap.imported': (p, c) => {
    const format = get(p.after, 'format') === 'asana' ? 'an Asana' : 'a Jira';
    const initiatives = num(get(p.after, 'initiatives'));
    const milestones = num(get(p.after, 'milestones'));
    return words(
      c.actor,
      ` imported ${counted(initiatives, 'initiative')}`,
      milestones > 0 ? ` and ${counted(milestones, 'milestone')}` : '',
      ` from ${format} CSV export`,
    );
  },
  'team_capacity.updated': (p, c) => {
    const people = num(get(p.after, 'people'));
    const focus = Math.round(num(get(p.after, 'focus')) * 100);
    const name = get(p.after, 'teamName');
    return words(
      c.actor,
      ' set the capacity of ',
      c.target(typeof name === 'string' && name ? name : 'a team'),
      ` to ${counted(people, 'person', 'people')} at ${focus}% focus`,
    );
  },
};
