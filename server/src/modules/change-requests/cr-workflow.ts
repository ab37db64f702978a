// The change-request workflow (issue 10, item 5), as pure rules over the workspace configuration.
//
//  1. Path. The configured stages in order, intake first, closed last. A lane passes through the
//     stages that list it; the fast lane (editorial) skips the others.
//  2. Moves. Forward one stage along the CR's lane; back to Drafting from any stage after Drafting and
//     before Launched; to Rejected or Withdrawn from any stage before Launched. Launched and later only
//     go forward (the text is live: a further change is a new CR). Closed, Rejected and Withdrawn are
//     final. Going back, rejecting and withdrawing need a reason, for the timeline.
//  3. Leaving a stage forward needs its required fields and the approvals of its sign-off roles. Only
//     the latest sign-off of each role counts, and only approve or approve with conditions approve.
//     Regional is asked only when specific markets are affected. In the fast lane every stage asks no
//     sign-off except Approval, which asks the policy owner alone.
//  4. Sequential sign-offs: each role signs after the role before it in the list; an approval given
//     before an earlier role's approval is an order violation, and the move names it.
//  5. "Request changes" returns the CR to Drafting (from a stage after Drafting, before Launched).
//  6. An edit of the proposed text resets every approval given up to then, with conditions or not:
//     each approved the old words. Adding markets resets Regional's approval (it covered other markets).
//     Requests for changes are not reset: the edit is their answer (cr-sign-offs.ts).
//  7. Nobody approves text they edited last, whatever their role; asking for changes is allowed.
//  8. Overdue: more calendar days in the stage than its target (the day it entered is day 0).
//  9. Leaving Approval forward needs an effective date (whatever the workspace requires) and every
//     current launch conflict acknowledged (cr-conflicts.ts finds them; a conflict that appears or
//     moves after an acknowledgement has a new key and must be acknowledged again).
// 10. Launched is reached only by launching (POST …/launch), never by a plain move.

import {
  APPROVING_DECISIONS,
  CR_FIELD_LABELS,
  CR_FINAL_STAGES,
  CR_STAGES,
  CR_STAGE_LABELS,
  SIGN_OFF_ROLE_LABELS,
  addDays,
  daysBetween,
  type CrBlockers,
  type CrField,
  type CrLane,
  type CrStage,
  type CrWorkflowConfig,
  type SignOffDecision,
  type SignOffOrder,
  type SignOffRole,
} from '@policyops/contracts';
import { listInWords } from './cr-lanes.js';

export interface CrSignOffState {
  id: string;
  role: SignOffRole;
  decision: SignOffDecision;
  personId: string;
  /** ISO timestamp. */
  at: string;
}

export interface CrWorkflowState {
  stage: CrStage;
  lane: CrLane;
  fieldsPresent: readonly CrField[];
  /** Sign-offs that still count (reset ones left out), in any order. */
  signOffs: readonly CrSignOffState[];
  marketIds: readonly string[];
  lastTextEditorId: string | null;
  /** Current launch conflicts not acknowledged yet (rule 9); only asked when leaving Approval. */
  unacknowledgedConflicts?: readonly { key: string; title: string }[];
}

export type CrMoveKind = 'forward' | 'back_to_drafting' | 'reject' | 'withdraw';

export type CrTransitionCheck =
  | { allowed: true; kind: CrMoveKind }
  | { allowed: false; code: 'CR_STAGE_FINAL' | 'CR_MOVE_NOT_ALLOWED'; message: string }
  | { allowed: false; code: 'CR_REQUIREMENTS_MISSING'; kind: CrMoveKind; blockers: CrBlockers };

const label = (stage: CrStage) => CR_STAGE_LABELS[stage];

/** The stages a lane passes through, in order. */
export function lanePath(config: CrWorkflowConfig, lane: CrLane): CrStage[] {
  return config.stages.filter((stage) => stage.lanes.includes(lane)).map((stage) => stage.key);
}

/**
 * Where a stage stands on the configured path. A stage the workspace has since removed stands just
 * before the configured stage that follows it in the default order, so CRs left in it can still move.
 */
function position(config: CrWorkflowConfig, stage: CrStage): number {
  const at = config.stages.findIndex((s) => s.key === stage);
  if (at >= 0) return at;
  const next = config.stages.findIndex((s) => CR_STAGES.indexOf(s.key) > CR_STAGES.indexOf(stage));
  return (next < 0 ? config.stages.length : next) - 0.5;
}

/** The next stage on the lane after `stage` (which may be off the lane after a change of type). */
export function nextStage(config: CrWorkflowConfig, stage: CrStage, lane: CrLane): CrStage | null {
  const from = position(config, stage);
  return config.stages.find((s, index) => index > from && s.lanes.includes(lane))?.key ?? null;
}

/** Whether the CR's proposed text is not live yet: the stages before Launched. */
export function isBeforeLaunch(config: CrWorkflowConfig, stage: CrStage): boolean {
  return !CR_FINAL_STAGES.includes(stage) && position(config, stage) < position(config, 'launched');
}

