import {
  CR_FINAL_STAGES,
  CR_LANE_LABELS,
  CR_SOURCE_LABELS,
  CR_STAGES,
  CR_STAGE_LABELS,
  CR_TYPE_LABELS,
  CR_EXIT_STAGES,
  CR_LIST_DEFAULT_ORDER,
  crScore,
  orderChangeRequests,
  type CrListOrder,
  type CrListQuery,
  type CrListSort,
  type CrStage,
  type CrPage,
  type CrQueue,
  type CrWaiting,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { fieldError } from '../../http/app-error.js';
import { viewerOf } from '../policies/policy-access.js';
import { mayApprove } from './cr-sign-offs.js';
import { rankQueue } from './cr-scoring.js';
import { entitlementsOf, holdsRole, queueEntries, scoringOf, workflowState } from './cr-views.js';
import { rolesToSignNow } from './cr-workflow.js';
import type { ChangeRequestsService } from './change-requests.service.js';
import * as repo from './change-requests.repository.js';

const cursorOf = (n: number) => Buffer.from(`cr:${n}`).toString('base64url');

const offsetCursorOf = (offset: number) => Buffer.from(`cr-at:${offset}`).toString('base64url');

function offsetOfCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^cr-at:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw fieldError('querystring.cursor', 'Use the nextCursor of the previous page (of the same order)');
  return Number(match[1]);
}

function numberOfCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const match = /^cr:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw fieldError('querystring.cursor', 'Use the nextCursor of the previous page');
  return Number(match[1]);
}

/** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet does not run it as a formula. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Lists, the intake queue, "waiting on me" and the CSV export. */
export class ChangeRequestReadsService {
  constructor(
    private readonly db: DbScope,
    private readonly changeRequests: ChangeRequestsService,
  ) {}

  /** Throws FORBIDDEN, VALIDATION_FAILED (cursor). */
  async list(actor: Actor, query: CrListQuery): Promise<CrPage> {
    authorize(actor, 'change_requests.read');
    const sort = query.sort ?? 'number';
    const order = query.order ?? CR_LIST_DEFAULT_ORDER[sort];
    if (sort !== 'number' || order !== 'desc') return this.sortedList(actor, query, sort, order);
    const beforeNumber = numberOfCursor(query.cursor);
    const rows = await repo.list(this.db, viewerOf(actor), { ...query, beforeNumber }, query.limit + 1);
    const page = rows.slice(0, query.limit);
    return {
      items: await this.changeRequests.views(actor, page),
      nextCursor: rows.length > query.limit ? cursorOf(page.at(-1)!.number) : null,
    };
  }
  /**
   * Any other order: every matching CR the caller may see, sorted by the shared rule
   * (orderChangeRequests), a page at a time by position. A workspace holds hundreds or a few thousand
   * CRs, and a score depends on the workspace's model, so this sorts in memory rather than in SQL.
   */
  private async sortedList(actor: Actor, query: CrListQuery, sort: CrListSort, order: CrListOrder): Promise<CrPage> {
    const offset = offsetOfCursor(query.cursor);
    const rows = await repo.list(this.db, viewerOf(actor), query);
    const { scoringModel, workflow } = await this.changeRequests.settings.current(this.db);
    const stageOrder = [...workflow.stages.map((stage) => stage.key), ...CR_EXIT_STAGES];
    const sorted = orderChangeRequests(
      rows,
      (row) => ({
        number: row.number,
        score: crScore(scoringOf(row), scoringModel).value,
        dueDate: row.due_date,
        stage: row.stage as CrStage,
      }),
      sort,
      order,
      stageOrder,
    );
    const page = sorted.slice(offset, offset + query.limit);
    return {
      items: await this.changeRequests.views(actor, page),
      nextCursor: offset + query.limit < sorted.length ? offsetCursorOf(offset + query.limit) : null,
    };
  }

  /**
   * The intake queue, ranked. Placements whose anchor left the queue (or that loop) are cleared in
   * the same call, so the queue and the CRs agree. Throws FORBIDDEN.
   */
  async queue(actor: Actor): Promise<CrQueue> {
    authorize(actor, 'change_requests.read');
    return inTransaction(this.db, async (trx) => {
      const { scoringModel } = await this.changeRequests.settings.current(trx);
      // Lapses are judged over the whole queue, not only what this caller sees.
      const all = await repo.inStage(trx, null, 'intake');
      const { lapsed } = rankQueue(queueEntries(all, scoringModel));
      const now = new Date().toISOString();
      await repo.clearPlacements(trx, lapsed, now);
      for (const id of lapsed)
        await repo.insertEvent(trx, {
          id: uuidv7(),
          change_request_id: id,
          kind: 'placement_lapsed',
          actor_id: null,
          from_stage: null,
          to_stage: null,
          reason: 'The CR it was placed below left the intake queue',
          detail: '{}',
          at: now,
        });
      const visible = await repo.inStage(trx, viewerOf(actor), 'intake');
      const { ranked } = rankQueue(queueEntries(visible, scoringModel));
      const views = await this.changeRequests.views(
        actor,
        ranked.map((entry) => entry.row),
        trx,
      );
      return { items: views.map((view, index) => ({ ...view, rank: index + 1 })), lapsedPlacements: lapsed };
    });
  }

  /** CRs waiting now on a sign-off in a role the caller holds (and may give: not the text's last editor). */
  async waitingOnMe(actor: Actor): Promise<CrWaiting> {
    authorize(actor, 'change_requests.read');
    const open = CR_STAGES.filter((stage) => !CR_FINAL_STAGES.includes(stage));
    const rows = await repo.list(this.db, viewerOf(actor), { stages: open });
    const { workflow } = await this.changeRequests.settings.current();
    const entitlements = await entitlementsOf(this.db, actor);
    const signOffs = await repo.signOffsOf(
      this.db,
      rows.map((r) => r.id),
    );
    const waiting = rows
      .filter((row) => mayApprove(actor, { lastTextEditorId: row.last_text_editor_id }).allowed)
      .map((row) => {
        const state = workflowState(
          row,
          signOffs.filter((s) => s.change_request_id === row.id),
        );
        return { row, roles: rolesToSignNow(workflow, state).filter((role) => holdsRole(entitlements, row, role)) };
      })
      .filter((entry) => entry.roles.length > 0);
    const views = await this.changeRequests.views(
      actor,
      waiting.map((w) => w.row),
    );
    return { items: views.map((changeRequest, i) => ({ changeRequest, roles: waiting[i]!.roles })) };
  }

  /** The filtered list as CSV (every match, newest number first). Throws FORBIDDEN. */
  async exportCsv(actor: Actor, query: Omit<CrListQuery, 'cursor' | 'limit'>): Promise<string> {
    authorize(actor, 'change_requests.read');
    const rows = await repo.list(this.db, viewerOf(actor), query);
    const views = await this.changeRequests.views(actor, rows);
    const header = [
      'Number',
      'Title',
      'Type',
      'Source',
      'Stage',
      'Lane',
      'Owner',
      'Score',
      'Due date',
      'Overdue',
      'Target policy',
    ];
    const lines = views.map((cr) =>
      [
        `CR-${cr.number}`,
        cr.title,
        CR_TYPE_LABELS[cr.type],
        CR_SOURCE_LABELS[cr.source],
        CR_STAGE_LABELS[cr.stage],
        CR_LANE_LABELS[cr.lane],
        cr.owner.name,
        cr.score.value,
        cr.dueDate,
        cr.overdue ? 'yes' : 'no',
        cr.targetPolicy?.title ?? '',
      ]
        .map(cell)
        .join(','),
    );
    return `${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
  }
}
