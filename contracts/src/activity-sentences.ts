// The activity feed in words, from an entry's event and facts, its actor's name and its record's
// title, all as they are when the feed is read. Used by the server (each entry's `sentence`, and
// the one-line detail that watchers are notified with) and by the web app (the same sentence with
// its names linked). No zod at run time.
import type { ActivityDetails, ActivityEvent, ActivityFacts, PolicyActivityField } from './activity-events.js';
import {
  ROADMAP_ACTIVITY_DETAILS,
  ROADMAP_ACTIVITY_SENTENCES,
  ROADMAP_ACTIVITY_VERBS,
} from './roadmap-activity-sentences.js';
import { OKR_ACTIVITY_DETAILS, OKR_ACTIVITY_SENTENCES, OKR_ACTIVITY_VERBS } from './okr-activity-sentences.js';
import { formatDay, words, type Sentence, type SentenceOptions, type SentencePart } from './sentence.js';

/** An activity entry as its sentence needs it. */
export interface ActivitySentenceInput {
  /** Null for entries written before events were recorded: they read as their stored verb. */
  event: ActivityEvent | null;
  details: Readonly<Record<string, unknown>> | null;
  verb: string;
  actor: { id: string; name: string } | null;
  entity: { title: string; href: string };
}

export interface ActivitySentenceOptions extends SentenceOptions {
  /**
   * False on the record's own page: the sentence leaves its title out ("made v2.1 live" rather
   * than "made Hate Speech v2.1 live"). True by default.
   */
  withEntity?: boolean;
}

const FIELD_WORDS: Record<PolicyActivityField, string> = {
  title: 'title',
  slug: 'URL name',
  areaId: 'area',
  owningTeamId: 'owning team',
  tags: 'tags',
  restricted: 'need-to-know restriction',
  retired: 'retirement',
  ownerIds: 'owners',
  memberIds: 'members',
};

const VERBS: Record<ActivityEvent, string> = {
  'policy.created': 'created',
  'policy.updated': 'updated',
  'policy.applicability_updated': 'updated',
  'policy_version.drafted': 'drafted a version',
  'policy_version.discarded': 'discarded a draft',
  'policy_version.submitted': 'submitted for review',
  'policy_version.approved': 'approved',
  'policy_version.rejected': 'rejected',
  'policy_version.published': 'made live',
  'comment.created': 'commented',
  ...ROADMAP_ACTIVITY_VERBS,
  ...OKR_ACTIVITY_VERBS,
};

