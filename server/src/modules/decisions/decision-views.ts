import {
  decisionKey,
  type Decision,
  type DecisionOption,
  type DecisionRef,
  type DecisionStatus,
  type DecisionSummary,
  type LinkedRecordKind,
  type LinkedRecordRef,
  type RevisitTrigger,
  type StakeholderSummary,
  type Supersession,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import { can, type Actor } from '../../http/actor.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { viewerOf } from '../policies/policy-access.js';
import { connected } from './decision-graph.js';
import * as repo from './decisions.repository.js';
import type { DecisionRow, SupersessionRow } from './decisions.repository.js';

/** What the register needs of the stakeholder directory (StakeholdersService). */
export interface StakeholderDirectory {
  summaries(db: DbScope, ids: string[]): Promise<Map<string, StakeholderSummary>>;
  requireExisting(db: DbScope, ids: string[], field: string | ((index: number) => string)): Promise<void>;
}

export const decisionHref = (id: string) => `/decisions/${id}`;

export const refOf = (row: DecisionRow): DecisionRef => ({
  id: row.id,
  key: decisionKey(row.number),
  title: row.title,
  status: row.status as DecisionStatus,
});

export const optionsOf = (row: DecisionRow): DecisionOption[] => JSON.parse(row.options) as DecisionOption[];
export const triggerOf = (row: DecisionRow): RevisitTrigger | null =>
  row.revisit_trigger === null ? null : (JSON.parse(row.revisit_trigger) as RevisitTrigger);

/** The rows a set of decisions shows besides its own: people, links. */
export interface Related {
  people: repo.PersonRow[];
  links: repo.LinkRow[];
}

export async function relatedOf(db: DbScope, ids: string[]): Promise<Related> {
  return { people: await repo.peopleOf(db, ids), links: await repo.linksOf(db, ids) };
}

export const idsOf = (related: Related, id: string, role: 'decided' | 'consulted') =>
  related.people.filter((p) => p.decision_id === id && p.role === role).map((p) => p.stakeholder_id);

export const linkRefsOf = (related: Related, id: string): LinkedRecordRef[] =>
  related.links.filter((l) => l.decision_id === id).map((l) => ({ kind: l.kind as LinkedRecordKind, id: l.target_id }));

/** The audit log's copy of a decision. */
export function snapshotOf(row: DecisionRow, related: Related, supersedes: SupersessionRow[]) {
  return {
    key: decisionKey(row.number),
    title: row.title,
    status: row.status as DecisionStatus,
    context: row.context,
    options: optionsOf(row),
    decision: row.decision,
    rationale: row.rationale,
    decidedByIds: idsOf(related, row.id, 'decided'),
    consultedIds: idsOf(related, row.id, 'consulted'),
    decisionDate: row.decision_date,
    ownerId: row.owner_id,
    links: linkRefsOf(related, row.id),
    supersedes: supersedes
      .filter((s) => s.decision_id === row.id)
      .map((s) => ({ decisionId: s.superseded_id, scope: s.scope as 'whole' | 'partial', part: s.part })),
    revisitTrigger: triggerOf(row),
    version: row.version,
  };
}

/** Lists of decisions for the register, with names and links resolved for this caller. */
export async function summariesOf(
  db: DbScope,
  actor: Actor,
  rows: DecisionRow[],
  deps: { people: StakeholderDirectory; links: LinkedRecords },
): Promise<DecisionSummary[]> {
  const related = await relatedOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await deps.people.summaries(db, [...new Set(related.people.map((p) => p.stakeholder_id))]);
  const out: DecisionSummary[] = [];
  for (const row of rows) {
    out.push({
      ...refOf(row),
      number: row.number,
      partlySuperseded: row.partly_superseded === 1,
      revisitDue: row.revisit_due_since !== null,
      decisionDate: row.decision_date,
      decidedBy: idsOf(related, row.id, 'decided').flatMap((id) => names.get(id) ?? []),
      links: await deps.links.resolve(db, actor, linkRefsOf(related, row.id)),
      version: row.version,
    });
  }
  return out;
}

/** Every supersession edge of the chain a decision belongs to, walking out until no new decision appears. */
export async function chainEdges(db: DbScope, id: string): Promise<SupersessionRow[]> {
  const seen = new Set<string>([id]);
  let frontier = [id];
  const edges = new Map<string, SupersessionRow>();
  while (frontier.length > 0 && seen.size < 500) {
    const rows = await repo.supersessionsTouching(db, frontier);
    frontier = [];
    for (const row of rows) {
      edges.set(`${row.decision_id}>${row.superseded_id}`, row);
      for (const next of [row.decision_id, row.superseded_id])
        if (!seen.has(next)) {
          seen.add(next);
          frontier.push(next);
        }
    }
  }
  return [...edges.values()];
}

/**
 * One decision, whole, for this caller: the chain, and the other side of each supersession, only as far
 * as they may see.
 */
export async function detailOf(
  db: DbScope,
  actor: Actor,
  row: DecisionRow,
  deps: { people: StakeholderDirectory; links: LinkedRecords },
): Promise<Decision> {
  const [summary] = await summariesOf(db, actor, [row], deps);
  const related = await relatedOf(db, [row.id]);
  const edges = await chainEdges(db, row.id);
  const inChain = connected(
    edges.map((e) => ({ from: e.decision_id, to: e.superseded_id })),
    row.id,
  );
  const visible = new Map((await repo.visibleByIds(db, viewerOf(actor), [...inChain])).map((r) => [r.id, r] as const));
  const side = (e: SupersessionRow, other: string): Supersession[] => {
    const found = visible.get(other);
    return found ? [{ decision: refOf(found), scope: e.scope as Supersession['scope'], part: e.part }] : [];
  };
  const consultedIds = idsOf(related, row.id, 'consulted');
  const names = await deps.people.summaries(db, [...consultedIds, ...(row.owner_id ? [row.owner_id] : [])]);
  const status = row.status as DecisionStatus;
  const manage = can(actor, 'governance.manage');
  const due = row.revisit_due_since !== null;
  return {
    ...summary!,
    context: row.context,
    options: optionsOf(row),
    decision: row.decision,
    rationale: row.rationale,
    consulted: consultedIds.flatMap((id) => names.get(id) ?? []),
    owner: row.owner_id ? (names.get(row.owner_id) ?? null) : null,
    supersedes: edges.filter((e) => e.decision_id === row.id).flatMap((e) => side(e, e.superseded_id)),
    supersededBy: edges.filter((e) => e.superseded_id === row.id).flatMap((e) => side(e, e.decision_id)),
    chain: [...visible.values()].sort((a, b) => a.number - b.number).map(refOf),
    revisitTrigger: triggerOf(row),
    revisit: {
      due,
      dueSince: row.revisit_due_since,
      lastRevisitedAt: row.last_revisited_at,
      lastNote: row.last_revisit_note,
    },
    acceptedAt: row.accepted_at,
    revokedReason: row.revoked_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: {
      update: manage && (status === 'proposed' || status === 'accepted'),
      editBody: manage && status === 'proposed',
      accept: can(actor, 'decisions.accept') && status === 'proposed',
      revoke: can(actor, 'decisions.accept') && (status === 'proposed' || status === 'accepted'),
      supersede: manage && status === 'accepted',
      markRevisited: manage && due,
    },
  };
}
