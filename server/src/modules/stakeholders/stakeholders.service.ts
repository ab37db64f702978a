import type {
  FieldError,
  Stakeholder,
  StakeholderContactCreate,
  StakeholderListQuery,
  StakeholderPage,
  StakeholderSummary,
  StakeholderUpdate,
  TeamFunction,
} from '@policyops/contracts';
import { StakeholderContactCreateSchema } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { StakeholdersTable } from '../../db/stakeholders-schema.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import { decodeNameCursor, encodeNameCursor } from './stakeholder-cursor.js';
import * as repo from './stakeholders.repository.js';
import type { DirectoryRow } from './stakeholders.repository.js';

const ENTRY = 'This directory entry';

/** The path of the field at fault for the i-th id: one path for all, or one per index. */
export type FieldPath = string | ((index: number) => string);

export function summaryOf(row: DirectoryRow): StakeholderSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as StakeholderSummary['kind'],
    userId: row.user_id,
    function: (row.function as TeamFunction | null) ?? null,
    region: row.region,
    team: row.team,
  };
}

/** What the audit trail keeps of an entry. */
export function snapshotOf(row: DirectoryRow) {
  return {
    kind: row.kind as StakeholderSummary['kind'],
    userId: row.user_id,
    name: row.name,
    email: row.email,
    function: (row.function as TeamFunction | null) ?? null,
    region: row.region,
    team: row.team,
    organisation: row.organisation,
    title: row.title,
    active: row.active === 1,
    version: row.version,
  };
}

/**
 * The stakeholder directory: every account (its row made on first need, idempotently) and every
 * contact without an account. Other modules name people by stakeholder id and call `summaries`,
 * `requireExisting` and `forUser`; those take the caller's scope (often an open transaction) and do
 * no permission check of their own, since the calling service has done its own.
 */
