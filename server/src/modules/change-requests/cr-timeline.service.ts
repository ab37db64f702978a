import {
  CR_STAGES,
  CR_STAGE_LABELS,
  SIGN_OFF_DECISIONS,
  SIGN_OFF_ROLES,
  SIGN_OFF_ROLE_LABELS,
  type CrStage,
  type CrTimeline,
  type CrTimelineEvent,
  type SignOffDecision,
  type SignOffRole,
} from '@policyops/contracts';
import type { ChangeRequestEventsTable } from '../../db/change-requests-schema.js';
import type { DbScope } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import type { ChangeRequestsService } from './change-requests.service.js';
import * as repo from './change-requests.repository.js';
import type { SignOffRow } from './change-requests.repository.js';
import { eventsOf } from './cr-timeline.repository.js';

// The CR page's timeline: change_request_events (written by every CR write, including the launch work's
// own kinds) told as sentences, with the sign-offs' reset state beside each sign-off event.

const asStage = (value: string | null): CrStage | null =>
  value !== null && (CR_STAGES as readonly string[]).includes(value) ? (value as CrStage) : null;
const stageLabel = (value: string | null): string =>
  asStage(value) ? CR_STAGE_LABELS[value as CrStage] : (value ?? 'an unknown stage');

function parseDetail(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const pick = <T extends string>(list: readonly T[], value: unknown): T | null =>
  typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : null;

/** "draft_started" → "draft started". */
const words = (kind: string) =>
  kind
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase() || 'something happened';
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const DECISION_VERBS: Record<SignOffDecision, string> = {
  approve: 'approved',
  approve_with_conditions: 'approved with conditions',
  request_changes: 'requested changes',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Kinds the launch work writes (cr-launch.service.ts), told from their detail. */
function launchSentence(kind: string, detail: Record<string, unknown>, who: string): string | null {
  const label = text(detail.label);
  const version = label ? `version ${label}` : 'a new version';
  switch (kind) {
    case 'draft_started':
      return detail.policyCreated === true
        ? `${who} started the draft: a new policy with draft ${version}.`
        : `${who} started the draft of the proposed text (${version}).`;
    case 'text_edited':
      return `${who} edited the proposed text in the library editor.`;
    case 'conflicts_acknowledged': {
      const count = Array.isArray(detail.keys) ? detail.keys.length : 0;
      return count === 1
        ? `${who} acknowledged a conflict in the conflict check.`
        : count > 1
          ? `${who} acknowledged ${count} conflicts in the conflict check.`
          : `${who} acknowledged the conflict check.`;
    }
    case 'launch_published': {
      const scheduled = text(detail.scheduledFor);
      return scheduled
        ? `${who} published ${version}, scheduled to take effect on ${scheduled}.`
        : `${who} published ${version}${text(detail.effectiveDate) ? `, in force from ${String(detail.effectiveDate)}` : ''}.`;
    }
    case 'launched':
      return detail.scheduled === true
        ? 'The scheduled launch took effect: the new version is in force.'
        : `${who} launched it: the new version is in force.`;
    case 'review_completed':
      return typeof detail.offsetDays === 'number'
        ? `${who} completed the ${detail.offsetDays}-day post-launch review.`
        : `${who} completed a post-launch review.`;
    default:
      return null;
  }
}

export function timelineSentence(
  event: Pick<ChangeRequestEventsTable, 'kind' | 'from_stage' | 'to_stage'>,
  detail: Record<string, unknown>,
  actorName: string | null,
): string {
  const who = actorName ?? 'Someone';
  const role = pick(SIGN_OFF_ROLES, detail.role);
  const decision = pick(SIGN_OFF_DECISIONS, detail.decision);
  switch (event.kind) {
    case 'created':
      return `${who} opened this change request in ${stageLabel(event.to_stage)}.`;
    case 'edited':
      return detail.textChanged === true
        ? `${who} edited the change request, including its proposed text.`
        : `${who} edited the change request.`;
    case 'moved':
      return `${who} moved it from ${stageLabel(event.from_stage)} to ${stageLabel(event.to_stage)}.`;
    case 'signed_off':
      return role && decision
        ? `${who} ${DECISION_VERBS[decision]} as ${SIGN_OFF_ROLE_LABELS[role]}.`
        : `${who} signed off.`;
    case 'sign_offs_reset': {
      const roles = Array.isArray(detail.roles)
        ? detail.roles.map((r) => pick(SIGN_OFF_ROLES, r)).filter((r): r is SignOffRole => r !== null)
        : [];
      const named = roles.map((r) => SIGN_OFF_ROLE_LABELS[r]).join(', ');
      return named
        ? `${who}'s edit reset the sign-off of ${named}; ${roles.length === 1 ? 'it needs' : 'they need'} to sign again.`
        : `${who}'s edit reset earlier sign-offs.`;
    }
    case 'placed':
      return detail.afterId === null
        ? `${who} placed it by hand at the top of the intake queue.`
        : `${who} placed it by hand in the intake queue.`;
    case 'placement_lapsed':
      return 'Its place in the intake queue lapsed: the change request it stood below left the queue.';
    default: {
      const known = launchSentence(event.kind, detail, who);
      if (known) return known;
      // A kind this file does not know yet still reads as a sentence.
      return actorName ? `${actorName}: ${words(event.kind)}.` : `${capitalised(words(event.kind))}.`;
    }
  }
}

export class CrTimelineService {
  constructor(
    private readonly db: DbScope,
    private readonly changeRequests: ChangeRequestsService,
  ) {}

  /** Throws FORBIDDEN, NOT_FOUND (also for a CR on a restricted policy the caller may not see). */
  async timeline(actor: Actor, id: string): Promise<CrTimeline> {
    authorize(actor, 'change_requests.read');
    await this.changeRequests.load(this.db, actor, id);
    const events = await eventsOf(this.db, id);
    const signOffs = await repo.signOffsOf(this.db, [id]);
    const names = await repo.peopleNames(
      this.db,
      events.map((e) => e.actor_id).filter((a): a is string => a !== null),
    );
    return { items: events.map((event) => this.item(event, names, signOffs)) };
  }

  private item(event: ChangeRequestEventsTable, names: Map<string, string>, signOffs: SignOffRow[]): CrTimelineEvent {
    const detail = parseDetail(event.detail);
    const name = event.actor_id ? (names.get(event.actor_id) ?? null) : null;
    const role = pick(SIGN_OFF_ROLES, detail.role);
    const decision = pick(SIGN_OFF_DECISIONS, detail.decision);
    // The sign-off this event recorded: same person and role, the latest given at or before it.
    const signOff =
      event.kind === 'signed_off' && role
        ? signOffs.filter((s) => s.role === role && s.person_id === event.actor_id && s.at <= event.at).at(-1)
        : undefined;
    return {
      id: event.id,
      kind: event.kind,
      at: event.at,
      actor: event.actor_id && name !== null ? { id: event.actor_id, name } : null,
      sentence: timelineSentence(event, detail, name),
      reason: event.reason && event.reason.trim() !== '' ? event.reason : null,
      fromStage: asStage(event.from_stage),
      toStage: asStage(event.to_stage),
      role,
      decision,
      resetAt: signOff?.reset_at ?? null,
    };
  }
}
