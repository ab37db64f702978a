import {
  RAID_OPEN_STATUSES,
  RAID_KINDS,
  riskBand,
  riskScore,
  type LinkedRecordRef,
  type RaidCreateSchema,
  type RaidHeatMap,
  type RaidItem,
  type RaidListQuerySchema,
  type RaidPage,
  type RaidSummary,
  type RaidUpdateSchema,
  type IssueView,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import { viewerOf } from '../policies/policy-access.js';
import { levelWithin, startingLevel, type StoredLevel } from './raid-rules.js';
import { loadViewContext, raidSnapshot, toView, type StakeholderDirectory } from './raid-views.js';
import * as repo from './raid.repository.js';
import type { RaidFilter, RaidRow } from './raid.repository.js';

type CreateInput = z.output<typeof RaidCreateSchema>;
type UpdateInput = z.output<typeof RaidUpdateSchema>;
type ListInput = z.output<typeof RaidListQuerySchema>;

export interface RaidDeps {
  audit: AuditService;
  clock: Clock;
  links: LinkedRecords;
  stakeholders: StakeholderDirectory;
}

const ITEM = 'This RAID item';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Two creates at once may take the same next number; the loser's unique index refuses it, and it retries. */
async function withFreshNumber<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      const clash = code === '23505' || /UNIQUE constraint failed: raid_items\./.test(message ?? '');
      if (!clash || attempt >= 5) throw error;
    }
  }
}

/** The fields of a row that a create or an update sets, from the kind's input. */
type Fields = Partial<Omit<RaidRow, 'id' | 'kind' | 'number' | 'version' | 'created_at' | 'updated_at'>>;

function fieldsOf(input: Partial<CreateInput> & { kind: CreateInput['kind'] }): Fields {
  const set = <K extends keyof Fields>(key: K, value: Fields[K] | undefined): Fields =>
    value === undefined ? {} : { [key]: value };
  const i = input as Record<string, unknown>;
  const str = (k: string) => i[k] as string | undefined;
  return {
    ...set('title', input.title),
    ...set('description', input.description),
    ...set('owner_id', input.ownerId),
    ...set('status', input.status),
    ...set('probability', i.probability as number | undefined),
    ...set('impact', i.impact as number | undefined),
    ...set('mitigation', str('mitigation')),
    ...set('trigger_text', str('trigger')),
    ...set('is_blocker', i.isBlocker === undefined ? undefined : i.isBlocker ? 1 : 0),
    ...set('severity', str('severity')),
    ...set('escalation_path', i.escalationPath === undefined ? undefined : JSON.stringify(i.escalationPath)),
    ...set('decision_needed_by', i.decisionNeededBy as string | null | undefined),
    ...set('resolution', str('resolution')),
    ...set('validate_by', i.validateBy as string | null | undefined),
    ...set('validation_note', str('validationNote')),
    ...set('requesting_team_id', str('requestingTeamId')),
    ...set('providing_team_id', str('providingTeamId')),
    ...set('needed_by', i.neededBy as string | null | undefined),
    ...set('committed_date', i.committedDate as string | null | undefined),
  };
}

/** The RAID log: risks, issues and blockers, assumptions, dependencies (issue 11). */
export class RaidService {
  constructor(
    private readonly db: DbScope,
    private readonly deps: RaidDeps,
  ) {}

  async views(actor: Actor, rows: RaidRow[], db: DbScope = this.db): Promise<RaidItem[]> {
    const ctx = await loadViewContext(db, actor, rows, { ...this.deps, today: this.deps.clock.today() });
    return rows.map((row) => toView(row, ctx));
  }

  /** Throws NOT_FOUND, also for an item linked to a restricted policy the caller may not see. */
  async load(db: DbScope, actor: Actor, id: string): Promise<RaidRow> {
    const row = await repo.findVisible(db, viewerOf(actor), id);
    if (!row) throw notFound('RAID item');
    return row;
  }

  async get(actor: Actor, id: string, db: DbScope = this.db): Promise<RaidItem> {
    authorize(actor, 'governance.read');
    return (await this.views(actor, [await this.load(db, actor, id)], db))[0]!;
  }

