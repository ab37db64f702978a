// A change request as the API shows it: the stored row resolved through the pure rules (score, lane,
// moves and their blockers, overdue) for one caller (abilities). Loads in batches so a list costs a
// fixed number of queries.

import {
  CR_FINAL_STAGES,
  type ChangeRequest,
  type CrField,
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

export interface CrSettingsState {
  scoringModel: CrScoringModel;
  workflow: CrWorkflowConfig;
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
export function workflowState(row: CrRow, signOffs: readonly SignOffRow[]): CrWorkflowState {
  return {
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
}

/** Loads what the views of these rows need, in a fixed number of queries. */
export async function loadViewContext(
  db: DbScope,
  actor: Actor,
  rows: CrRow[],
  settings: CrSettingsState,
  today: string,
  canManage: boolean,
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
  return { actor, settings, today, canManage, entitlements, signOffs, names, policies, links, ranks };
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
  const state = workflowState(row, signOffRows);
  const impact = impactOf(row);
  const stage = row.stage as CrStage;
  const target = stageTargetDays(config, stage);
  const lane = laneOf(config, row.type as CrType, impact.marketIds);
  const final = CR_FINAL_STAGES.includes(stage);
  const approvable = mayApprove(ctx.actor, { lastTextEditorId: row.last_text_editor_id }).allowed;
  const moves = reachableStages(config, state).map((to) => {
    const check = checkTransition(config, state, to);
    return {
      to,
      allowed: check.allowed,
      blockers: !check.allowed && check.code === 'CR_REQUIREMENTS_MISSING' ? check.blockers : null,
    };
  });
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: {
      update: ctx.canManage && !final,
      editText: ctx.canManage && isBeforeLaunch(config, stage),
      transition: ctx.canManage && !final,
      signOffAs: approvable
        ? rolesToSignNow(config, state).filter((role) => holdsRole(ctx.entitlements, row, role))
        : [],
      reorder: ctx.canManage && stage === 'intake',
    },
  };
}
