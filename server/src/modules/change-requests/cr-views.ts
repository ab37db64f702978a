// A change request as the API shows it: the stored row resolved through the pure rules (score, lane,
// moves and their blockers, overdue) for one caller (abilities). Loads in batches so a list costs a
// fixed number of queries.

import {
  CR_FINAL_STAGES,
  type ChangeRequest,
  type CrLaunchInfo,
  type CrPostLaunchReview,
  type MarketDate,
  type CrField,
  type CrFreezeWindow,
  type CrImpact,
  type CrLane,
  type CrScoringInputs,
  type CrScoringModel,
  type CrSource,
  type CrStage,
  type CrType,
  type CrWorkflowConfig,
  type SignOffDecision,
  type SignOffRole,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { viewerOf } from '../policies/policy-access.js';
import { crLane } from './cr-lanes.js';
import { crScore, rankQueue } from './cr-scoring.js';
import { mayApprove } from './cr-sign-offs.js';
import {
  checkTransition,
  isBeforeLaunch,
  isLaunchStage,
  overdue,
  reachableStages,
  requiredSignOffs,
  rolesToSignNow,
  stageDueOn,
  stageTargetDays,
  type CrSignOffState,
  type CrWorkflowState,
} from './cr-workflow.js';
import * as repo from './change-requests.repository.js';
import type { CrRow, SignOffRow } from './change-requests.repository.js';
import * as launchRepo from './cr-launch.repository.js';
import type { LaunchRow, ReviewRow } from './cr-launch.repository.js';
import { unacknowledgedOf } from './cr-conflict-check.js';

export interface CrSettingsState {
  scoringModel: CrScoringModel;
  workflow: CrWorkflowConfig;
  conflictWindowDays: number;
  freezeWindows: CrFreezeWindow[];
  version: number;
  updatedAt: string | null;
}

export const impactOf = (row: CrRow): CrImpact => JSON.parse(row.impact) as CrImpact;

export function scoringOf(row: CrRow): CrScoringInputs | null {
  if (row.severity === null || row.reach === null || row.urgency === null || row.effort === null) return null;
  return { severity: row.severity, reach: row.reach, urgency: row.urgency, effort: row.effort };
}

/** Which of the fields a stage may require this CR has. */
export function fieldsPresent(row: CrRow): CrField[] {
  const impact = impactOf(row);
  const present: Record<CrField, boolean> = {
    problemStatement: row.problem_statement.trim() !== '',
    proposal: row.proposal.trim() !== '',
    targetPolicy: row.target_policy_id !== null,
    proposedText: row.draft_version_id !== null,
    scoring: scoringOf(row) !== null,
    surfaces: impact.surfaceIds.length > 0,
    riskLevel: impact.riskLevel !== null,
    expectedVolumeChange: impact.expectedVolumeChangePct !== null,
    moderationWorkload: impact.moderationWorkload !== null,
    owner: true,
    dueDate: row.due_date !== null,
    effectiveDate: row.effective_date !== null,
  };
  return (Object.keys(present) as CrField[]).filter((field) => present[field]);
}

export const signOffState = (s: SignOffRow): CrSignOffState => ({
  id: s.id,
  role: s.role as SignOffRole,
  decision: s.decision as SignOffDecision,
  personId: s.person_id,
  at: s.at,
});

/** The workflow state of a CR; `signOffs` are all of its rows, reset ones are left out here. */
export function workflowState(
  row: CrRow,
  signOffs: readonly SignOffRow[],
  unacknowledgedConflicts: readonly { key: string; title: string }[] = [],
): CrWorkflowState {
  return {
    unacknowledgedConflicts,
    stage: row.stage as CrStage,
    lane: row.lane as CrLane,
    fieldsPresent: fieldsPresent(row),
    signOffs: signOffs.filter((s) => s.reset_at === null).map(signOffState),
    marketIds: impactOf(row).marketIds,
    lastTextEditorId: row.last_text_editor_id,
  };
}

export function laneOf(config: CrWorkflowConfig, type: CrType, marketIds: readonly string[]) {
  return crLane(type, requiredSignOffs(config, 'full', marketIds));
}

/** The sign-off roles a person holds for a CR (see DECISIONS: admins hold all). */
export interface Entitlements {
  admin: boolean;
  functions: Set<string>;
  ownedPolicies: Set<string>;
  workspacePolicyOwner: boolean;
}

export async function entitlementsOf(db: DbScope, actor: Actor): Promise<Entitlements> {
  return {
    admin: actor.role === 'admin',
    functions: await repo.teamFunctionsOf(db, actor.id),
    ownedPolicies: await repo.ownedPolicyIds(db, actor.id),
    workspacePolicyOwner: actor.role === 'policy_owner',
  };
}

export function holdsRole(e: Entitlements, row: CrRow, role: SignOffRole): boolean {
  if (e.admin) return true;
  if (role === 'policy_owner')
    return row.target_policy_id === null ? e.workspacePolicyOwner : e.ownedPolicies.has(row.target_policy_id);
  return e.functions.has(role);
}

export interface ViewContext {
  actor: Actor;
  settings: CrSettingsState;
  today: string;
  canManage: boolean;
  entitlements: Entitlements;
  signOffs: Map<string, SignOffRow[]>;
  names: Map<string, string>;
  policies: Map<string, { id: string; slug: string; title: string }>;
  links: Map<string, ChangeRequest['links']>;
  ranks: Map<string, number>;
  launches: Map<string, LaunchRow>;
  launchMarketDates: Map<string, MarketDate[]>;
  reviews: Map<string, ReviewRow[]>;
  /** Unacknowledged conflicts of the CRs in Approval (the only stage that asks for them). */
  unacknowledged: Map<string, { key: string; title: string }[]>;
}

/** Loads what the views of these rows need, in a fixed number of queries. */
/** Per-market dates of library versions, read through the library (PolicyVersionsService.marketDatesOf). */
export type MarketDatesOf = (db: DbScope, versionIds: string[]) => Promise<Map<string, MarketDate[]>>;

export async function loadViewContext(
  db: DbScope,
  actor: Actor,
  rows: CrRow[],
  settings: CrSettingsState,
  today: string,
  canManage: boolean,
  marketDatesOf: MarketDatesOf,
): Promise<ViewContext> {
  const ids = rows.map((r) => r.id);
  const signOffRows = await repo.signOffsOf(db, ids);
  const signOffs = new Map<string, SignOffRow[]>();
  for (const s of signOffRows) signOffs.set(s.change_request_id, [...(signOffs.get(s.change_request_id) ?? []), s]);
  const people = rows.flatMap((r) => [r.owner_id, r.placement_by, r.last_text_editor_id]);
  const names = await repo.peopleNames(
    db,
    people.filter((id): id is string => id !== null),
  );
  const policies = await repo.policiesByIds(
    db,
    rows.map((r) => r.target_policy_id).filter((id): id is string => id !== null),
  );
  const links = new Map<string, ChangeRequest['links']>();
  for (const id of ids) links.set(id, { initiativeIds: [], changeRequestIds: [], decisions: [] });
  for (const link of await repo.linksOf(db, ids)) {
    const entry = links.get(link.change_request_id)!;
    if (link.kind === 'initiative') entry.initiativeIds.push(link.target_id!);
    if (link.kind === 'change_request') entry.changeRequestIds.push(link.target_id!);
    if (link.kind === 'decision') entry.decisions.push({ title: link.title!, url: link.url! });
  }
  const ranks = new Map<string, number>();
  if (rows.some((r) => r.stage === 'intake')) {
    const queue = await repo.inStage(db, viewerOf(actor), 'intake');
    for (const entry of rankQueue(queueEntries(queue, settings.scoringModel)).ranked) ranks.set(entry.id, entry.rank);
  }
  const entitlements = await entitlementsOf(db, actor);
  const launches = new Map((await launchRepo.launchesOf(db, ids)).map((l) => [l.change_request_id, l]));
  const launchMarketDates = await marketDatesOf(
    db,
    [...launches.values()].map((l) => l.policy_version_id),
  );
  const reviews = new Map<string, ReviewRow[]>();
  for (const r of await launchRepo.reviewsOf(db, ids))
    reviews.set(r.change_request_id, [...(reviews.get(r.change_request_id) ?? []), r]);
  const unacknowledged = new Map<string, { key: string; title: string }[]>();
  for (const row of rows)
    if (row.stage === 'approval')
      unacknowledged.set(row.id, await unacknowledgedOf(db, viewerOf(actor), row, settings));
  return {
    actor,
    settings,
    today,
    canManage,
    entitlements,
    signOffs,
    names,
    policies,
    links,
    ranks,
    launches,
    launchMarketDates,
    reviews,
    unacknowledged,
  };
}

/** A post-launch review as the API shows it; `today` decides due or overdue. */
export function reviewView(r: ReviewRow, today: string): CrPostLaunchReview {
  return {
    id: r.id,
    offsetDays: r.offset_days,
    dueOn: r.due_on,
    status: r.completed_at !== null ? 'done' : r.due_on < today ? 'overdue' : 'due',
    notes: r.notes,
    completedBy: r.completed_by === null ? null : { id: r.completed_by, name: r.completed_by_name ?? 'Deleted user' },
    completedAt: r.completed_at,
    metrics: {
      note: 'Policy performance figures around the launch are filled in by the metrics module; none are shown until then',
      items: [],
    },
    version: r.version,
  };
}

export function launchView(l: LaunchRow, marketDates: MarketDate[]): CrLaunchInfo {
  return {
    versionId: l.policy_version_id,
    versionLabel: l.version_label,
    effectiveDate: l.effective_date,
    marketDates,
    launchedAt: l.launched_at,
    scheduledFor: l.scheduled_for,
  };
}

export function queueEntries(rows: CrRow[], model: CrScoringModel) {
  return rows.map((row) => ({
    id: row.id,
    row,
    score: crScore(scoringOf(row), model).value,
    pin: row.placement_at === null ? null : { afterId: row.placement_after_id, at: row.placement_at },
  }));
}

const person = (ctx: ViewContext, id: string | null) =>
  id === null ? null : { id, name: ctx.names.get(id) ?? 'Deleted user' };

export function toView(row: CrRow, ctx: ViewContext): ChangeRequest {
  const config = ctx.settings.workflow;
  const signOffRows = ctx.signOffs.get(row.id) ?? [];
  const state = workflowState(row, signOffRows, ctx.unacknowledged.get(row.id) ?? []);
  const impact = impactOf(row);
  const launch = ctx.launches.get(row.id) ?? null;
  const stage = row.stage as CrStage;
  const target = stageTargetDays(config, stage);
  const lane = laneOf(config, row.type as CrType, impact.marketIds);
  const final = CR_FINAL_STAGES.includes(stage);
  const approvable = mayApprove(ctx.actor, { lastTextEditorId: row.last_text_editor_id }).allowed;
  // Launched is reached by launching only (rule 10): its move is never allowed, its blockers still say
  // what stands in the way of launching. A scheduled launch waits for its date: no move at all.
  const waiting = launch !== null && launch.launched_at === null;
  const moves = (waiting ? [] : reachableStages(config, state)).map((to) => {
    const check = checkTransition(config, state, to);
    return {
      to,
      allowed: check.allowed && to !== 'launched',
      blockers: !check.allowed && check.code === 'CR_REQUIREMENTS_MISSING' ? check.blockers : null,
    };
  });
  const launchable =
    launch === null &&
    row.draft_version_id !== null &&
    isLaunchStage(config, stage, row.lane as CrLane) &&
    checkTransition(config, state, 'launched').allowed;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    type: row.type as CrType,
    source: row.source as CrSource,
    targetPolicy: row.target_policy_id ? (ctx.policies.get(row.target_policy_id) ?? null) : null,
    problemStatement: row.problem_statement,
    proposal: row.proposal,
    draftVersionId: row.draft_version_id,
    lastTextEditor: person(ctx, row.last_text_editor_id),
    impact,
    scoring: scoringOf(row),
    score: crScore(scoringOf(row), ctx.settings.scoringModel),
    rank: ctx.ranks.get(row.id) ?? null,
    manualPlacement:
      row.placement_at === null
        ? null
        : {
            afterId: row.placement_after_id,
            reason: row.placement_reason ?? '',
            by: person(ctx, row.placement_by),
            at: row.placement_at,
          },
    lane: row.lane as CrLane,
    laneReason: lane.reason,
    stage,
    stageEnteredAt: row.stage_entered_at,
    stageDueOn: stageDueOn(row.stage_entered_at, target),
    overdue: !final && overdue(row.stage_entered_at, target, ctx.today),
    requiredSignOffs: requiredSignOffs(config, row.lane as CrLane, impact.marketIds),
    signOffs: signOffRows.map((s) => ({
      id: s.id,
      role: s.role as SignOffRole,
      decision: s.decision as SignOffDecision,
      comment: s.comment,
      person: { id: s.person_id, name: s.person_name ?? 'Deleted user' },
      at: s.at,
      resetAt: s.reset_at,
      resetReason: s.reset_reason,
    })),
    moves,
    owner: person(ctx, row.owner_id)!,
    dueDate: row.due_date,
    effectiveDate: row.effective_date,
    links: ctx.links.get(row.id) ?? { initiativeIds: [], changeRequestIds: [], decisions: [] },
    launch: launch ? launchView(launch, ctx.launchMarketDates.get(launch.policy_version_id) ?? []) : null,
    scheduled: launch !== null && launch.launched_at === null,
    postLaunchReviews: (ctx.reviews.get(row.id) ?? []).map((r) => reviewView(r, ctx.today)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: {
      update: ctx.canManage && !final,
      editText: ctx.canManage && isBeforeLaunch(config, stage) && launch === null,
      transition: ctx.canManage && !final && !waiting,
      signOffAs: approvable
        ? rolesToSignNow(config, state).filter((role) => holdsRole(ctx.entitlements, row, role))
        : [],
      reorder: ctx.canManage && stage === 'intake',
      startDraft: ctx.canManage && row.draft_version_id === null && launch === null && isBeforeLaunch(config, stage),
      launch: ctx.canManage && launchable,
      acknowledgeConflicts: ctx.canManage && launch === null && isBeforeLaunch(config, stage),
      completeReviews: ctx.canManage,
    },
  };
}
