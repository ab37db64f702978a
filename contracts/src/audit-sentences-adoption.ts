// Sentences for the adoption-campaign audit actions (read loosely, like the other planning sentences).
// A person acting through an acknowledgement link has no account: the sentence names them from the payload.
import type { LooseBuilder } from './audit-sentences-planning.js';
import { counted, words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown, key: string) => String(get(value, key) ?? '');
const cr = (value: unknown) => `CR-${str(value, 'changeRequestNumber')}`;
const audience = (value: unknown) => `"${str(value, 'name')}"`;
const person = (value: unknown) =>
  `${str(value, 'personName')} (${str(value, 'audienceName')}, through an acknowledgement link)`;
const METRICS: Record<string, string> = {
  acknowledged_pct: 'acknowledged',
  trained_pct: 'trained',
  quiz_pass_pct: 'quiz passed',
};

export const ADOPTION_SENTENCES: Record<string, LooseBuilder> = {
  'adoption_audience.created': (p, c) => words(c.actor, ` added the audience ${audience(p.after)} to the directory`),
  'adoption_audience.updated': (p, c) => words(c.actor, ` edited the audience ${audience(p.after)}`),
  'adoption_audience.deleted': (p, c) =>
    words(c.actor, ` removed the audience ${audience(p.before)} from the directory`),
  'adoption_campaign.opened': (p, c) =>
    words(
      c.actor,
      ` opened the adoption campaign of ${cr(p.after)} (${str(p.after, 'materiality')}, `,
      counted(Number(get(p.after, 'audiences') ?? 0), 'audience'),
      ')',
    ),
  'adoption_campaign.updated': (p, c) => words(c.actor, ` changed the adoption campaign settings of ${cr(p.after)}`),
  'adoption_campaign.adopted': (p, c) => {
    const metric = get(p.after, 'metric');
    const how =
      typeof metric === 'string'
        ? `its gate passed (${String(get(p.after, 'thresholdPct'))}% ${METRICS[metric] ?? metric} in every audience)`
        : get(p.after, 'rule') === 'editorial'
          ? 'an editorial change asks no one'
          : 'every audience reached its target';
    return words(c.actor, ` recorded ${cr(p.after)} as adopted: ${how}`);
  },
  'adoption_campaign_audience.added': (p, c) =>
    words(c.actor, ` added the audience ${audience(p.after)} to a campaign`),
  'adoption_campaign_audience.updated': (p, c) =>
    words(c.actor, ` edited the audience ${audience(p.after)} of a campaign`),
  'adoption_campaign_audience.removed': (p, c) =>
    words(c.actor, ` removed the audience ${audience(p.before)} from a campaign`),
  'adoption_links.issued': (p, c) => {
    const ids = get(p.after, 'linkIds');
    return words(
      c.actor,
      ' issued ',
      counted(Array.isArray(ids) ? ids.length : 0, 'acknowledgement link'),
      ` to "${str(p.after, 'audienceName')}"`,
    );
  },
  'adoption_link.revoked': (p, c) =>
    words(
      c.actor,
      ` withdrew the acknowledgement link of ${str(p.after, 'personName')} (${str(p.after, 'audienceName')})`,
    ),
  'adoption_link.acknowledged': (p) => words(person(p.after), ` acknowledged the change of ${cr(p.after)}`),
  'adoption_link.trained': (p) => words(person(p.after), ` completed the training for ${cr(p.after)}`),
  'adoption_link.quiz_attempted': (p) =>
    words(
      person(p.after),
      ` ${get(p.after, 'passed') ? 'passed' : 'did not pass'} the quiz for ${cr(p.after)} with ${String(get(p.after, 'scorePct'))}% (attempt ${String(get(p.after, 'attempt'))})`,
    ),
  'adoption_link.declined': (p) =>
    words(person(p.after), ` declined to acknowledge the change of ${cr(p.after)}: ${str(p.after, 'reason')}`),
  'adoption_link.exemption_requested': (p) =>
    words(person(p.after), ` asked for an exemption from ${cr(p.after)}: ${str(p.after, 'reason')}`),
  'adoption_campaign.reminder_sent': (p, c) =>
    words(
      c.actor,
      ` e-mailed a reminder for ${cr(p.after)} to "${str(p.after, 'audienceName')}" (${String(get(p.after, 'acknowledgedPct'))}% of ${String(get(p.after, 'targetPct'))}%)`,
    ),
};