function fieldList(fields: readonly PolicyActivityField[]): string {
  const names = fields.map((f) => FIELD_WORDS[f]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** The short verb an entry is filed under ("made live"), for clients that show a verb and an icon. */
export function activityVerb(event: ActivityEvent): string {
  return VERBS[event];
}

type Detail<E extends ActivityEvent> = (d: ActivityDetails<E>) => string;
const DETAILS: { [E in ActivityEvent]: Detail<E> } = {
  'policy.created': () => 'Created the policy',
  'policy.updated': (d) => (d.fields.length === 0 ? 'Saved the policy details' : `Changed the ${fieldList(d.fields)}`),
  'policy.applicability_updated': (d) =>
    `Updated where the policy applies (${d.cells} ${d.cells === 1 ? 'cell' : 'cells'} set)`,
  'policy_version.drafted': (d) => `Started draft ${d.label}`,
  'policy_version.discarded': (d) => `Discarded draft ${d.label}`,
  'policy_version.submitted': (d) => `Submitted version ${d.label} for review`,
  'policy_version.approved': (d) => `Approved version ${d.label}`,
  'policy_version.rejected': (d) => `Sent version ${d.label} back to draft`,
  'policy_version.published': (d) =>
    `Made version ${d.label} live${d.effectiveDate ? `, effective ${d.effectiveDate}` : ''}`,
  'comment.created': (d) => d.excerpt,
  ...ROADMAP_ACTIVITY_DETAILS,
  ...OKR_ACTIVITY_DETAILS,
};

/**
 * One line without the actor or the record ("Made version 1.2 live, effective 2026-01-01"; a
 * comment's excerpt): the entry's `summary`, and the text watchers are notified with.
 */
export function activityDetail(facts: ActivityFacts): string {
  return (DETAILS[facts.event] as Detail<ActivityEvent>)(facts.details as ActivityDetails<ActivityEvent>);
}

interface Context {
  actor: SentencePart;
  /** The record's title, or null on its own page. */
  entity: SentencePart | null;
  /** "Hate Speech v2.1" (or "v2.1" on the policy's page), linked to the version unless it is gone. */
  version(d: { versionId: string; label: string }, linked?: boolean): SentencePart;
  date(iso: string): string;
}

type Builder<E extends ActivityEvent> = (d: ActivityDetails<E>, c: Context) => Sentence;
const effective = (d: { effectiveDate: string | null }, c: Context) =>
  d.effectiveDate ? `, effective ${c.date(d.effectiveDate)}` : '';

const SENTENCES: { [E in ActivityEvent]: Builder<E> } = {
  'policy.created': (_, c) => words(c.actor, ' created ', c.entity ?? 'the policy'),
  'policy.updated': (d, c) =>
    d.fields.length === 0
      ? words(c.actor, ' saved the details of ', c.entity ?? 'the policy')
      : words(c.actor, ` changed the ${fieldList(d.fields)}`, c.entity ? words(' of ', c.entity) : ''),
  'policy.applicability_updated': (d, c) =>
    words(
      c.actor,
      ' changed where ',
      c.entity ?? 'the policy',
      ` applies (${d.cells} ${d.cells === 1 ? 'cell' : 'cells'} set)`,
    ),
  'policy_version.drafted': (d, c) => words(c.actor, ' started drafting ', c.version(d)),
  'policy_version.discarded': (d, c) => words(c.actor, ' discarded the draft ', c.version(d, false)),
  'policy_version.submitted': (d, c) => words(c.actor, ' submitted ', c.version(d), ' for review'),
  'policy_version.approved': (d, c) => words(c.actor, ' approved ', c.version(d), effective(d, c)),
  'policy_version.rejected': (d, c) => words(c.actor, ' sent ', c.version(d), ' back to draft'),
  'policy_version.published': (d, c) => words(c.actor, ' made ', c.version(d), ' live', effective(d, c)),
  'comment.created': (_, c) => words(c.actor, ' commented', c.entity ? words(' on ', c.entity) : ''),
  ...ROADMAP_ACTIVITY_SENTENCES,
  ...OKR_ACTIVITY_SENTENCES,
};

/** "Priya Raman made live · Hate Speech": an entry without an event, or whose facts do not read. */
function legacySentence(input: ActivitySentenceInput, c: Context): Sentence {
  return words(c.actor, ` ${input.verb}`, c.entity ? words(' · ', c.entity) : '');
}

/**
 * What happened, in one sentence: "Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027".
 * Names the entry's own record only, which the reader was already allowed to see. Throws nothing.
 */
export function activitySentence(input: ActivitySentenceInput, options: ActivitySentenceOptions = {}): Sentence {
  const entity = options.withEntity === false ? null : { text: input.entity.title, href: input.entity.href };
  const c: Context = {
    actor: input.actor ? { text: input.actor.name, href: `/people/${input.actor.id}` } : { text: 'PolicyOps' },
    entity,
    version: (d, linked = true) => {
      const text = entity ? `${entity.text} v${d.label}` : `v${d.label}`;
      return linked ? { text, href: `${input.entity.href}/versions/${d.versionId}` } : { text };
    },
    date: options.formatDate ?? formatDay,
  };
  if (input.event === null || !Object.hasOwn(SENTENCES, input.event) || input.details === null)
    return legacySentence(input, c);
  try {
    const build = SENTENCES[input.event] as Builder<ActivityEvent>;
    const sentence = build(input.details as ActivityDetails<ActivityEvent>, c);
    if (sentence.some((part) => typeof part.text !== 'string' || part.text.includes('undefined')))
      return legacySentence(input, c);
    return sentence;
  } catch {
    return legacySentence(input, c);
  }
}