function isAfterDrafting(config: CrWorkflowConfig, stage: CrStage): boolean {
  return position(config, stage) > position(config, 'drafting');
}

/** The stage's target duration in days; null for a stage without one (and rejected, withdrawn). */
export function stageTargetDays(config: CrWorkflowConfig, stage: CrStage): number | null {
  return config.stages.find((s) => s.key === stage)?.targetDays ?? null;
}

/** The approvals needed before leaving `stage`, for this lane and these markets. */
export function stageSignOffs(
  config: CrWorkflowConfig,
  stage: CrStage,
  lane: CrLane,
  marketIds: readonly string[],
): { roles: SignOffRole[]; order: SignOffOrder } {
  if (lane === 'fast') return { roles: stage === 'approval' ? ['policy_owner'] : [], order: 'parallel' };
  const signOffs = config.stages.find((s) => s.key === stage)?.signOffs ?? { roles: [], order: 'parallel' };
  const roles = signOffs.roles.filter((role) => role !== 'regional' || marketIds.length > 0);
  return { roles, order: signOffs.order };
}

/** Every role a CR needs on its way through its lane, in path order (shown on the CR page). */
export function requiredSignOffs(config: CrWorkflowConfig, lane: CrLane, marketIds: readonly string[]): SignOffRole[] {
  return lanePath(config, lane).flatMap((stage) => stageSignOffs(config, stage, lane, marketIds).roles);
}

/** The latest sign-off of each role. */
export function latestSignOffs(signOffs: readonly CrSignOffState[]): Map<SignOffRole, CrSignOffState> {
  const latest = new Map<SignOffRole, CrSignOffState>();
  for (const signOff of signOffs) {
    const seen = latest.get(signOff.role);
    if (!seen || seen.at <= signOff.at) latest.set(signOff.role, signOff);
  }
  return latest;
}

function approvalsAt(signOffs: readonly CrSignOffState[]): Map<SignOffRole, string> {
  const approved = new Map<SignOffRole, string>();
  for (const [role, signOff] of latestSignOffs(signOffs))
    if (APPROVING_DECISIONS.includes(signOff.decision)) approved.set(role, signOff.at);
  return approved;
}

/** Roles whose approval is missing, and sequential approvals given before the role they wait on. */
export function signOffGaps(
  roles: readonly SignOffRole[],
  order: SignOffOrder,
  signOffs: readonly CrSignOffState[],
): { missing: SignOffRole[]; orderViolations: { role: SignOffRole; before: SignOffRole }[] } {
  const approved = approvalsAt(signOffs);
  const missing = roles.filter((role) => !approved.has(role));
  const orderViolations: { role: SignOffRole; before: SignOffRole }[] = [];
  if (order === 'sequential')
    roles.forEach((role, index) => {
      const at = approved.get(role);
      if (at === undefined) return;
      const earlier = roles.slice(0, index).find((prior) => (approved.get(prior) ?? '\uffff') > at);
      if (earlier) orderViolations.push({ role, before: earlier });
    });
  return { missing, orderViolations };
}

/**
 * Roles that may approve now at the CR's stage: every missing one in parallel; in sequence the first
 * one missing or out of order. Asking for changes is open to every role of the stage at any time.
 */
export function rolesToSignNow(config: CrWorkflowConfig, state: CrWorkflowState): SignOffRole[] {
  if (!isBeforeLaunch(config, state.stage)) return [];
  const { roles, order } = stageSignOffs(config, state.stage, state.lane, state.marketIds);
  const { missing, orderViolations } = signOffGaps(roles, order, state.signOffs);
  const pending = roles.filter((role) => missing.includes(role) || orderViolations.some((v) => v.role === role));
  return order === 'sequential' ? pending.slice(0, 1) : pending;
}

type BlockerParts = Omit<CrBlockers, 'message'> & { conflictTitles: string[] };

function blockersMessage(from: CrStage, blockers: BlockerParts): string {
  const parts: string[] = [];
  if (blockers.fields.length > 0)
    parts.push(`fill in ${listInWords(blockers.fields.map((field) => CR_FIELD_LABELS[field]))}`);
  if (blockers.signOffs.length > 0)
    parts.push(`sign-off missing from ${listInWords(blockers.signOffs.map((role) => SIGN_OFF_ROLE_LABELS[role]))}`);
  for (const { role, before } of blockers.orderViolations)
    parts.push(
      `${SIGN_OFF_ROLE_LABELS[role]} signed off before ${SIGN_OFF_ROLE_LABELS[before]} and must sign off again after`,
    );
  if (blockers.conflicts.length > 0)
    parts.push(
      `acknowledge the launch conflict${blockers.conflicts.length === 1 ? '' : 's'} with ${listInWords(blockers.conflictTitles)}`,
    );
  if (blockers.reasonMissing) parts.push('give a reason');
  return `To leave ${label(from)}: ${parts.join('; ')}`;
}

