import {
  OPEN_ACTION_ITEM_STATUSES,
  type ActionItem,
  type ActionItemSourceKind,
  type ActionItemStatus,
  type LinkedRecord,
  type LinkedRecordKind,
  type LinkedRecordRef,
  type StakeholderSummary,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import { can, type Actor } from '../../http/actor.js';
import type { LinkedRecords } from '../links/linked-records.js';
import type { ActionItemRow, ActionLinkRow } from './action-items.repository.js';
import * as repo from './action-items.repository.js';

/** What the action-items module needs of the stakeholder directory (StakeholdersService implements it). */
export interface StakeholderDirectory {
  summaries(db: DbScope, ids: string[]): Promise<Map<string, StakeholderSummary>>;
  requireExisting(db: DbScope, ids: string[], field: string): Promise<void>;
  forUser(db: DbScope, userId: string): Promise<StakeholderSummary>;
}

/** Open or in progress and due before today. */
export function isOverdue(row: Pick<ActionItemRow, 'status' | 'due_date'>, today: string): boolean {
  return (
    OPEN_ACTION_ITEM_STATUSES.includes(row.status as ActionItemStatus) && row.due_date !== null && row.due_date < today
  );
}

/** The source of an action as a link ref (review sources are not link kinds: they resolve to nothing). */
function sourceRef(row: ActionItemRow): LinkedRecordRef | null {
  if (row.source_id === null) return null;
  if (row.source_kind === 'meeting' || row.source_kind === 'change_request')
    return { kind: row.source_kind as LinkedRecordKind, id: row.source_id };
  return null;
}

/** Turns rows into API views in one batch: owners, links and sources resolved once for the page. */
export class ActionItemViews {
  constructor(
    private readonly stakeholders: StakeholderDirectory,
    private readonly links: LinkedRecords,
  ) {}

  async many(db: DbScope, actor: Actor, rows: ActionItemRow[], today: string): Promise<ActionItem[]> {
    if (rows.length === 0) return [];
    const linkRows = await repo.linksOf(
      db,
      rows.map((r) => r.id),
    );
    const byAction = new Map<string, ActionLinkRow[]>();
    for (const l of linkRows) byAction.set(l.action_item_id, [...(byAction.get(l.action_item_id) ?? []), l]);
    const refs = new Map<string, LinkedRecordRef>();
    for (const l of linkRows)
      refs.set(`${l.kind}:${l.record_id}`, { kind: l.kind as LinkedRecordKind, id: l.record_id });
    for (const row of rows) {
      const ref = sourceRef(row);
      if (ref) refs.set(`${ref.kind}:${ref.id}`, ref);
    }
    const resolved = new Map<string, LinkedRecord>(
      (await this.links.resolve(db, actor, [...refs.values()])).map((r) => [`${r.kind}:${r.id}`, r]),
    );
    const owners = await this.stakeholders.summaries(db, [...new Set(rows.map((r) => r.owner_id))]);
    const manage = can(actor, 'governance.manage');
    return rows.map((row) => {
      const owner = owners.get(row.owner_id) ?? null;
      const ref = sourceRef(row);
      const source = ref ? resolved.get(`${ref.kind}:${ref.id}`) : undefined;
      return {
        id: row.id,
        title: row.title,
        notes: row.notes,
        owner,
        dueDate: row.due_date,
        status: row.status as ActionItemStatus,
        overdue: isOverdue(row, today),
        doneAt: row.done_at,
        source: {
          kind: row.source_kind as ActionItemSourceKind,
          id: row.source_id,
          title: source?.title ?? null,
          href: source?.href ?? null,
        },
        workingGroupId: row.working_group_id,
        links: (byAction.get(row.id) ?? []).flatMap((l) => {
          const found = resolved.get(`${l.kind}:${l.record_id}`);
          return found ? [found] : [];
        }),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
        abilities: { update: manage, changeStatus: manage || owner?.userId === actor.id },
      };
    });
  }
}
