// The audit log in words: one sentence per action, built from the event's typed payload, the
// actor's name and the names of the records it concerns (resolved by the server when it reads the
// log, so a renamed policy reads with its name of today). Used by the server (the `sentence` of
// each event) and by the web app (the same sentence with its names linked). No zod at run time.
import type { z } from 'zod';
import type { AUDIT_PAYLOAD_SCHEMAS, AuditAction } from './audit-actions.js';
import {
  counted,
  formatDay,
  listed,
  named,
  words,
  type NamedRecord,
  type Sentence,
  type SentenceOptions,
  type SentencePart,
} from './sentence.js';
import { PLANNING_SENTENCES } from './audit-sentences-planning.js';
import { ROLE_LABELS } from './vocabulary.js';

/** Kinds of record an audit sentence may name, which the server looks up by id when it reads the log. */
export const AUDIT_RECORD_KINDS = [
  'user',
  'team',
  'policy_area',
  'policy',
  'policy_version',
  'surface',
  'market',
] as const;
export type AuditRecordKind = (typeof AUDIT_RECORD_KINDS)[number];
export interface AuditRecordRef {
  kind: AuditRecordKind;
  id: string;
}

/** An audit event as the sentence needs it. */
export interface AuditSentenceInput {
  action: AuditAction;
  actor: { id: string; name: string } | null;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The record the event is about, named today (null: it is gone or has no name). */
  target: NamedRecord | null;
  /** Other people and records the payload names, by id, named today. */
  references?: Readonly<Record<string, NamedRecord>>;
}

type Payload<A extends AuditAction> = z.output<(typeof AUDIT_PAYLOAD_SCHEMAS)[A]>;

interface Context {
  actor: SentencePart;
  actorId: string | null;
  entityId: string;
  /** The target by its name of today, else by `fallback` (a name kept in the payload, or a description). */
  target(fallback: string): SentencePart;
  /** A referenced person or record by its name of today, else by `fallback`. */
  ref(id: string | null | undefined, fallback: string): SentencePart;
  date(iso: string): string;
}

type Builder<A extends AuditAction> = (p: Payload<A>, c: Context) => Sentence;

const quoted = (text: string) => `“${text}”`;
const role = (r: string) => ROLE_LABELS[r as keyof typeof ROLE_LABELS] ?? r;
const version = (c: Context, p: { before?: { label: string } | null; after?: { label: string } | null }) =>
  c.target(`v${p.after?.label ?? p.before?.label ?? '?'} of a policy`);

/** What changed between two snapshots, as clauses ("renamed A to B", "changed the description"). */
function changes<T extends Record<string, unknown>>(
  before: T,
  after: T,
  clauses: { [K in keyof T]?: (from: T[K], to: T[K]) => string | Sentence },
): Sentence[] {
  const out: Sentence[] = [];
  for (const key of Object.keys(clauses) as (keyof T)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    const clause = clauses[key]!(before[key], after[key]);
    out.push(typeof clause === 'string' ? words(clause) : clause);
  }
  return out;
}

/** "<actor> renamed X to Y and changed the description of Y", or "<actor> saved X unchanged". */
function edited(c: Context, noun: string, name: SentencePart, clauses: Sentence[]): Sentence {
  if (clauses.length === 0) return words(c.actor, ` saved the ${noun} `, name, ' without changes');
  return words(c.actor, ' ', listed(clauses));
}

const renamed = (noun: string, from: string, to: SentencePart) => words(`renamed the ${noun} ${quoted(from)} to `, to);

function versionStep(verb: string, tail: (p: Payload<'policy_version.approved'>, c: Context) => string = () => '') {
  return (p: Payload<'policy_version.approved'>, c: Context) => words(c.actor, ` ${verb} `, version(c, p), tail(p, c));
}
const effective = (p: Payload<'policy_version.approved'>, c: Context) =>
  p.after.effectiveDate ? `, effective ${c.date(p.after.effectiveDate)}` : '';

/**
 * A sentence per action, reading its typed payload. Partial by type, so that a module adding an
 * action is not stopped from compiling; audit-sentences.test.ts fails until the action has one.
 */
