// Rows to API views and audit snapshots. Everything a view needs is loaded once per page
// (owners, people on escalation paths, teams, links, escalation history), never per row.
import {
  RAID_KEY_PREFIXES,
  decisionOverdue,
  riskBand,
  riskScore,
  type LinkedRecord,
  type LinkedRecordRef,
  type RaidItem,
  type RaidKind,
  type AuditPayloadInput,
  type StakeholderSummary,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import { can, type Actor } from '../../http/actor.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { nextLevel, type StoredLevel } from './raid-rules.js';
import * as repo from './raid.repository.js';
import type { EscalationRow, RaidRow } from './raid.repository.js';

/** What the RAID log needs of the stakeholder directory (StakeholdersService provides it). */
export interface StakeholderDirectory {
  summaries(db: DbScope, ids: string[]): Promise<Map<string, StakeholderSummary>>;
  /** Throws VALIDATION_FAILED naming the field for ids that are not in the directory. */
  requireExisting(db: DbScope, ids: string[], field: string): Promise<void>;
}

export type RaidSnapshot = NonNullable<AuditPayloadInput<'raid_item.created'>['after']>;

export const keyOf = (row: Pick<RaidRow, 'kind' | 'number'>) =>
  `${RAID_KEY_PREFIXES[row.kind as RaidKind]}-${row.number}`;

export const raidHref = (id: string) => `/raid/${id}`;

export function pathOf(row: Pick<RaidRow, 'escalation_path'>): StoredLevel[] {
  return row.escalation_path ? (JSON.parse(row.escalation_path) as StoredLevel[]) : [];
}

/** The audit snapshot of a row and its links. */
export function raidSnapshot(row: RaidRow, links: readonly LinkedRecordRef[]): RaidSnapshot {
  return {
    key: keyOf(row),
    kind: row.kind as RaidKind,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    status: row.status,
    probability: row.probability,
    impact: row.impact,
    mitigation: row.mitigation,
    trigger: row.trigger_text,
    isBlocker: row.is_blocker === 1,
    severity: row.severity,
    escalationPath: pathOf(row),
    currentLevel: row.current_level,
    decisionNeededBy: row.decision_needed_by,
    resolution: row.resolution,
    validateBy: row.validate_by,
    validationNote: row.validation_note,
    requestingTeamId: row.requesting_team_id,
    providingTeamId: row.providing_team_id,
    neededBy: row.needed_by,
    committedDate: row.committed_date,
    links: links.map((l) => ({ kind: l.kind, id: l.id })),
    version: row.version,
  };
}

export interface ViewContext {
  people: Map<string, StakeholderSummary>;
  teams: Map<string, string>;
  links: Map<string, LinkedRecord[]>;
  escalations: Map<string, EscalationRow[]>;
  users: Map<string, string>;
  today: string;
  mayManage: boolean;
}

/** Loads what the views of these rows need, with links filtered to what the actor may see. */
export async function loadViewContext(
  db: DbScope,
  actor: Actor,
  rows: RaidRow[],
  deps: { links: LinkedRecords; stakeholders: StakeholderDirectory; today: string },
): Promise<ViewContext> {
  const ids = rows.map((r) => r.id);
  const personIds = new Set<string>();
  for (const row of rows) {
    if (row.owner_id) personIds.add(row.owner_id);
    for (const level of pathOf(row)) personIds.add(level.stakeholderId);
  }
  const teamIds = rows.flatMap((r) => [r.requesting_team_id, r.providing_team_id]).filter((x): x is string => !!x);
  const refs = await repo.linksOf(db, ids);
  const links = new Map<string, LinkedRecord[]>();
  for (const row of rows) links.set(row.id, await deps.links.resolve(db, actor, refs.get(row.id) ?? []));
  const escalations = await repo.escalationsOf(db, ids);
  const actorIds = [...escalations.values()].flat().flatMap((e) => (e.actor_id ? [e.actor_id] : []));
  return {
    people: await deps.stakeholders.summaries(db, [...personIds]),
    teams: await repo.teams(db, [...new Set(teamIds)]),
    links,
    escalations,
    users: await repo.userNames(db, [...new Set(actorIds)]),
    today: deps.today,
    mayManage: can(actor, 'governance.manage'),
  };
}

const team = (ctx: ViewContext, id: string | null) => ({
  id: id ?? '',
  name: (id && ctx.teams.get(id)) || 'Unknown team',
});

export function toView(row: RaidRow, ctx: ViewContext): RaidItem {
  const common = {
    id: row.id,
    key: keyOf(row),
    title: row.title,
    description: row.description,
    owner: (row.owner_id && ctx.people.get(row.owner_id)) || null,
    links: ctx.links.get(row.id) ?? [],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  const abilities = { update: ctx.mayManage, escalate: false };
  switch (row.kind as RaidKind) {
    case 'risk': {
      const score = riskScore(row.probability ?? 1, row.impact ?? 1);
      return {
        kind: 'risk',
        ...common,
        abilities,
        probability: row.probability ?? 1,
        impact: row.impact ?? 1,
        score,
        band: riskBand(score),
        mitigation: row.mitigation ?? '',
        trigger: row.trigger_text ?? '',
        status: row.status as 'open',
      };
    }
    case 'issue': {
      const path = pathOf(row);
      const open = row.status === 'open';
      return {
        kind: 'issue',
        ...common,
        abilities: { ...abilities, escalate: ctx.mayManage && open && nextLevel(path, row.current_level) !== null },
        isBlocker: row.is_blocker === 1,
        severity: (row.severity ?? 'medium') as 'medium',
        escalationPath: path.map((level, i) => ({
          level: i + 1,
          label: level.label,
          stakeholder: ctx.people.get(level.stakeholderId) ?? null,
        })),
        currentLevel: row.current_level,
        atTop: row.at_top === 1,
        decisionNeededBy: row.decision_needed_by,
        decisionOverdue: open && decisionOverdue(row.decision_needed_by, ctx.today),
        resolution: row.resolution ?? '',
        resolvedAt: row.resolved_at,
        status: row.status as 'open',
        escalations: (ctx.escalations.get(row.id) ?? []).map((e) => ({
          id: e.id,
          at: e.at,
          fromLevel: e.from_level,
          toLevel: e.to_level,
          automatic: e.automatic === 1,
          byName: e.actor_id ? (ctx.users.get(e.actor_id) ?? 'Someone') : null,
          note: e.note,
        })),
      };
    }
    case 'assumption':
      return {
        kind: 'assumption',
        ...common,
        abilities,
        validateBy: row.validate_by,
        validationNote: row.validation_note ?? '',
        status: row.status as 'valid',
      };
    case 'dependency':
      return {
        kind: 'dependency',
        ...common,
        abilities,
        requestingTeam: team(ctx, row.requesting_team_id),
        providingTeam: team(ctx, row.providing_team_id),
        neededBy: row.needed_by,
        committedDate: row.committed_date,
        status: row.status as 'requested',
      };
  }
}
