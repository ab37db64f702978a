import {
  DECISION_LOCKED_FIELDS,
  decisionKey,
  type Decision,
  type DecisionCreate,
  type DecisionHistory,
  type DecisionListQuery,
  type DecisionPage,
  type DecisionUpdate,
  type LinkedRecordRef,
  type SupersessionInput,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import type { MeetingDecisionPort, OutcomeRecord } from '../working-groups/meeting-outcome-ports.js';
import { viewerOf } from '../policies/policy-access.js';
import { supersessionProblem } from './decision-graph.js';
import { searchDocumentOf, type DecisionSearchIndex } from './decision-search.js';
import {
  chainEdges,
  detailOf,
  relatedOf,
  snapshotOf,
  summariesOf,
  decisionHref,
  type StakeholderDirectory,
} from './decision-views.js';
import * as repo from './decisions.repository.js';
import type { DecisionRow } from './decisions.repository.js';

const DECISION = 'This decision';

/** Two creates at once may take the same next number; the loser's unique index refuses it, and it retries. */
export async function withFreshNumber<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      const clash = code === '23505' || /UNIQUE constraint failed: decisions\.number/.test(message ?? '');
      if (!clash || attempt >= 5) throw error;
    }
  }
}

export interface DecisionsDeps {
  audit: AuditService;
  clock: Clock;
  people: StakeholderDirectory;
  links: LinkedRecords;
  search: DecisionSearchIndex;
}

/** Throws VALIDATION_FAILED naming `${field}.${i}` for an id listed twice. */
function requireDistinct(ids: readonly string[], field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw fieldError(`${field}.${i}`, 'This person is listed twice');
    seen.add(id);
  });
}

/**
 * The decision register (issue 11): records, edits while proposed, links, and reads under the
 * need-to-know rule. Acceptance, revocation, supersession and revisits live in DecisionLifecycle.
 */
export class DecisionsService implements MeetingDecisionPort {
  /** Accepts in the caller's transaction (DecisionLifecycle.acceptInTransaction), set at wiring. */
  private acceptor: ((trx: DbScope, actor: Actor, id: string, version: number) => Promise<unknown>) | null = null;

  constructor(
    readonly db: DbScope,
    readonly deps: DecisionsDeps,
  ) {}

  acceptWith(acceptor: (trx: DbScope, actor: Actor, id: string, version: number) => Promise<unknown>): void {
    this.acceptor = acceptor;
  }

  /**
   * MeetingDecisionPort: a decision recorded from a meeting's notes, in the meeting's transaction,
   * linked to the meeting and its working group (which the meetings service vouches for), dated the
   * meeting's day; accepted at once when the notes say so (which needs 'decisions.accept').
   * Throws FORBIDDEN.
   */
  async createFromMeeting(
    trx: DbScope,
    actor: Actor,
    meeting: { id: string; workingGroupId: string; startsAt: string },
    input: { title: string; context: string; decision: string; rationale: string; status: 'proposed' | 'accepted' },
  ): Promise<OutcomeRecord> {
    if (input.status === 'accepted') authorize(actor, 'decisions.accept');
    const row = await this.createInTransaction(
      trx,
      actor,
      {
        title: input.title,
        context: input.context,
        options: [],
        decision: input.decision,
        rationale: input.rationale,
        decidedByIds: [],
        consultedIds: [],
        decisionDate: meeting.startsAt.slice(0, 10),
        ownerId: null,
        links: [],
        supersedes: [],
        revisitTrigger: null,
      },
      [
        { kind: 'meeting', id: meeting.id },
        { kind: 'working_group', id: meeting.workingGroupId },
      ],
    );
    if (input.status === 'accepted') {
      if (!this.acceptor) throw new Error('DecisionsService.acceptWith was not wired');
      await this.acceptor(trx, actor, row.id, row.version);
    }
    return { id: row.id, title: `${decisionKey(row.number)} ${row.title}`, href: decisionHref(row.id) };
  }

  /** Throws NOT_FOUND (also for a decision linked to a restricted policy the caller may not see). */
  async load(db: DbScope, actor: Actor, id: string): Promise<DecisionRow> {
    const row = await repo.findVisible(db, viewerOf(actor), id);
    if (!row) throw notFound('Decision');
    return row;
  }

  detail(db: DbScope, actor: Actor, row: DecisionRow): Promise<Decision> {
    return detailOf(db, actor, row, this.deps);
  }

