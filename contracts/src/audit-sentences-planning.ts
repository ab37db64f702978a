// Sentences for the planning modules' audit actions (roadmap, OKRs, workspace settings). They read
// their payloads loosely (field by field, by name), so that these young modules can grow their
// snapshots without breaking the sentences; audit-sentences.test.ts still asks for one per action.
import { counted, words, type Sentence, type SentencePart } from './sentence.js';
import { PORTFOLIO_SENTENCES } from './audit-sentences-portfolio.js';
import { CHANGE_REQUEST_SENTENCES } from './audit-sentences-change-requests.js';
import { ADOPTION_SENTENCES } from './audit-sentences-adoption.js';
import { STAKEHOLDER_SENTENCES } from './audit-sentences-stakeholders.js';
import { WORKING_GROUP_SENTENCES } from './audit-sentences-working-groups.js';
import { ACTION_ITEM_SENTENCES } from './audit-sentences-action-items.js';
import { RAID_SENTENCES } from './audit-sentences-raid.js';
import { DECISION_SENTENCES } from './audit-sentences-decisions.js';
import { CALENDAR_SENTENCES } from './audit-sentences-calendar.js';
import { METRICS_SENTENCES } from './audit-sentences-metrics.js';

/** What a loose sentence gets: the payload as stored, and the names the main builder resolved. */
export interface LooseContext {
  actor: SentencePart;
  actorId: string | null;
  target(fallback: string): SentencePart;
  ref(id: string | null | undefined, fallback: string): SentencePart;
  date(iso: string): string;
}
export type LooseBuilder = (p: { entityType: string; before: unknown; after: unknown }, c: LooseContext) => Sentence;

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const spaced = (word: string) => word.replace(/_/g, ' ');
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "effortWeeks" -> "effort weeks", "areaIds" -> "areas": a snapshot field in words. */
function fieldWords(key: string): string {
  const base = key.endsWith('Ids') ? `${key.slice(0, -3)}s` : key.endsWith('Id') ? key.slice(0, -2) : key;
  return base.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The record as the sentence names it: by its name of today, else by the title its snapshot kept. */
function titled(p: { before: unknown; after: unknown }, c: LooseContext, noun: string): SentencePart {
  const title = text(get(p.after, 'title')) ?? text(get(p.before, 'title'));
  return c.target(title ? `“${title}”` : `a ${noun}`);
}

const created =
  (noun: string, verb = 'created'): LooseBuilder =>
  (p, c) =>
    words(c.actor, ` ${verb} the ${noun} `, titled(p, c, noun));

const deleted =
  (noun: string): LooseBuilder =>
  (p, c) =>
    words(c.actor, ` deleted the ${noun} `, titled(p, c, noun));

/** "renamed the initiative “A” to “B”", else "changed the status and end of the initiative “B”". */
const updated =
  (noun: string): LooseBuilder =>
  (p, c) => {
    const keys = [
      ...new Set([...Object.keys((p.before as object | null) ?? {}), ...Object.keys((p.after as object | null) ?? {})]),
    ].filter(
      (k) => k !== 'version' && k !== 'id' && JSON.stringify(get(p.before, k)) !== JSON.stringify(get(p.after, k)),
    );
    const name = titled(p, c, noun);
    const from = text(get(p.before, 'title'));
    const others = keys.filter((k) => k !== 'title').map(fieldWords);
    const renamed = keys.includes('title') && from ? words(`renamed the ${noun} “${from}” to `, name) : null;
    const changedList =
      others.length === 0
        ? null
        : others.length === 1
          ? others[0]!
          : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]!}`;
    if (!renamed && !changedList) return words(c.actor, ` saved the ${noun} `, name, ' without changes');
    if (!changedList) return words(c.actor, ' ', renamed);
    const changed = renamed ? `changed its ${changedList}` : words(`changed the ${changedList} of the ${noun} `, name);
    return words(c.actor, ' ', renamed ? words(renamed, ' and ') : '', changed);
  };

export const PLANNING_SENTENCES: Record<string, LooseBuilder> = {
  ...PORTFOLIO_SENTENCES,
  ...CHANGE_REQUEST_SENTENCES,
  ...ADOPTION_SENTENCES,
  ...STAKEHOLDER_SENTENCES,
  ...WORKING_GROUP_SENTENCES,
  ...ACTION_ITEM_SENTENCES,
  ...RAID_SENTENCES,
  ...DECISION_SENTENCES,
  ...CALENDAR_SENTENCES,
  ...METRICS_SENTENCES,
  'workspace.settings_updated': (p, c) => {
    const on = get(p.after, 'autoPublishChangelog');
    if (on === get(p.before, 'autoPublishChangelog')) return words(c.actor, ' saved the workspace settings');
    return words(
      c.actor,
      on ? ' turned on' : ' turned off',
      ' publishing live versions on the public changelog automatically',
    );
  },
  'planning_settings.updated': (p, c) => {
    const month = MONTHS[Number(get(p.after, 'fiscalYearStartMonth')) - 1];
    return words(c.actor, ' changed the planning settings', month ? ` (the fiscal year starts in ${month})` : '');
  },
  'initiative.created': created('initiative'),
  'initiative.updated': updated('initiative'),
  'initiative.deleted': deleted('initiative'),
  'initiative_milestone.created': created('milestone', 'added'),
  'initiative_milestone.updated': (p, c) => {
    const done = get(p.after, 'done');
    const onlyDone = Object.keys((p.after as object | null) ?? {}).every(
      (k) => k === 'version' || k === 'done' || JSON.stringify(get(p.before, k)) === JSON.stringify(get(p.after, k)),
    );
    if (onlyDone && done !== get(p.before, 'done'))
      return words(c.actor, ' marked the milestone ', titled(p, c, 'milestone'), done ? ' done' : ' not done');
    return updated('milestone')(p, c);
  },
  'initiative_milestone.deleted': deleted('milestone'),
  'initiative_dependency.created': (p, c) => {
    const lag = Number(get(p.after, 'lagDays'));
    return words(c.actor, ' added a dependency on the roadmap', lag > 0 ? ` (${counted(lag, 'day')} of lag)` : '');
  },
  'initiative_dependency.updated': (_, c) => words(c.actor, ' changed a dependency on the roadmap'),
  'initiative_dependency.deleted': (_, c) => words(c.actor, ' removed a dependency from the roadmap'),
  'initiative_update.posted': (p, c) => {
    const health = text(get(p.after, 'health'));
    return words(c.actor, ' posted a health update', health ? ` (${spaced(health)})` : '', ' on an initiative');
  },
  'initiative.key_results_linked': (p, c) => {
    const n = (get(p.after, 'keyResultIds') as unknown[] | undefined)?.length ?? 0;
    return words(c.actor, ' linked an initiative to ', counted(n, 'key result'));
  },
  'objective.created': created('objective'),
  'objective.updated': updated('objective'),
  'objective.deleted': deleted('objective'),
  'key_result.created': created('key result', 'added'),
  'key_result.updated': updated('key result'),
  'key_result.deleted': deleted('key result'),
  'key_result.checked_in': (p, c) => {
    const value = get(p.after, 'value');
    const confidence = text(get(p.after, 'confidence'));
    return words(
      c.actor,
      ' checked in',
      typeof value === 'number' ? ` ${value.toLocaleString('en-US')}` : '',
      ' on ',
      c.target('a key result'),
      confidence ? ` (${spaced(confidence)})` : '',
    );
  },
  'okr_period.closed': (p, c) => {
    const scores = get(p.after, 'scores');
    return words(
      c.actor,
      ` closed the OKR period ${text(get(p.after, 'periodKey')) ?? ''}`.trimEnd(),
      Array.isArray(scores) ? ` with ${counted(scores.length, 'score')}` : '',
    );
  },
  'okr_period.reopened': (p, c) =>
    words(c.actor, ` reopened the OKR period ${text(get(p.after, 'periodKey')) ?? ''}`.trimEnd()),
  'roadmap_baseline.created': (p, c) => {
    const name = text(get(p.after, 'name'));
    const year = text(get(p.after, 'yearKey')) ?? '';
    const automatic = get(p.after, 'kind') === 'automatic';
    return words(
      c.actor,
      automatic ? ' saved the automatic roadmap baseline ' : ' saved the roadmap baseline ',
      name ? `“${name}”` : 'a baseline',
      year ? ` of ${year}` : '',
    );
  },
  'roadmap_baseline.deleted': (p, c) => {
    const name = text(get(p.before, 'name'));
    return words(c.actor, ' deleted the roadmap baseline ', name ? `“${name}”` : 'a baseline');
  },
};