const SENTENCES: { [A in AuditAction]?: Builder<A> } = {
  'user.created': (p, c) => words(c.actor, ' added ', c.target(p.after.name), ` as ${role(p.after.role)}`),
  'user.updated': (p, c) => {
    const who = c.target(p.after.name);
    const clauses = changes(p.before, p.after, {
      name: (from) => renamed('person', from, who),
      email: (_, to) => words('changed the e-mail of ', who, ` to ${to}`),
      role: (from, to) => words('changed the role of ', who, ` from ${role(from)} to ${role(to)}`),
      status: (_, to) => words(to === 'deactivated' ? 'deactivated ' : 'reactivated ', who),
    });
    return edited(c, 'person', who, clauses);
  },
  'user.password_changed': (_, c) =>
    c.actorId === c.entityId
      ? words(c.actor, ' changed their password')
      : words(c.actor, ' changed the password of ', c.target('a person')),
  'user.logged_in': (_, c) => words(c.actor, ' signed in'),
  'user.login_failed': (p, c) =>
    words('A sign-in as ', c.target('a person'), ` failed (${counted(p.after.failures, 'failed attempt')} in a row)`),
  'user.locked_out': (p, c) =>
    words(c.target('A person'), ` was locked out after ${counted(p.after.failures, 'failed sign-in')}`),
  'user.logged_out': (_, c) => words(c.actor, ' signed out'),
  'session.revoked': (p, c) => {
    if (p.entityType === 'session') return words(c.actor, ' ended one of their sessions');
    if ('kept' in p.after)
      return words(c.actor, ` signed out everywhere else (${counted(p.after.revoked, 'session')} ended)`);
    return words(
      counted(p.after.revoked, 'session'),
      ' of ',
      c.target('a person'),
      p.after.revoked === 1 ? ' was' : ' were',
      ` ended when they were ${p.after.reason}`,
    );
  },
  'api_token.created': (p, c) => words(c.actor, ` created the API token ${quoted(p.after.name)}`),
  'api_token.revoked': (p, c) => {
    if (p.entityType === 'api_token') return words(c.actor, ` revoked the API token ${quoted(p.before.name)}`);
    return words(
      counted(p.after.revoked, 'API token'),
      ' of ',
      c.target('a person'),
      ` stopped working when they were ${p.after.reason}`,
    );
  },
  'invitation.created': (p, c) => words(c.actor, ` invited ${p.after.email} as ${role(p.after.role)}`),
  'invitation.revoked': (p, c) => words(c.actor, ` revoked the invitation of ${p.before.email}`),
  'invitation.accepted': (p, c) => words(c.ref(p.after.userId, p.after.email), ' accepted their invitation and joined'),
  'team.created': (p, c) => words(c.actor, ' created the team ', c.target(p.after.name)),
  'team.updated': (p, c) => {
    const team = c.target(p.after.name);
    const clauses = changes(p.before, p.after, {
      name: (from) => renamed('team', from, team),
      function: () => words('changed the function of ', team),
      description: () => words('changed the description of ', team),
    });
    return edited(c, 'team', team, clauses);
  },
  'team.deleted': (p, c) => words(c.actor, ' deleted the team ', { text: p.before.name }),
  'team.member_added': (p, c) =>
    words(c.actor, ' added ', c.ref(p.after.userId, 'a person'), ' to the team ', c.target('a deleted team')),
  'team.member_removed': (p, c) =>
    words(c.actor, ' removed ', c.ref(p.before.userId, 'a person'), ' from the team ', c.target('a deleted team')),
  'workspace.setup_completed': (_, c) => words(c.actor, ' set up the workspace'),
  'workspace.sample_loaded': (p, c) => {
    const made = Object.entries(p.after).filter(([, n]) => n > 0);
    const list = made
      .map(
        ([kind, n]) =>
          `${n.toLocaleString('en-US')} ${kind
            .replace(/_/g, ' ')
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase()}`,
      )
      .join(', ');
    return words(c.actor, ' loaded the sample workspace', list ? ` (${list})` : '');
  },
  'policy_area.created': (p, c) => words(c.actor, ' created the area ', c.target(p.after.name)),
  'policy_area.updated': (p, c) => {
    const area = c.target(p.after.name);
    const clauses = changes(p.before, p.after, {
      name: (from) => renamed('area', from, area),
      parentId: (_, to) =>
        words('moved the area ', area, ' ', to ? 'under ' : 'to the top level', to ? c.ref(to, 'another area') : ''),
      description: () => words('changed the description of the area ', area),
    });
    return edited(c, 'area', area, clauses);
  },
  'policy_area.deleted': (p, c) => words(c.actor, ' deleted the area ', { text: p.before.name }),
  'policy.created': (p, c) =>
    words(c.actor, ' created the policy ', c.target(p.after.title), p.after.restricted ? ' (restricted)' : ''),
  'policy.updated': (p, c) => {
    const policy = c.target(p.after.title);
    const of = (what: string) => () => words(`changed the ${what} of `, policy);
    const clauses = changes(p.before, p.after, {
      title: (from) => renamed('policy', from, policy),
      slug: of('URL name'),
      areaId: (_, to) => words('moved ', policy, ' to the area ', c.ref(to, 'another area')),
      owningTeamId: of('owning team'),
      tags: of('tags'),
      restricted: (_, to) => words(to ? 'restricted ' : 'lifted the restriction on ', policy),
      retired: (_, to) => words(to ? 'retired ' : 'brought back ', policy),
      ownerIds: of('owners'),
      memberIds: of('members'),
    });
    return edited(c, 'policy', policy, clauses);
  },
  'policy_version.created': (p, c) => words(c.actor, ' started a draft: ', version(c, p)),
  'policy_version.updated': (p, c) =>
    words(
      c.actor,
      ' edited ',
      version(c, p),
      p.after.marketDates ? ` and set its dates in ${counted(p.after.marketDates.length, 'market')}` : '',
    ),
  'policy_version.discarded': (p, c) => words(c.actor, ' discarded the draft ', version(c, p)),
  'policy_version.submitted': versionStep('submitted', () => ' for review'),
  'policy_version.approved': versionStep('approved', effective),
  'policy_version.rejected': (p, c) => words(c.actor, ' sent ', version(c, p), ' back to draft'),
  'policy_version.published': (p, c) => words(c.actor, ' made ', version(c, p), ' live', effective(p, c)),
  'policy_review.requested': (p, c) =>
    words(
      c.actor,
      ' asked ',
      listed(p.after.reviewerIds.map((id) => c.ref(id, 'a person'))),
      ' to review ',
      c.target('a version'),
    ),
  'policy_review.decided': (p, c) =>
    words(
      p.after.reviewerId === c.actorId ? c.actor : c.ref(p.after.reviewerId, 'A reviewer'),
      ' reviewed ',
      c.target('a version'),
      p.after.decision === 'approved' ? ' and approved it' : ' and asked for changes',
    ),
  'policy_review.withdrawn': (p, c) =>
    words(
      c.actor,
      ' withdrew the review requests to ',
      listed(p.before.reviewerIds.map((id) => c.ref(id, 'a person'))),
      ' on ',
      c.target('a version'),
    ),
  'clock.moved': (p, c) =>
    p.after.offsetDays === 0
      ? words(c.actor, " set the workspace clock back to the machine's date")
      : words(
          c.actor,
          ` moved the workspace clock to ${c.date(p.after.today)} (${counted(Math.abs(p.after.offsetDays), 'day')}`,
          p.after.offsetDays > 0 ? ' ahead)' : ' behind)',
        ),
  'changelog_entry.published': (p, c) =>
    words(
      c.actor,
      ' put ',
      c.target(`v${p.after.label}`),
      ' on the public changelog',
      p.after.imported ? ' (carried over from an import)' : p.after.automatic ? ' automatically as it went live' : '',
    ),
  'library.imported': (p, c) =>
    words(
      c.actor,
      ` imported a library: ${counted(p.after.areas, 'area')}, ${counted(p.after.policies, 'policy', 'policies')}`,
      ` and ${counted(p.after.versions, 'version')}`,
    ),
  'surface.created': (p, c) => words(c.actor, ' added the surface ', c.target(p.after.name)),
  'surface.updated': (p, c) => {
    const surface = c.target(p.after.name);
    const clauses = changes(p.before, p.after, {
      name: (from) => renamed('surface', from, surface),
      position: () => words('moved the surface ', surface, ' in the grid'),
    });
    return edited(c, 'surface', surface, clauses);
  },
  'surface.deleted': (p, c) => words(c.actor, ' deleted the surface ', { text: p.before.name }),
  'market.created': (p, c) =>
    words(c.actor, ` added the ${p.after.kind} `, c.target(`${p.after.name} (${p.after.code})`)),
  'market.updated': (p, c) => {
    const market = c.target(p.after.name);
    const clauses = changes(p.before, p.after, {
      name: (from) => renamed('market', from, market),
      code: (from, to) => words(`changed the code of `, market, ` from ${from} to ${to}`),
      kind: (_, to) => words('made ', market, ` a ${to}`),
      parentId: (_, to) =>
        words('moved ', market, to ? ' into ' : ' out of its region', to ? c.ref(to, 'a region') : ''),
      position: () => words('moved the market ', market, ' in the grid'),
    });
    return edited(c, 'market', market, clauses);
  },
  'market.deleted': (p, c) => words(c.actor, ' deleted the market ', { text: `${p.before.name} (${p.before.code})` }),
  'policy.applicability_updated': (p, c) =>
    words(c.actor, ' changed where ', c.target('a policy'), ` applies (${counted(p.after.length, 'cell')} set)`),
  'library.exported': (p, c) =>
    words(
      c.actor,
      ` exported the library (${counted(p.after.policies, 'policy', 'policies')}, ${counted(p.after.versions, 'version')})`,
    ),
  'comment.created': (p, c) => words(c.actor, ' commented on ', c.ref(p.after.entityId, `a ${p.after.entityType}`)),
  'comment.updated': (p, c) =>
    words(c.actor, ' edited a comment on ', c.ref(p.after.entityId, `a ${p.after.entityType}`)),
  'comment.deleted': (p, c) =>
    words(c.actor, ' deleted a comment on ', c.ref(p.before.entityId, `a ${p.before.entityType}`)),
  'watch.started': (p, c) =>
    p.after.userId === c.actorId
      ? words(c.actor, ' started watching ', c.target(`a ${p.entityType}`))
      : words(c.actor, ' made ', c.ref(p.after.userId, 'a person'), ' watch ', c.target(`a ${p.entityType}`)),
  'watch.stopped': (p, c) =>
    p.before.userId === c.actorId
      ? words(c.actor, ' stopped watching ', c.target(`a ${p.entityType}`))
      : words(c.actor, ' stopped ', c.ref(p.before.userId, 'a person'), ' watching ', c.target(`a ${p.entityType}`)),
  'audit.checkpoint_exported': (p, c) =>
    words(c.actor, ` exported a signed checkpoint of the audit log up to event #${p.after.seq}`),
  'audit.legacy_sealed': (p, c) =>
    words(c.actor, ` sealed ${counted(p.after.legacyEvents, 'audit event')} written before keyed hashing`),
  'mail.test_sent': (p, c) =>
    words(c.actor, ' sent a test e-mail to ', c.target(p.after.to), ` through ${p.after.host}:${p.after.port}`),
  'job.retried': (p, c) =>
    words(
      c.actor,
      ` retried the failed background job ${p.before.name} (${counted(p.before.attempts, 'attempt')} so far)`,
    ),
};

