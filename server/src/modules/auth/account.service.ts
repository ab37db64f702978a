import type {
  ApiToken,
  ApiTokenCreated,
  PasswordChange,
  ProfileUpdate,
  SessionInfo,
  SessionSummary,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { UsersService } from '../users/users.service.js';
import type { AuthService } from './auth.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import * as sessionsRepo from './sessions.repository.js';
import { newSecret } from './tokens.js';
import type { ApiTokensTable } from '../../db/schema.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

const TOKEN_PREFIX = 'pat_';

function toApiToken(row: ApiTokensTable): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}

/** What a signed-in person manages about themselves: profile, password, sessions, API tokens. */
export class AccountService {
  constructor(
    private readonly db: DbScope,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async listSessions(actor: Actor): Promise<SessionSummary[]> {
    const rows = await sessionsRepo.listSessionsOf(this.db, actor.id, new Date().toISOString());
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      expiresAt: s.expires_at,
      userAgent: s.user_agent,
      ip: s.ip,
      current: s.id === actor.sessionId,
    }));
  }

  /** Signs out one of one's own sessions. Throws NOT_FOUND for someone else's or an unknown one. */
  async revokeSession(actor: Actor, sessionId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      if ((await sessionsRepo.deleteSession(trx, actor.id, sessionId)) === 0) throw notFound('Session');
      await this.audit.record(trx, actor, { action: 'session.revoked', entityType: 'session', entityId: sessionId });
    });
  }

  /** "Sign out everywhere else": ends every session but the current one. */
  async revokeOtherSessions(actor: Actor): Promise<number> {
    return inTransaction(this.db, async (trx) => {
      const revoked = await sessionsRepo.deleteOtherSessions(trx, actor.id, actor.sessionId);
      await this.audit.record(trx, actor, {
        action: 'session.revoked',
        entityType: 'user',
        entityId: actor.id,
        after: { revoked, kept: actor.sessionId },
      });
      return revoked;
    });
  }

  /** Changes one's password and ends every other session. Throws INVALID_CREDENTIALS for a wrong current password. */
  async changePassword(actor: Actor, input: PasswordChange): Promise<void> {
    const user = await this.users.findById(this.db, actor.id);
    if (!user) throw notFound('User');
    if (!user.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new AppError('VALIDATION_FAILED', 'The current password is incorrect', [
        { path: 'body.currentPassword', message: 'The current password is incorrect' },
      ]);
    }
    if (input.currentPassword === input.newPassword) {
      throw new AppError('VALIDATION_FAILED', 'Choose a new password', [
        { path: 'body.newPassword', message: 'The new password must differ from the current one' },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await inTransaction(this.db, async (trx) => {
      await this.users.setPasswordInTransaction(trx, actor, user, passwordHash);
      await sessionsRepo.deleteOtherSessions(trx, actor.id, actor.sessionId);
    });
  }

  /** Renames oneself; returns the refreshed session info. Throws VERSION_CONFLICT. */
  async updateProfile(actor: Actor, input: ProfileUpdate): Promise<SessionInfo> {
    const row = await this.users.updateOwnName(actor, input.version, input.name);
    return this.auth.sessionInfo({ ...actor, name: row.name, version: row.version });
  }

  async listApiTokens(actor: Actor): Promise<ApiToken[]> {
    return (await sessionsRepo.listApiTokensOf(this.db, actor.id)).map(toApiToken);
  }

  /** Issues a personal API token; the secret is returned once and only its hash is kept. */
  async createApiToken(actor: Actor, input: { name: string; expiresInDays: number | null }): Promise<ApiTokenCreated> {
    const { secret, hash } = newSecret(TOKEN_PREFIX);
    const now = new Date();
    const row: ApiTokensTable = {
      id: uuidv7(),
      user_id: actor.id,
      name: input.name,
      token_hash: hash,
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      created_at: now.toISOString(),
      expires_at:
        input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
      last_used_at: null,
      revoked_at: null,
    };
    await inTransaction(this.db, async (trx) => {
      await sessionsRepo.insertApiToken(trx, row);
      await this.audit.record(trx, actor, {
        action: 'api_token.created',
        entityType: 'api_token',
        entityId: row.id,
        after: toApiToken(row),
      });
    });
    return { token: toApiToken(row), secret };
  }

  /** Revokes one of one's own tokens. Throws NOT_FOUND for someone else's, unknown or already revoked. */
  async revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const row = await sessionsRepo.revokeApiToken(trx, actor.id, tokenId, new Date().toISOString());
      if (!row) throw notFound('API token');
      await this.audit.record(trx, actor, {
        action: 'api_token.revoked',
        entityType: 'api_token',
        entityId: tokenId,
        before: toApiToken(row),
      });
    });
  }
}
