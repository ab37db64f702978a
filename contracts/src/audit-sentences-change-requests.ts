// Sentences for the change-request audit actions (read loosely, like the other planning sentences).
import type { LooseBuilder } from './audit-sentences-planning.js';
import {
  CR_STAGE_LABELS,
  SIGN_OFF_DECISION_LABELS,
  SIGN_OFF_ROLE_LABELS,
  type CrStage,
  type SignOffDecision,
  type SignOffRole,
} from './change-requests-vocabulary.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const cr = (value: unknown) => `CR-${String(get(value, 'number'))}`;
const stage = (value: unknown) => CR_STAGE_LABELS[get(value, 'stage') as CrStage] ?? 'an unknown stage';
const because = (value: unknown) => {
  const reason = get(value, 'reason');
  return typeof reason === 'string' && reason !== '' ? ` (${reason})` : '';
};

export const CHANGE_REQUEST_SENTENCES: Record<string, LooseBuilder> = {
  'change_request.created': (p, c) =>
    words(c.actor, ` opened the change request ${cr(p.after)} "${String(get(p.after, 'title'))}"`),
  'change_request.updated': (p, c) => {
    const reset = get(p.after, 'signOffsReset');
    const roles = Array.isArray(reset) ? reset.map((role) => SIGN_OFF_ROLE_LABELS[role as SignOffRole]) : [];
    return words(
      c.actor,
      ` edited the change request ${cr(p.after)}`,
      roles.length > 0 ? `, resetting the sign-off of ${roles.join(', ')}` : '',
    );
  },
  'change_request.moved': (p, c) =>
    words(
      c.actor,
      ` moved the change request ${cr(p.after)} from ${stage(p.before)} to ${stage(p.after)}${because(p.after)}`,
    ),
  'change_request.signed_off': (p, c) => {
    const role = SIGN_OFF_ROLE_LABELS[get(p.after, 'role') as SignOffRole];
    const decision = SIGN_OFF_DECISION_LABELS[get(p.after, 'decision') as SignOffDecision].toLowerCase();
    return words(c.actor, ` signed off on the change request ${cr(p.after)} for ${role}: ${decision}`);
  },
  'change_request.placed': (p, c) =>
    get(p.after, 'afterId') === null
      ? words(c.actor, ` placed the change request ${cr(p.after)} at the top of the intake queue${because(p.after)}`)
      : words(c.actor, ` placed the change request ${cr(p.after)} by hand in the intake queue${because(p.after)}`),
  'change_request_settings.updated': (_p, c) =>
    words(c.actor, ' changed the change-request scoring and workflow settings'),
  'change_request.draft_started': (p, c) =>
    words(
      c.actor,
      get(p.after, 'policyCreated') === true
        ? ` created the policy and started the draft ${String(get(p.after, 'draftLabel'))} for the change request ${cr(p.after)}`
        : ` started the draft ${String(get(p.after, 'draftLabel'))} for the change request ${cr(p.after)}`,
    ),
  'change_request.text_edited': (p, c) => {
    const reset = get(p.after, 'signOffsReset');
    const roles = Array.isArray(reset) ? reset.map((role) => SIGN_OFF_ROLE_LABELS[role as SignOffRole]) : [];
    return words(
      c.actor,
      ` edited the proposed text of the change request ${cr(p.after)} in the library`,
      roles.length > 0 ? `, resetting the sign-off of ${roles.join(', ')}` : '',
    );
  },
  'change_request.conflicts_acknowledged': (p, c) => {
    const keys = get(p.after, 'keys');
    const n = Array.isArray(keys) ? keys.length : 0;
    return words(
      c.actor,
      ` acknowledged ${n} launch conflict${n === 1 ? '' : 's'} of the change request ${cr(p.after)} for ${String(get(p.after, 'effectiveDate'))}`,
    );
  },
  'change_request.launch_published': (p, c) => {
    const scheduled = get(p.after, 'scheduledFor');
    return words(
      c.actor,
      ` launched the change request ${cr(p.after)} as version ${String(get(p.after, 'versionLabel'))}, effective ${String(get(p.after, 'effectiveDate'))}`,
      typeof scheduled === 'string' ? ' (scheduled)' : '',
    );
  },
  'change_request.launched': (p, c) =>
    get(p.after, 'scheduled') === true
      ? words(c.actor, ` moved the change request ${cr(p.after)} to Launched on its scheduled date`)
      : words(c.actor, ` moved the change request ${cr(p.after)} to Launched`),
  'change_request.review_completed': (p, c) =>
    words(
      c.actor,
      ` completed the ${String(get(p.after, 'offsetDays'))}-day post-launch review of the change request ${cr(p.after)}`,
    ),
};