  async list(actor: Actor, query: ListInput): Promise<RaidPage> {
    authorize(actor, 'governance.read');
    // The cursor is the last id of the page before: anything else is a bad cursor, not the first page.
    if (query.cursor !== undefined && !UUID.test(query.cursor))
      throw fieldError('querystring.cursor', 'Invalid cursor: use nextCursor from the previous page');
    const filter: RaidFilter = {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.status ? { statuses: [query.status] } : {}),
      ...(query.ownerId ? { ownerId: query.ownerId } : {}),
      ...(query.blockersOnly === 'true' ? { blockersOnly: true } : {}),
      ...(query.probability ? { probability: query.probability } : {}),
      ...(query.impact ? { impact: query.impact } : {}),
      ...linkedFilter(query),
    };
    const rows = await repo.list(this.db, viewerOf(actor), filter, {
      after: query.cursor ?? null,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: await this.views(actor, page),
      nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null,
    };
  }

  /** Open risks per probability × impact: all 25 cells, probability 5 first. */
  async heatMap(actor: Actor, query: { workingGroupId?: string; linkedKind?: string; linkedId?: string }) {
    authorize(actor, 'governance.read');
    const counts = await repo.riskCells(this.db, viewerOf(actor), {
      statuses: RAID_OPEN_STATUSES.risk,
      ...linkedFilter(query),
    });
    const cells: RaidHeatMap['cells'] = [];
    for (let probability = 5; probability >= 1; probability--)
      for (let impact = 1; impact <= 5; impact++) {
        const score = riskScore(probability, impact);
        const count = counts.find((c) => c.probability === probability && c.impact === impact)?.count ?? 0;
        cells.push({ probability, impact, score, band: riskBand(score), count });
      }
    return { cells, total: cells.reduce((sum, c) => sum + c.count, 0) } satisfies RaidHeatMap;
  }

  /** Open items per kind and the open blockers linked to one record (the working-group page shows it). */
  async summary(actor: Actor, ref: LinkedRecordRef): Promise<RaidSummary> {
    authorize(actor, 'governance.read');
    const filter = { linkedToAny: [ref] };
    const counts = await repo.countsByKindAndStatus(this.db, viewerOf(actor), filter);
    const open = Object.fromEntries(
      RAID_KINDS.map((kind) => [
        kind,
        counts
          .filter((c) => c.kind === kind && RAID_OPEN_STATUSES[kind].includes(c.status))
          .reduce((sum, c) => sum + c.count, 0),
      ]),
    ) as RaidSummary['open'];
    const blockers = await repo.openBlockers(this.db, viewerOf(actor), filter);
    return { open, openBlockers: (await this.views(actor, blockers)) as IssueView[] };
  }

