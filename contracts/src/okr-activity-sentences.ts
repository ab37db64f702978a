// OKR activity entries in words (activity-sentences.ts adds these to its tables). No zod at run time:
// the types come from okr-activity.ts.
import type { z } from 'zod';
import type { OKR_ACTIVITY_DETAIL_SCHEMAS, ObjectiveActivityField, OkrActivityEvent } from './okr-activity.js';
import { CONFIDENCE_LABELS, type Confidence } from './okr-vocabulary.js';
import { periodLabel } from './planning-periods.js';
import { words, type Sentence, type SentencePart } from './sentence.js';

type Details<E extends OkrActivityEvent> = z.infer<(typeof OKR_ACTIVITY_DETAIL_SCHEMAS)[E]>;

/** What an OKR sentence needs of activity-sentences.ts's context. */
interface OkrSentenceContext {
  actor: SentencePart;
  entity: SentencePart | null;
}

const FIELD_WORDS: Record<ObjectiveActivityField, string> = {
  title: 'title',
  description: 'description',
  ownerId: 'owner',
  teamId: 'team',
  parentId: 'alignment',
  rollupMethod: 'roll-up method',
  includeChildren: 'roll-up of aligned objectives',
  statusOverride: 'status',
};

function fieldList(fields: readonly ObjectiveActivityField[]): string {
  const names = fields.map((f) => FIELD_WORDS[f]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

const quoted = (text: string) => `“${text}”`;
const confidence = (c: Confidence) => CONFIDENCE_LABELS[c].toLowerCase();

/** "10%", "24 h", "reached", "yes". */
function valueText(d: Details<'key_result.checked_in'>): string {
  if (d.type === 'milestone') return d.value >= 1 ? 'reached' : 'not reached';
  if (d.type === 'yes_no') return d.value >= 1 ? 'yes' : 'no';
  const n = String(Math.round(d.value * 10_000) / 10_000);
  if (!d.unit) return n;
  return /^[%‰]/.test(d.unit) ? `${n}${d.unit}` : `${n} ${d.unit}`;
}

const score = (s: number | null) => (s === null ? 'not scored' : `scored ${s.toFixed(2)}`);

export const OKR_ACTIVITY_VERBS: Record<OkrActivityEvent, string> = {
  'objective.created': 'created',
  'objective.updated': 'updated',
  'key_result.added': 'added a key result',
  'key_result.checked_in': 'checked in',
  'okr_period.scored': 'scored',
};

export const OKR_ACTIVITY_DETAILS: { [E in OkrActivityEvent]: (d: Details<E>) => string } = {
  'objective.created': () => 'Created the objective',
  'objective.updated': (d) => (d.fields.length === 0 ? 'Saved the objective' : `Changed the ${fieldList(d.fields)}`),
  'key_result.added': (d) => `Added the key result ${quoted(d.title)}`,
  'key_result.checked_in': (d) =>
    `${quoted(d.title)}: ${valueText(d)}, ${confidence(d.confidence)}${d.excerpt ? ` — ${d.excerpt}` : ''}`,
  'okr_period.scored': (d) => `${periodLabel(d.periodKey)} closed: ${score(d.score)}`,
};

const of = (c: OkrSentenceContext) => (c.entity ? words(' of ', c.entity) : '');
const on = (c: OkrSentenceContext) => (c.entity ? words(' on ', c.entity) : '');

export const OKR_ACTIVITY_SENTENCES: {
  [E in OkrActivityEvent]: (d: Details<E>, c: OkrSentenceContext) => Sentence;
} = {
  'objective.created': (_, c) => words(c.actor, ' created ', c.entity ?? 'the objective'),
  'objective.updated': (d, c) =>
    d.fields.length === 0
      ? words(c.actor, ' saved ', c.entity ?? 'the objective')
      : words(c.actor, ` changed the ${fieldList(d.fields)}`, of(c)),
  'key_result.added': (d, c) =>
    words(c.actor, ` added the key result ${quoted(d.title)}`, c.entity ? words(' to ', c.entity) : ''),
  'key_result.checked_in': (d, c) =>
    words(c.actor, ` checked in ${quoted(d.title)} at ${valueText(d)}, ${confidence(d.confidence)}`, on(c)),
  'okr_period.scored': (d, c) =>
    c.entity
      ? words(c.actor, ` closed ${periodLabel(d.periodKey)}: `, c.entity, ` ${score(d.score)}`)
      : words(c.actor, ` closed ${periodLabel(d.periodKey)}: ${score(d.score)}`),
};
