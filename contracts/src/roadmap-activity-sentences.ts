// The roadmap's activity entries in words (activity-sentences.ts adds these to its tables). No zod at
// run time: the types come from roadmap-activity.ts.
import type { z } from 'zod';
import type {
  InitiativeActivityField,
  ROADMAP_ACTIVITY_DETAIL_SCHEMAS,
  RoadmapActivityEvent,
} from './roadmap-activity.js';
import { INITIATIVE_HEALTH_LABELS, INITIATIVE_STATUS_LABELS } from './roadmap-vocabulary.js';
import { words, type Sentence, type SentencePart } from './sentence.js';

type Details<E extends RoadmapActivityEvent> = z.infer<(typeof ROADMAP_ACTIVITY_DETAIL_SCHEMAS)[E]>;

/** What a roadmap sentence needs of activity-sentences.ts's context. */
interface RoadmapSentenceContext {
  actor: SentencePart;
  entity: SentencePart | null;
  date(iso: string): string;
}

const FIELD_WORDS: Record<InitiativeActivityField, string> = {
  title: 'title',
  description: 'description',
  ownerId: 'owner',
  parentId: 'parent initiative',
  priority: 'priority',
  effortWeeks: 'effort estimate',
  dates: 'dates',
  areaIds: 'policy areas',
  teamIds: 'teams',
  policyIds: 'linked policies',
  cadence: 'update cadence',
  progressOverride: 'progress override',
};

function fieldList(fields: readonly InitiativeActivityField[]): string {
  const names = fields.map((f) => FIELD_WORDS[f]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

const quoted = (text: string) => `“${text}”`;
const status = (s: keyof typeof INITIATIVE_STATUS_LABELS) => INITIATIVE_STATUS_LABELS[s];
const health = (h: keyof typeof INITIATIVE_HEALTH_LABELS) => INITIATIVE_HEALTH_LABELS[h].toLowerCase();

export const ROADMAP_ACTIVITY_VERBS: Record<RoadmapActivityEvent, string> = {
  'initiative.created': 'created',
  'initiative.updated': 'updated',
  'initiative.status_changed': 'changed the status',
  'initiative_milestone.added': 'added a milestone',
  'initiative_milestone.moved': 'moved a milestone',
  'initiative_milestone.completed': 'completed a milestone',
  'initiative_dependency.added': 'added a dependency',
  'initiative_update.posted': 'posted an update',
};

export const ROADMAP_ACTIVITY_DETAILS: { [E in RoadmapActivityEvent]: (d: Details<E>) => string } = {
  'initiative.created': () => 'Created the initiative',
  'initiative.updated': (d) => (d.fields.length === 0 ? 'Saved the initiative' : `Changed the ${fieldList(d.fields)}`),
  'initiative.status_changed': (d) => `${status(d.from)} → ${status(d.to)}`,
  'initiative_milestone.added': (d) =>
    `Added the milestone ${quoted(d.title)}, due ${d.date}${d.fixed ? ' (fixed)' : ''}`,
  'initiative_milestone.moved': (d) => `Moved the milestone ${quoted(d.title)} from ${d.from} to ${d.to}`,
  'initiative_milestone.completed': (d) => `Completed the milestone ${quoted(d.title)}`,
  'initiative_dependency.added': (d) => `${quoted(d.predecessor)} must finish before ${quoted(d.successor)} starts`,
  'initiative_update.posted': (d) => `${INITIATIVE_HEALTH_LABELS[d.health]}: ${d.excerpt}`,
};

const of = (c: RoadmapSentenceContext) => (c.entity ? words(' of ', c.entity) : '');

export const ROADMAP_ACTIVITY_SENTENCES: {
  [E in RoadmapActivityEvent]: (d: Details<E>, c: RoadmapSentenceContext) => Sentence;
} = {
  'initiative.created': (_, c) => words(c.actor, ' created ', c.entity ?? 'the initiative'),
  'initiative.updated': (d, c) =>
    d.fields.length === 0
      ? words(c.actor, ' saved ', c.entity ?? 'the initiative')
      : words(c.actor, ` changed the ${fieldList(d.fields)}`, of(c)),
  'initiative.status_changed': (d, c) =>
    words(c.actor, ' moved ', c.entity ?? 'the initiative', ` from ${status(d.from)} to ${status(d.to)}`),
  'initiative_milestone.added': (d, c) =>
    words(
      c.actor,
      ` added the ${d.fixed ? 'fixed ' : ''}milestone ${quoted(d.title)}, due ${c.date(d.date)}`,
      c.entity ? words(' to ', c.entity) : '',
    ),
  'initiative_milestone.moved': (d, c) =>
    words(c.actor, ` moved the milestone ${quoted(d.title)}`, of(c), ` from ${c.date(d.from)} to ${c.date(d.to)}`),
  'initiative_milestone.completed': (d, c) => words(c.actor, ` completed the milestone ${quoted(d.title)}`, of(c)),
  'initiative_dependency.added': (d, c) =>
    words(
      c.actor,
      ` made ${quoted(d.successor)} wait for ${quoted(d.predecessor)}`,
      d.lagDays !== 0 ? ` (${d.lagDays} days lag)` : '',
    ),
  'initiative_update.posted': (d, c) =>
    words(c.actor, ' posted an update', c.entity ? words(' on ', c.entity) : '', `: ${health(d.health)}`),
};
