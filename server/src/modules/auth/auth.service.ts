import {
  ROLE_PERMISSIONS,
  type LoginRequest,
  type Role,
  type SessionInfo,
  type SetupRequest,
  type SetupStatus,
  truncateText,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../../config/config.js';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import { csrfTokenFor } from '../../http/authenticate.js';
import type { AuditService } from '../audit/audit.service.js';
import type { UserRow, UsersService } from '../users/users.service.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import * as sessionsRepo from './sessions.repository.js';
import { newSecret, sha256 } from './tokens.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession {
  token: string;
  info: SessionInfo;
}

const DAY_MS = 86_400_000;
// Writing last-seen on every request would turn every read into a write; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;
const UNKNOWN_EMAIL_TRACKING_LIMIT = 10_000;

/** Setup, sign-in, sign-out and turning a cookie or token into an Actor. */
export class AuthService {
  /** Failed attempts against e-mails without an account, so they lock out exactly like real ones. */
  private readonly unknownEmailFailures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly db: DbScope,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async setupStatus(): Promise<SetupStatus> {
    return { needsSetup: (await this.users.countAll(this.db)) === 0 };
  }

  /** Creates the first admin and signs them in. Throws SETUP_ALREADY_DONE once any account exists. */
  async completeSetup(input: SetupRequest, meta: RequestMeta): Promise<StartedSession> {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.db, async (trx) => {
      if ((await this.users.countAll(trx)) > 0)
        throw new AppError('SETUP_ALREADY_DONE', 'The first admin already exists; sign in instead');
      const user = await this.users.createInTransaction(
        trx,
        { id: null, requestId: meta.requestId },
        { ...input, role: 'admin', passwordHash },
      );
      const cause = { id: user.id, requestId: meta.requestId };
      await this.audit.record(trx, cause, {
        action: 'workspace.setup_completed',
        entityType: 'workspace',
        entityId: 'workspace',
        after: { adminId: user.id },
      });
      return this.startSessionInTransaction(trx, user, meta);
    });
  }

  /**
   * Signs in with e-mail and password. Unknown e-mail, wrong password and deactivated account
   * give the same INVALID_CREDENTIALS after the same work; repeated failures give ACCOUNT_LOCKED.
   * Each attempt is counted before the slow password check, in one statement, so parallel guesses
   * cannot all read the same count: those beyond LOGIN_MAX_FAILURES are refused unchecked.
   */
  async login(input: LoginRequest, meta: RequestMeta): Promise<StartedSession> {
    const now = Date.now();
    const user = await this.users.findByEmail(this.db, input.email);
    if (!user) return this.refuseUnknownEmail(input, now);
    if (user.locked_until && Date.parse(user.locked_until) > now) throw this.lockedError(Date.parse(user.locked_until));
    const attempt = await this.users.incrementFailedLogins(this.db, user.id, new Date(now).toISOString());
    if (attempt === null) throw this.lockedError(await this.lockedUntilOf(user.id, now));
    if (attempt > this.config.login.maxFailures) {
      await this.recordFailure(user.id, attempt, now, meta);
      throw this.lockedError(await this.lockedUntilOf(user.id, now));
    }
    const valid = user.password_hash
      ? await verifyPassword(user.password_hash, input.password)
      : await burnPasswordCheck(input.password);
    if (!valid || user.status !== 'active') {
      await this.recordFailure(user.id, attempt, now, meta);
      throw new AppError('INVALID_CREDENTIALS', 'E-mail or password is incorrect');
    }
    return inTransaction(this.db, async (trx) => {
      await this.users.setLoginState(trx, user.id, {
        failed_login_count: 0,
        locked_until: null,
        last_login_at: new Date(now).toISOString(),
      });
      const started = await this.startSessionInTransaction(trx, user, meta);
      await this.audit.record(
        trx,
        { id: user.id, requestId: meta.requestId },
        {
          action: 'user.logged_in',
          entityType: 'user',
          entityId: user.id,
          after: { ip: meta.ip, userAgent: meta.userAgent },
        },
      );
      return started;
    });
  }

  private lockedError(until: number): AppError {
    const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    return new AppError(
      'ACCOUNT_LOCKED',
      `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
      undefined,
      { 'Retry-After': String(seconds) },
    );
  }

  /** When the account's lock ends (a full lock period from now if it was lifted meanwhile). */
  private async lockedUntilOf(userId: string, now: number): Promise<number> {
    const lockedUntil = (await this.users.findById(this.db, userId))?.locked_until;
    const until = lockedUntil ? Date.parse(lockedUntil) : 0;
    return until > now ? until : now + this.config.login.lockMinutes * 60_000;
  }

  /**
   * Audits a failed attempt already counted as the `failures`-th; reaching LOGIN_MAX_FAILURES
   * locks the account, once, however many attempts reach it together.
   */
  private async recordFailure(userId: string, failures: number, now: number, meta: RequestMeta): Promise<void> {
    const lockedUntil = new Date(now + this.config.login.lockMinutes * 60_000).toISOString();
    await inTransaction(this.db, async (trx) => {
      const locked =
        failures >= this.config.login.maxFailures &&
        (await this.users.lockIfUnlocked(trx, userId, new Date(now).toISOString(), lockedUntil));
      const cause = { id: null, requestId: meta.requestId };
      await this.audit.record(trx, cause, {
        action: locked ? 'user.locked_out' : 'user.login_failed',
        entityType: 'user',
        entityId: userId,
        after: { ip: meta.ip, failures, lockedUntil: locked ? lockedUntil : null },
      });
    });
  }

  /** The same answers and work as for an account, counted in memory by the same rule. */
  private async refuseUnknownEmail(input: LoginRequest, now: number): Promise<never> {
    const entry = this.unknownEmailEntry(input.email);
    if (entry.lockedUntil > now) throw this.lockedError(entry.lockedUntil);
    entry.count += 1;
    const attempt = entry.count;
    if (attempt > this.config.login.maxFailures) throw this.lockedError(this.lockUnknownEmail(entry, now));
    await burnPasswordCheck(input.password);
    if (attempt >= this.config.login.maxFailures && entry.lockedUntil <= now) this.lockUnknownEmail(entry, now);
    throw new AppError('INVALID_CREDENTIALS', 'E-mail or password is incorrect');
  }

  private lockUnknownEmail(entry: { count: number; lockedUntil: number }, now: number): number {
    if (entry.lockedUntil <= now) {
      entry.count = 0;
      entry.lockedUntil = now + this.config.login.lockMinutes * 60_000;
    }
    return entry.lockedUntil;
  }

  /** The tracking entry of an unknown e-mail, moved to the newest end; the oldest beyond the limit are dropped. */
  private unknownEmailEntry(email: string): { count: number; lockedUntil: number } {
    const entry = this.unknownEmailFailures.get(email) ?? { count: 0, lockedUntil: 0 };
    this.unknownEmailFailures.delete(email);
    this.unknownEmailFailures.set(email, entry);
    if (this.unknownEmailFailures.size > UNKNOWN_EMAIL_TRACKING_LIMIT) {
      const oldest = this.unknownEmailFailures.keys().next().value;
      if (oldest !== undefined) this.unknownEmailFailures.delete(oldest);
    }
    return entry;
  }

  /** Opens a session for a user inside the caller's transaction. */
  async startSessionInTransaction(
    trx: DbScope,
    user: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'version'>,
    meta: RequestMeta,
  ): Promise<StartedSession> {
    const { secret, hash } = newSecret('');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.session.idleDays * DAY_MS).toISOString();
    const id = uuidv7();
    await sessionsRepo.insertSession(trx, {
      id,
      token_hash: hash,
      user_id: user.id,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      user_agent: meta.userAgent === null ? null : truncateText(meta.userAgent, 300, ''),
      ip: meta.ip,
    });
    const actor: Actor = {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role as Role,
      version: user.version,
      sessionId: id,
      sessionExpiresAt: expiresAt,
      tokenId: null,
      requestId: meta.requestId,
    };
    return { token: secret, info: this.sessionInfo(actor) };
  }

  /** Ends the session behind this cookie, if any. Never fails for an unknown cookie. */
  async logout(cookieToken: string | undefined, meta: RequestMeta): Promise<void> {
    if (!cookieToken) return;
    await inTransaction(this.db, async (trx) => {
      const session = await sessionsRepo.deleteSessionByTokenHash(trx, sha256(cookieToken));
      if (session) {
        await this.audit.record(
          trx,
          { id: session.user_id, requestId: meta.requestId },
          { action: 'user.logged_out', entityType: 'session', entityId: session.id },
        );
      }
    });
  }

  /** The actor behind a session cookie, sliding its expiry; null when expired, revoked or deactivated. */
  async authenticateSession(token: string, meta: RequestMeta): Promise<Actor | null> {
    if (token.length > 200) return null;
    const nowMs = Date.now();
    const now = new Date(nowMs).toISOString();
    const session = await sessionsRepo.findLiveSession(this.db, sha256(token), now);
    if (!session) return null;
    let expiresAt = session.expires_at;
    if (nowMs - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
      const hardLimit = Date.parse(session.created_at) + this.config.session.maxDays * DAY_MS;
      expiresAt = new Date(Math.min(hardLimit, nowMs + this.config.session.idleDays * DAY_MS)).toISOString();
      await sessionsRepo.touchSession(this.db, session.id, now, expiresAt);
    }
    return {
      id: session.user_id,
      email: session.email,
      name: session.name,
      role: session.role as Role,
      version: session.version,
      sessionId: session.id,
      sessionExpiresAt: expiresAt,
      tokenId: null,
      requestId: meta.requestId,
    };
  }

  /** The actor behind a personal API token; null when unknown, expired, revoked or deactivated. */
  async authenticateApiToken(token: string, meta: RequestMeta): Promise<Actor | null> {
    if (token.length > 200) return null;
    const nowMs = Date.now();
    const now = new Date(nowMs).toISOString();
    const row = await sessionsRepo.findLiveApiToken(this.db, sha256(token), now);
    if (!row) return null;
    if (!row.last_used_at || nowMs - Date.parse(row.last_used_at) > TOUCH_INTERVAL_MS)
      await sessionsRepo.touchApiToken(this.db, row.id, now);
    return {
      id: row.user_id,
      email: row.email,
      name: row.name,
      role: row.role as Role,
      version: row.version,
      sessionId: null,
      sessionExpiresAt: row.expires_at,
      tokenId: row.id,
      requestId: meta.requestId,
    };
  }

  sessionInfo(actor: Actor): SessionInfo {
    return {
      user: { id: actor.id, email: actor.email, name: actor.name, role: actor.role, version: actor.version },
      permissions: [...ROLE_PERMISSIONS[actor.role]],
      csrfToken: actor.sessionId ? csrfTokenFor(actor.sessionId, this.config.sessionSecret) : '',
      expiresAt: actor.sessionExpiresAt ?? new Date(Date.now() + 365 * DAY_MS).toISOString(),
    };
  }

  async purgeExpiredSessions(): Promise<void> {
    await sessionsRepo.deleteExpiredSessions(this.db, new Date().toISOString());
  }
}