/** Whether the action has a sentence of its own (else the event reads as its action name). */
export function hasAuditSentence(action: string): action is AuditAction {
  return Object.hasOwn(SENTENCES, action) || Object.hasOwn(PLANNING_SENTENCES, action);
}

function contextOf(input: AuditSentenceInput, options: SentenceOptions): Context {
  const actor: SentencePart = input.actor
    ? { text: input.actor.name, href: `/people/${input.actor.id}` }
    : { text: 'PolicyOps' };
  return {
    actor,
    actorId: input.actor?.id ?? null,
    entityId: input.entityId,
    target: (fallback) => (input.target ? named(input.target) : { text: fallback }),
    ref: (id, fallback) => {
      const record = id ? input.references?.[id] : undefined;
      return record ? named(record) : { text: fallback };
    },
    date: options.formatDate ?? formatDay,
  };
}

/** "Priya Raman (team.exploded) on Legal": an event whose payload the sentence cannot read. */
function fallbackSentence(input: AuditSentenceInput, c: Context): Sentence {
  return words(c.actor, ` · ${input.action}`, input.target ? words(' · ', named(input.target)) : '');
}

/**
 * What happened, in one sentence: "Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027".
 * An event whose payload does not read as its action's schema (an old row, say) falls back to the
 * actor and the action name. Throws nothing.
 */