function refused(kind: CrMoveKind, from: CrStage, parts: BlockerParts): CrTransitionCheck {
  const { conflictTitles, ...blockers } = parts;
  const empty =
    blockers.fields.length + blockers.signOffs.length + blockers.orderViolations.length + blockers.conflicts.length ===
      0 && !blockers.reasonMissing;
  if (empty) return { allowed: true, kind };
  return {
    allowed: false,
    code: 'CR_REQUIREMENTS_MISSING',
    kind,
    blockers: { ...blockers, message: blockersMessage(from, { ...blockers, conflictTitles }) },
  };
}

function moveKind(config: CrWorkflowConfig, state: CrWorkflowState, to: CrStage): CrMoveKind | null {
  const beforeLaunch = isBeforeLaunch(config, state.stage);
  if (to === 'rejected' && beforeLaunch) return 'reject';
  if (to === 'withdrawn' && beforeLaunch) return 'withdraw';
  if (to === nextStage(config, state.stage, state.lane)) return 'forward';
  if (to === 'drafting' && beforeLaunch && isAfterDrafting(config, state.stage)) return 'back_to_drafting';
  return null;
}

/** The stages a CR may be sent to from where it is, whatever stands in the way yet. */
export function reachableStages(config: CrWorkflowConfig, state: CrWorkflowState): CrStage[] {
  const candidates: CrStage[] = [nextStage(config, state.stage, state.lane), 'drafting', 'rejected', 'withdrawn']
    .filter((stage): stage is CrStage => stage !== null)
    .filter((stage, index, all) => all.indexOf(stage) === index);
  return CR_FINAL_STAGES.includes(state.stage) ? [] : candidates.filter((to) => moveKind(config, state, to) !== null);
}

/**
 * May the CR move to `to`? Refusals carry the code for the 409 (CR_STAGE_FINAL, CR_MOVE_NOT_ALLOWED,
 * CR_REQUIREMENTS_MISSING) and, for the last, every missing field, sign-off and order violation.
 */
export function checkTransition(
  config: CrWorkflowConfig,
  state: CrWorkflowState,
  to: CrStage,
  reason?: string,
): CrTransitionCheck {
  if (CR_FINAL_STAGES.includes(state.stage))
    return { allowed: false, code: 'CR_STAGE_FINAL', message: `${label(state.stage)} is final: it cannot move` };
  const kind = moveKind(config, state, to);
  if (kind === null) {
    const options = reachableStages(config, state).map(label);
    return {
      allowed: false,
      code: 'CR_MOVE_NOT_ALLOWED',
      message: `${label(state.stage)} cannot move to ${label(to)}; it can move to ${listInWords(options)}`,
    };
  }
  const reasonMissing = kind !== 'forward' && !reason?.trim();
  if (kind !== 'forward')
    return refused(kind, state.stage, {
      fields: [],
      signOffs: [],
      orderViolations: [],
      conflicts: [],
      conflictTitles: [],
      reasonMissing,
    });
  const leavingApproval = state.stage === 'approval';
  const required: CrField[] = [
    ...(config.stages.find((s) => s.key === state.stage)?.requiredFields ?? []),
    ...(leavingApproval ? (['effectiveDate'] as const) : []),
  ];
  const fields = required.filter((field, i) => required.indexOf(field) === i && !state.fieldsPresent.includes(field));
  const { roles, order } = stageSignOffs(config, state.stage, state.lane, state.marketIds);
  const gaps = signOffGaps(roles, order, state.signOffs);
  const conflicts = leavingApproval ? (state.unacknowledgedConflicts ?? []) : [];
  return refused(kind, state.stage, {
    fields,
    signOffs: gaps.missing,
    orderViolations: gaps.orderViolations,
    conflicts: conflicts.map((c) => c.key),
    conflictTitles: conflicts.map((c) => c.title),
    reasonMissing: false,
  });
}

/** The stage launching starts from: the one right before Launched on the CR's lane (Enablement by default). */
export function isLaunchStage(config: CrWorkflowConfig, stage: CrStage, lane: CrLane): boolean {
  return nextStage(config, stage, lane) === 'launched';
}

/** Where a sign-off sends the CR: "request changes" returns it to Drafting; others leave it. */
export function stageAfterSignOff(config: CrWorkflowConfig, stage: CrStage, decision: SignOffDecision): CrStage | null {
  if (decision !== 'request_changes') return null;
  return isBeforeLaunch(config, stage) && isAfterDrafting(config, stage) ? 'drafting' : null;
}

/** The last calendar day a CR may spend in its stage within the target (null: no target). */
export function stageDueOn(stageEnteredAt: string, targetDays: number | null): string | null {
  return targetDays === null ? null : addDays(stageEnteredAt.slice(0, 10), targetDays);
}

/** In the stage for more calendar days (UTC) than its target; the day it entered counts as day 0. */
export function overdue(stageEnteredAt: string, targetDays: number | null, today: string): boolean {
  return targetDays !== null && daysBetween(stageEnteredAt.slice(0, 10), today) > targetDays;
}