  /** Throws FORBIDDEN, NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Decision> {
    authorize(actor, 'governance.read');
    return this.detail(this.db, actor, await this.load(this.db, actor, id));
  }

  /** The register, newest first, filtered, paged by number. Throws FORBIDDEN. */
  async list(actor: Actor, query: DecisionListQuery): Promise<DecisionPage> {
    authorize(actor, 'governance.read');
    const rows = await repo.list(
      this.db,
      viewerOf(actor),
      {
        ...(query.status ? { status: query.status } : {}),
        ...(query.policyId ? { policyId: query.policyId } : {}),
        ...(query.workingGroupId ? { workingGroupId: query.workingGroupId } : {}),
        ...(query.revisitDue !== undefined ? { revisitDue: query.revisitDue } : {}),
        ...(query.q ? { q: query.q.toLowerCase() } : {}),
        ...(query.cursor ? { beforeNumber: Number(query.cursor) } : {}),
      },
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    return {
      items: await summariesOf(this.db, actor, page, this.deps),
      nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.number) : null,
    };
  }

  /** What happened to a decision, oldest first. Throws FORBIDDEN, NOT_FOUND. */
  async history(actor: Actor, id: string): Promise<DecisionHistory> {
    authorize(actor, 'governance.read');
    const row = await this.load(this.db, actor, id);
    const events = await repo.eventsOf(this.db, row.id);
    return {
      items: events.map((e) => ({
        id: e.id,
        kind: e.kind as DecisionHistory['items'][number]['kind'],
        at: e.at,
        actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? 'A former user' } : null,
        detail: e.detail,
      })),
    };
  }

  async event(trx: DbScope, id: string, cause: AuditCause, kind: string, detail: string): Promise<void> {
    await repo.insertEvent(trx, {
      id: uuidv7(),
      decision_id: id,
      kind,
      actor_id: cause.id,
      detail,
      at: this.deps.clock.now().toISOString(),
    });
  }

  /** Checks people, links and supersessions, naming the field at fault (400; 409 for a target's state). */
  private async checkReferences(
    trx: DbScope,
    actor: Actor,
    selfId: string | null,
    input: {
      decidedByIds?: string[];
      consultedIds?: string[];
      ownerId?: string | null;
      links?: LinkedRecordRef[];
      supersedes?: SupersessionInput[];
    },
  ): Promise<void> {
    for (const field of ['decidedByIds', 'consultedIds'] as const) {
      const ids = input[field];
      if (!ids || ids.length === 0) continue;
      requireDistinct(ids, `body.${field}`);
      await this.deps.people.requireExisting(trx, ids, (i) => `body.${field}.${i}`);
    }
    if (input.ownerId) await this.deps.people.requireExisting(trx, [input.ownerId], 'body.ownerId');
    if (input.links && input.links.length > 0) await this.deps.links.requireAll(trx, actor, input.links, 'body.links');
    if (input.supersedes && input.supersedes.length > 0)
      await this.checkSupersedes(trx, actor, selfId, input.supersedes);
  }

  /** The supersession graph's rules (decision-graph.ts) on what the caller may see. */
  async checkSupersedes(
    trx: DbScope,
    actor: Actor,
    selfId: string | null,
    targets: readonly Pick<SupersessionInput, 'decisionId'>[],
    field = 'body.supersedes',
  ): Promise<void> {
    const ids = [...new Set(targets.map((t) => t.decisionId))];
    const rows = await repo.visibleByIds(trx, viewerOf(actor), ids);
    const nodes = new Map(rows.map((r) => [r.id, { id: r.id, status: r.status as Decision['status'] }]));
    const edges = [];
    for (const id of ids) edges.push(...(await chainEdges(trx, id)));
    const problem = supersessionProblem(
      selfId,
      targets,
      nodes,
      edges.filter((e) => e.decision_id !== selfId).map((e) => ({ from: e.decision_id, to: e.superseded_id })),
      field,
    );
    if (problem) throw new AppError(problem.code, problem.message, [{ path: problem.path, message: problem.message }]);
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED / INVALID_STATE naming the field. */
  async create(actor: Actor, input: DecisionCreate): Promise<Decision> {
    authorize(actor, 'governance.manage');
    const row = await withFreshNumber(() =>
      inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, input)),
    );
    return this.get(actor, row.id);
  }

  /** The create inside the caller's transaction (meeting outcomes, the sample workspace). */
  async createInTransaction(
    trx: DbScope,
    actor: Actor,
    input: DecisionCreate,
    /** Links another module vouches for (a meeting outcome's meeting and group), not checked here. */
    trustedLinks: LinkedRecordRef[] = [],
  ): Promise<DecisionRow> {
    authorize(actor, 'governance.manage');
    await this.checkReferences(trx, actor, null, input);
    const now = this.deps.clock.now().toISOString();
    const row: DecisionRow = {
      id: uuidv7(),
      number: await repo.nextNumber(trx),
      title: input.title,
      context: input.context,
      options: JSON.stringify(input.options),
      decision: input.decision,
      rationale: input.rationale,
      decision_date: input.decisionDate,
      owner_id: input.ownerId,
      status: 'proposed',
      partly_superseded: 0,
      revisit_trigger: input.revisitTrigger ? JSON.stringify(input.revisitTrigger) : null,
      revisit_due_since: null,
      last_revisited_at: null,
      last_revisit_note: null,
      accepted_at: null,
      revoked_reason: null,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insert(trx, row);
    await repo.replacePeople(trx, row.id, 'decided', input.decidedByIds);
    await repo.replacePeople(trx, row.id, 'consulted', input.consultedIds);
    const given = new Set(input.links.map((l) => `${l.kind}:${l.id}`));
    const extra = trustedLinks.filter((l) => !given.has(`${l.kind}:${l.id}`));
    await repo.replaceLinks(trx, row.id, [...input.links, ...extra]);
    await repo.replaceSupersessions(trx, row.id, input.supersedes);
    await this.event(trx, row.id, actor, 'created', `Recorded as ${decisionKey(row.number)}`);
    await this.deps.search.indexRecord(trx, searchDocumentOf(row));
    await this.deps.audit.record(trx, actor, {
      action: 'decision.created',
      entityType: 'decision',
      entityId: row.id,
      after: await this.snapshot(trx, row),
    });
    return row;
  }

  async snapshot(trx: DbScope, row: DecisionRow) {
    return snapshotOf(row, await relatedOf(trx, [row.id]), await repo.supersessionsTouching(trx, [row.id]));
  }

  /**
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE (superseded or revoked), DECISION_LOCKED
   * (a body field of an accepted decision), VALIDATION_FAILED naming the field.
   */
  async update(actor: Actor, id: string, input: DecisionUpdate): Promise<Decision> {
    authorize(actor, 'governance.manage');
    const row = await inTransaction(this.db, async (trx) => {
      const current = await this.load(trx, actor, id);
      if (current.version !== input.version) throw versionConflict(DECISION, current.version);
      if (current.status !== 'proposed' && current.status !== 'accepted')
        throw new AppError('INVALID_STATE', `A ${current.status} decision cannot be edited`);
      const before = await this.snapshot(trx, current);
      if (current.status === 'accepted') {
        const changed = DECISION_LOCKED_FIELDS.filter(
          (f) => input[f] !== undefined && JSON.stringify(input[f]) !== JSON.stringify(lockedValue(before, f)),
        );
        if (changed.length > 0)
          throw new AppError(
            'DECISION_LOCKED',
            'An accepted decision cannot be edited: record a new decision that supersedes it',
            changed.map((f) => ({ path: `body.${f}`, message: 'Locked once the decision is accepted' })),
          );
      }
      await this.checkReferences(trx, actor, current.id, {
        ...(input.decidedByIds ? { decidedByIds: input.decidedByIds } : {}),
        ...(input.consultedIds ? { consultedIds: input.consultedIds } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        ...(input.links ? { links: input.links } : {}),
        ...(input.supersedes && current.status === 'proposed' ? { supersedes: input.supersedes } : {}),
      });
      const patch: Partial<DecisionRow> = { updated_at: this.deps.clock.now().toISOString() };
      if (input.title !== undefined) patch.title = input.title;
      if (input.context !== undefined) patch.context = input.context;
      if (input.options !== undefined) patch.options = JSON.stringify(input.options);
      if (input.decision !== undefined) patch.decision = input.decision;
      if (input.rationale !== undefined) patch.rationale = input.rationale;
      if (input.decisionDate !== undefined) patch.decision_date = input.decisionDate;
      if (input.ownerId !== undefined) patch.owner_id = input.ownerId;
      if (input.revisitTrigger !== undefined)
        patch.revisit_trigger = input.revisitTrigger ? JSON.stringify(input.revisitTrigger) : null;
      if (!(await repo.updateVersioned(trx, id, current.version, patch)))
        throw versionConflict(DECISION, current.version + 1);
      if (input.decidedByIds) await repo.replacePeople(trx, id, 'decided', input.decidedByIds);
      if (input.consultedIds) await repo.replacePeople(trx, id, 'consulted', input.consultedIds);
      if (input.links) await repo.replaceLinks(trx, id, input.links);
      if (input.supersedes && current.status === 'proposed') await repo.replaceSupersessions(trx, id, input.supersedes);
      const updated = (await repo.findById(trx, id))!;
      await this.event(trx, id, actor, 'edited', 'Edited');
      await this.deps.search.indexRecord(trx, searchDocumentOf(updated));
      await this.deps.audit.record(trx, actor, {
        action: 'decision.updated',
        entityType: 'decision',
        entityId: id,
        before,
        after: await this.snapshot(trx, updated),
      });
      return updated;
    });
    return this.detail(this.db, actor, row);
  }
}

/** A locked field's current value in the request's terms (the snapshot keeps the body as the API sends it). */
function lockedValue(snapshot: ReturnType<typeof snapshotOf>, field: (typeof DECISION_LOCKED_FIELDS)[number]) {
  return field === 'title' ? snapshot.title : snapshot[field];
}