export function auditSentence(input: AuditSentenceInput, options: SentenceOptions = {}): Sentence {
  const c = contextOf(input, options);
  if (!hasAuditSentence(input.action)) return fallbackSentence(input, c);
  const payload = { entityType: input.entityType, before: input.before, after: input.after };
  try {
    const typed = SENTENCES[input.action] as Builder<AuditAction> | undefined;
    const sentence = typed ? typed(payload as Payload<AuditAction>, c) : PLANNING_SENTENCES[input.action]!(payload, c);
    if (sentence.some((part) => typeof part.text !== 'string' || part.text.includes('undefined')))
      return fallbackSentence(input, c);
    return sentence;
  } catch {
    return fallbackSentence(input, c);
  }
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** Ids in the payload that a sentence names, by the kind of record they are. */
const PAYLOAD_REFERENCES: Partial<Record<AuditAction, (before: unknown, after: unknown) => AuditRecordRef[]>> = {
  'invitation.accepted': (_, a) => [{ kind: 'user', id: field(a, 'userId') as string }],
  'team.member_added': (_, a) => [{ kind: 'user', id: field(a, 'userId') as string }],
  'team.member_removed': (b) => [{ kind: 'user', id: field(b, 'userId') as string }],
  'policy_area.updated': (_, a) => [{ kind: 'policy_area', id: field(a, 'parentId') as string }],
  'policy.updated': (_, a) => [{ kind: 'policy_area', id: field(a, 'areaId') as string }],
  'market.updated': (_, a) => [{ kind: 'market', id: field(a, 'parentId') as string }],
  'policy_review.requested': (_, a) =>
    ((field(a, 'reviewerIds') as unknown[] | undefined) ?? []).map((id) => ({ kind: 'user', id: id as string })),
  'policy_review.decided': (_, a) => [{ kind: 'user', id: field(a, 'reviewerId') as string }],
  'policy_review.withdrawn': (b) =>
    ((field(b, 'reviewerIds') as unknown[] | undefined) ?? []).map((id) => ({ kind: 'user', id: id as string })),
  'comment.created': (_, a) => [{ kind: 'policy', id: field(a, 'entityId') as string }],
  'comment.updated': (_, a) => [{ kind: 'policy', id: field(a, 'entityId') as string }],
  'comment.deleted': (b) => [{ kind: 'policy', id: field(b, 'entityId') as string }],
  'watch.started': (_, a) => [{ kind: 'user', id: field(a, 'userId') as string }],
  'watch.stopped': (b) => [{ kind: 'user', id: field(b, 'userId') as string }],
};

/** The target of an event, when it is a record the server can name. */
export function auditTargetRef(event: { entityType: string; entityId: string }): AuditRecordRef | null {
  return (AUDIT_RECORD_KINDS as readonly string[]).includes(event.entityType)
    ? { kind: event.entityType as AuditRecordKind, id: event.entityId }
    : null;
}

/**
 * The records an event's sentence names besides its target (the member added, the reviewers asked,
 * the policy commented on), for the server to name in one lookup per kind for a whole page.
 */
export function auditReferences(event: { action: string; before: unknown; after: unknown }): AuditRecordRef[] {
  const refs = hasAuditSentence(event.action) ? PAYLOAD_REFERENCES[event.action] : undefined;
  if (!refs) return [];
  try {
    return refs(event.before, event.after).filter((ref) => isId(ref.id));
  } catch {
    return [];
  }
}