export class StakeholdersService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  // Cross-module methods -----------------------------------------------------------------------------

  /** People by stakeholder id (deactivated ones too: old records keep their names); unknown ids are absent. */
  async summaries(db: DbScope, ids: string[]): Promise<Map<string, StakeholderSummary>> {
    const rows = await repo.findMany(db, ids);
    return new Map(rows.map((row) => [row.id, summaryOf(row)]));
  }

  /** People by id with whether they are still in use (for lists that mark deactivated people). */
  async people(db: DbScope, ids: string[]): Promise<Map<string, { summary: StakeholderSummary; active: boolean }>> {
    const rows = await repo.findMany(db, ids);
    return new Map(rows.map((row) => [row.id, { summary: summaryOf(row), active: row.active === 1 }]));
  }

  /**
   * Throws VALIDATION_FAILED with one field error per id that is not in the directory. `field` is the
   * path to name: a string used for every id, or `(index) => path` for an array, e.g.
   * `(i) => \`members.${i}.stakeholderId\``. Deactivated people exist (records keep pointing at them).
   */
  async requireExisting(db: DbScope, ids: string[], field: FieldPath): Promise<void> {
    const found = new Set((await repo.findMany(db, ids)).map((row) => row.id));
    const errors: FieldError[] = [];
    ids.forEach((id, index) => {
      if (!found.has(id)) {
        errors.push({
          path: typeof field === 'string' ? field : field(index),
          message: 'No such person in the stakeholder directory',
        });
      }
    });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors[0]!.message, errors);
  }

  /** The account's directory entry, made on first use (idempotent under concurrency). Throws NOT_FOUND. */
  async forUser(db: DbScope, userId: string): Promise<StakeholderSummary> {
    await this.syncAccounts(db, [userId]);
    const row = await repo.findByUser(db, userId);
    if (!row) throw notFound('The account');
    return summaryOf(row);
  }

  /** Makes the missing directory rows of accounts (all, or these); no audit: nobody changed anything. */
  async syncAccounts(db: DbScope, userIds?: readonly string[]): Promise<void> {
    const missing = await repo.accountsWithoutRow(db, userIds);
    const now = new Date().toISOString();
    await repo.insertAccountRows(
      db,
      missing.map((user) => ({
        id: uuidv7(),
        kind: 'account',
        user_id: user.id,
        name: user.name,
        email: null,
        function: null,
        region: null,
        team: null,
        organisation: null,
        title: null,
        notes: '',
        profile_edited: 0,
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    );
  }

  // The directory ------------------------------------------------------------------------------------

  /** Throws FORBIDDEN, VALIDATION_FAILED (cursor). */
  async list(actor: Actor, query: StakeholderListQuery): Promise<StakeholderPage> {
    authorize(actor, 'governance.read');
    const after = decodeNameCursor(query.cursor);
    await this.syncAccounts(this.db);
    const rows = await repo.listPage(this.db, query, after, query.limit);
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => this.view(actor, row)),
      nextCursor: rows.length > query.limit ? encodeNameCursor(page[page.length - 1]!) : null,
      abilities: { create: can(actor, 'stakeholders.manage') },
    };
  }

  /** Throws FORBIDDEN, NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Stakeholder> {
    authorize(actor, 'governance.read');
    const row = await repo.find(this.db, id);
    if (!row) throw notFound('The person');
    return this.view(actor, row);
  }

  /** Throws FORBIDDEN, ALREADY_EXISTS (e-mail of another contact or of an account). */
  async createContact(actor: Actor, input: StakeholderContactCreate): Promise<Stakeholder> {
    authorize(actor, 'stakeholders.manage');
    const data = StakeholderContactCreateSchema.parse(input);
    return inTransaction(this.db, async (trx) => {
      if (data.email) await this.requireFreeEmail(trx, data.email);
      const now = new Date().toISOString();
      const row: StakeholdersTable = {
        id: uuidv7(),
        kind: 'contact',
        user_id: null,
        name: data.name,
        email: data.email ?? null,
        function: data.function ?? null,
        region: data.region ?? null,
        team: data.team ?? null,
        organisation: data.organisation ?? null,
        title: data.title ?? null,
        notes: data.notes,
        profile_edited: 1,
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insert(trx, row);
      const saved = (await repo.find(trx, row.id))!;
      await this.audit.record(trx, actor, {
        action: 'stakeholder.created',
        entityType: 'stakeholder',
        entityId: row.id,
        after: snapshotOf(saved),
      });
      return this.view(actor, saved);
    });
  }

  /**
   * Edits an entry. A contact: everything. An account: function, region, team, organisation, title and
   * notes (its name, e-mail and active follow the account: 400 naming the field). Throws FORBIDDEN,
   * NOT_FOUND, VALIDATION_FAILED, ALREADY_EXISTS, VERSION_CONFLICT.
   */
  async update(actor: Actor, id: string, input: StakeholderUpdate): Promise<Stakeholder> {
    authorize(actor, 'stakeholders.manage');
    return inTransaction(this.db, async (trx) => {
      const before = await repo.find(trx, id);
      if (!before) throw notFound('The person');
      if (before.kind === 'account') {
        for (const key of ['name', 'email', 'active'] as const) {
          if (input[key] !== undefined)
            throw fieldError(
              `body.${key}`,
              `An account's ${key === 'active' ? 'status' : key} is managed on the account`,
            );
        }
      }
      if (before.version !== input.version) throw versionConflict(ENTRY, before.version);
      if (input.email && input.email !== before.email) await this.requireFreeEmail(trx, input.email, id);
      const pick = <K extends keyof StakeholderUpdate>(key: K, current: DirectoryRow[keyof DirectoryRow]) =>
        input[key] === undefined ? current : input[key];
      const patch = {
        // An account's first edit freezes the team-derived defaults as they read now.
        function: pick('function', before.function) as string | null,
        team: pick('team', before.team) as string | null,
        region: pick('region', before.region) as string | null,
        organisation: pick('organisation', before.organisation) as string | null,
        title: pick('title', before.title) as string | null,
        notes: input.notes ?? before.notes,
        profile_edited: 1,
        ...(before.kind === 'contact'
          ? {
              name: input.name ?? before.name,
              email: input.email === undefined ? before.email : input.email,
              active: input.active === undefined ? before.active : input.active ? 1 : 0,
            }
          : {}),
        updated_at: new Date().toISOString(),
      };
      if (!(await repo.updateVersioned(trx, id, input.version, patch))) throw versionConflict(ENTRY, input.version + 1);
      const after = (await repo.find(trx, id))!;
      await this.audit.record(trx, actor, {
        action: 'stakeholder.updated',
        entityType: 'stakeholder',
        entityId: id,
        before: snapshotOf(before),
        after: snapshotOf(after),
      });
      return this.view(actor, after);
    });
  }

  /** Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (an account), VERSION_CONFLICT. */
  async deactivateContact(actor: Actor, id: string, version: number): Promise<Stakeholder> {
    return this.update(actor, id, { version, active: false });
  }

  private async requireFreeEmail(db: DbScope, email: string, exceptId?: string): Promise<void> {
    if (await repo.accountWithEmail(db, email))
      throw fieldError(
        'body.email',
        'An account uses this e-mail: that person is already in the directory',
        'ALREADY_EXISTS',
      );
    if (await repo.contactWithEmail(db, email, exceptId))
      throw fieldError('body.email', 'Another contact has this e-mail', 'ALREADY_EXISTS');
  }

  private view(actor: Actor, row: DirectoryRow): Stakeholder {
    const manage = can(actor, 'stakeholders.manage');
    return {
      ...summaryOf(row),
      email: row.email,
      organisation: row.organisation,
      title: row.title,
      notes: row.notes,
      active: row.active === 1,
      profileFromTeam: row.kind === 'account' && row.profile_edited === 0,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      abilities: { update: manage, deactivate: manage && row.kind === 'contact' },
    };
  }
}