  /** Checks owner, people on the path, teams and links. Throws VALIDATION_FAILED naming the field. */
  private async checkReferences(trx: DbScope, actor: Actor, row: RaidRow, links: LinkedRecordRef[] | undefined) {
    if (row.owner_id) await this.deps.stakeholders.requireExisting(trx, [row.owner_id], 'body.ownerId');
    const path = JSON.parse(row.escalation_path ?? '[]') as StoredLevel[];
    for (const [i, level] of path.entries())
      await this.deps.stakeholders.requireExisting(
        trx,
        [level.stakeholderId],
        `body.escalationPath.${i}.stakeholderId`,
      );
    if (row.kind === 'dependency') {
      const teams = await repo.teams(trx, [row.requesting_team_id ?? '', row.providing_team_id ?? ''].filter(Boolean));
      for (const [field, id] of [
        ['requestingTeamId', row.requesting_team_id],
        ['providingTeamId', row.providing_team_id],
      ] as const)
        if (!id || !teams.has(id)) throw fieldError(`body.${field}`, 'No such team');
      if (row.requesting_team_id === row.providing_team_id)
        throw fieldError('body.providingTeamId', 'A team cannot depend on itself: pick another providing team');
    }
    if (links) await this.deps.links.requireAll(trx, actor, links, 'body.links');
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED naming the field. */
  async create(actor: Actor, input: CreateInput, db: DbScope = this.db): Promise<RaidItem> {
    authorize(actor, 'governance.manage');
    const id = await withFreshNumber(() =>
      inTransaction(db, async (trx) => {
        const now = this.deps.clock.now().toISOString();
        const fields = fieldsOf(input);
        const path = input.kind === 'issue' ? input.escalationPath : [];
        const row: RaidRow = {
          id: uuidv7(),
          kind: input.kind,
          number: await repo.nextNumber(trx, input.kind),
          title: input.title,
          description: input.description,
          owner_id: input.ownerId,
          status: input.status,
          probability: null,
          impact: null,
          mitigation: null,
          trigger_text: null,
          is_blocker: 0,
          severity: null,
          escalation_path: input.kind === 'issue' ? JSON.stringify(path) : null,
          current_level: startingLevel(path),
          at_top: 0,
          decision_needed_by: null,
          escalated_for: null,
          resolution: null,
          resolved_at: input.status === 'resolved' ? now : null,
          validate_by: null,
          validation_note: null,
          requesting_team_id: null,
          providing_team_id: null,
          needed_by: null,
          committed_date: null,
          ...fields,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await this.checkReferences(trx, actor, row, input.links);
        await repo.insert(trx, row);
        await repo.replaceLinks(trx, row.id, input.links);
        await this.deps.audit.record(trx, actor, {
          action: 'raid_item.created',
          entityType: 'raid_item',
          entityId: row.id,
          after: raidSnapshot(row, input.links),
        });
        return row.id;
      }),
    );
    return this.get(actor, id, db);
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED (a `kind` other than the item's too). */
  async update(actor: Actor, id: string, input: UpdateInput): Promise<RaidItem> {
    authorize(actor, 'governance.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.load(trx, actor, id);
      if (before.kind !== input.kind)
        throw fieldError('body.kind', `This item is a ${before.kind}; send kind ${before.kind}`);
      if (before.version !== input.version) throw versionConflict(ITEM, before.version);
      const now = this.deps.clock.now().toISOString();
      const patch = fieldsOf(input);
      const after: RaidRow = { ...before, ...patch, updated_at: now };
      if (before.kind === 'issue') {
        const path = JSON.parse(after.escalation_path ?? '[]') as StoredLevel[];
        after.current_level = levelWithin(path, before.current_level);
        if (after.status === 'resolved' && before.status !== 'resolved') after.resolved_at = now;
        if (after.status !== 'resolved') after.resolved_at = null;
        // A new decision date starts the clock again: the item is no longer "at the top" of an old one.
        if (after.decision_needed_by !== before.decision_needed_by) after.at_top = 0;
      }
      const oldLinks = (await repo.linksOf(trx, [id])).get(id) ?? [];
      await this.checkReferences(trx, actor, after, input.links);
      if (!(await repo.updateVersioned(trx, id, before.version, after)))
        throw versionConflict(ITEM, before.version + 1);
      if (input.links) await repo.replaceLinks(trx, id, input.links);
      await this.deps.audit.record(trx, actor, {
        action: 'raid_item.updated',
        entityType: 'raid_item',
        entityId: id,
        before: raidSnapshot(before, oldLinks),
        after: raidSnapshot({ ...after, version: before.version + 1 }, input.links ?? oldLinks),
      });
    });
    return this.get(actor, id);
  }
}

/** The list filters that name a linked record: a working group, or any record by kind and id. */
export function linkedFilter(query: { workingGroupId?: string; linkedKind?: string; linkedId?: string }): RaidFilter {
  const refs: LinkedRecordRef[] = [];
  if (query.workingGroupId) refs.push({ kind: 'working_group', id: query.workingGroupId });
  if (query.linkedKind && query.linkedId)
    refs.push({ kind: query.linkedKind as LinkedRecordRef['kind'], id: query.linkedId });
  if (refs.length === 0) return {};
  // Both given: items linked to both are what the two filters ask for together.
  return refs.length === 1 ? { linkedToAny: refs } : { linkedToAny: refs.slice(0, 1), alsoLinkedTo: refs[1] };
}
