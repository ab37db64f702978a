import type { Role, User, UserListQuery, UserPage, UserUpdate } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import * as usersRepo from './users.repository.js';
import type { UserPublicRow, UserRow } from './users.repository.js';

export type { UserRow };
import { type DbScope, inTransaction } from '../../db/scope.js';

/** The audit snapshot of a user: never the password hash or login counters. */
export function auditUser(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    status: row.status as User['status'],
    version: row.version,
  };
}

function encodeCursor(row: UserPublicRow): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { name: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
    { path: 'querystring.cursor', message: 'Invalid cursor' },
  ]);
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
}

/** People in the workspace: directory, roles, activation. */
export class UsersService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  private toUser(actor: Actor, row: UserPublicRow, teams: { id: string; name: string }[]): User {
    const manage = can(actor, 'users.manage');
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as Role,
      status: row.status as User['status'],
      teams,
      lastLoginAt: row.last_login_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      abilities: { update: manage, deactivate: manage && row.id !== actor.id },
    };
  }

  /** Directory listing, cursor-paginated by name. Throws FORBIDDEN without directory.read. */
  async list(actor: Actor, query: UserListQuery): Promise<UserPage> {
    authorize(actor, 'directory.read');
    const rows = await usersRepo.list(this.db, query, decodeCursor(query.cursor));
    const page = rows.slice(0, query.limit);
    const teams = await usersRepo.teamsOf(
      this.db,
      page.map((r) => r.id),
    );
    return {
      items: page.map((r) => this.toUser(actor, r, teams.get(r.id) ?? [])),
      nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  }

  /** Throws NOT_FOUND, FORBIDDEN. */
  async get(actor: Actor, userId: string): Promise<User> {
    authorize(actor, 'directory.read');
    const row = await usersRepo.findById(this.db, userId);
    if (!row) throw notFound('User');
    const teams = await usersRepo.teamsOf(this.db, [row.id]);
    return this.toUser(actor, row, teams.get(row.id) ?? []);
  }

  /**
   * Changes a person's name, role or status. Keeps at least one active admin and stops admins
   * from demoting or deactivating themselves; a status change ends their sessions and API tokens.
   * Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, INVALID_STATE.
   */
  async update(actor: Actor, userId: string, input: UserUpdate): Promise<User> {
    authorize(actor, 'users.manage');
    return inTransaction(this.db, async (trx) => {
      const before = await usersRepo.findById(trx, userId);
      if (!before) throw notFound('User');
      if (before.version !== input.version) throw versionConflict('This person', before.version);
      const losesAdmin =
        before.role === 'admin' &&
        before.status === 'active' &&
        ((input.role && input.role !== 'admin') || input.status === 'deactivated');
      if (losesAdmin && userId === actor.id)
        throw new AppError(
          'INVALID_STATE',
          'You cannot remove your own admin role or deactivate yourself; ask another admin',
        );
      if (losesAdmin && (await usersRepo.countActiveAdmins(trx)) <= 1)
        throw new AppError('INVALID_STATE', 'The workspace needs at least one active admin');
      const after = await usersRepo.updateVersioned(trx, userId, input.version, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.status !== undefined ? { status: input.status, failed_login_count: 0, locked_until: null } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!after) throw versionConflict('This person', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'user.updated',
        entityType: 'user',
        entityId: userId,
        before: auditUser(before),
        after: auditUser(after),
      });
      if (input.status !== undefined && input.status !== before.status)
        await this.revokeCredentials(trx, actor, userId, input.status);
      const teams = await usersRepo.teamsOf(trx, [userId]);
      return this.toUser(actor, after, teams.get(userId) ?? []);
    });
  }

  /**
   * Ends every session and API token of a person whose status changes, inside the caller's
   * transaction, auditing what was ended. On deactivation that signs them out everywhere; on
   * reactivation it ends anything issued before the deactivation (a deactivated person cannot sign
   * in or create tokens), so nothing old ever comes back, including credentials left by older
   * releases that only hid them.
   */
  private async revokeCredentials(trx: DbScope, actor: Actor, userId: string, status: User['status']): Promise<void> {
    const reason = status === 'deactivated' ? 'deactivated' : 'reactivated';
    const revoked = await usersRepo.revokeAllCredentials(trx, userId, new Date().toISOString());
    if (revoked.sessions > 0) {
      await this.audit.record(trx, actor, {
        action: 'session.revoked',
        entityType: 'user',
        entityId: userId,
        after: { revoked: revoked.sessions, reason },
      });
    }
    if (revoked.apiTokens > 0) {
      await this.audit.record(trx, actor, {
        action: 'api_token.revoked',
        entityType: 'user',
        entityId: userId,
        after: { revoked: revoked.apiTokens, reason },
      });
    }
  }

  /** Creates an account inside the caller's transaction. Throws ALREADY_EXISTS for a taken e-mail. */
  async createInTransaction(trx: DbScope, cause: AuditCause | null, input: NewUser): Promise<UserRow> {
    if (await usersRepo.findByEmail(trx, input.email)) {
      throw new AppError('ALREADY_EXISTS', `An account for ${input.email} already exists`, [
        { path: 'body.email', message: 'An account with this e-mail already exists' },
      ]);
    }
    const now = new Date().toISOString();
    const row: UserRow = {
      id: uuidv7(),
      email: input.email,
      name: input.name,
      role: input.role,
      status: 'active',
      password_hash: input.passwordHash,
      failed_login_count: 0,
      locked_until: null,
      last_login_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await usersRepo.insert(trx, row);
    await this.audit.record(trx, cause, {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: auditUser(row),
    });
    return row;
  }

  findByEmail(db: DbScope, email: string): Promise<UserRow | undefined> {
    return usersRepo.findByEmail(db, email);
  }

  findById(db: DbScope, id: string): Promise<UserRow | undefined> {
    return usersRepo.findById(db, id);
  }

  /** Every active person's id, e-mail, name and role in one query (for matching names in an import). */
  activePeople(db: DbScope): Promise<{ id: string; email: string; name: string; role: string }[]> {
    return usersRepo.activePeople(db);
  }

  countAll(db: DbScope): Promise<number> {
    return usersRepo.countAll(db);
  }

  setLoginState(db: DbScope, id: string, patch: Parameters<typeof usersRepo.setLoginState>[2]): Promise<void> {
    return usersRepo.setLoginState(db, id, patch);
  }

  /** One more failed sign-in, counted atomically; null when the account is locked at `now`. */
  incrementFailedLogins(db: DbScope, id: string, now: string): Promise<number | null> {
    return usersRepo.incrementFailedLogins(db, id, now);
  }

  /** Locks the account until `lockedUntil`; false when it was already locked at `now`. */
  lockIfUnlocked(db: DbScope, id: string, now: string, lockedUntil: string): Promise<boolean> {
    return usersRepo.lockIfUnlocked(db, id, now, lockedUntil);
  }

  /** Stores a new password hash (bumping the version) and audits the change without the hash. */
  async setPasswordInTransaction(trx: DbScope, cause: AuditCause, user: UserRow, passwordHash: string): Promise<void> {
    const after = await usersRepo.updateVersioned(trx, user.id, user.version, {
      password_hash: passwordHash,
      updated_at: new Date().toISOString(),
    });
    if (!after) throw versionConflict('Your account', user.version + 1);
    await this.audit.record(trx, cause, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
  }

  /** Renames oneself. Throws VERSION_CONFLICT. */
  async updateOwnName(actor: Actor, version: number, name: string): Promise<UserRow> {
    return inTransaction(this.db, async (trx) => {
      const before = await usersRepo.findById(trx, actor.id);
      if (!before) throw notFound('User');
      const after = await usersRepo.updateVersioned(trx, actor.id, version, {
        name,
        updated_at: new Date().toISOString(),
      });
      if (!after) throw versionConflict('Your profile', before.version);
      await this.audit.record(trx, actor, {
        action: 'user.updated',
        entityType: 'user',
        entityId: actor.id,
        before: auditUser(before),
        after: auditUser(after),
      });
      return after;
    });
  }
}
