import { randomBytes } from 'node:crypto';
import type { Role, SessionInfo } from '@policyops/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp, type RouteInfo, type Services } from '../app.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle, type DialectName } from '../db/database.js';
import { inTransaction } from '../db/scope.js';
import { auditPayloadMismatches } from '../modules/audit/audit-payload-check.js';
import { SYSTEM_CAUSE } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { AdjustableClock } from '../platform/clock.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];
export const TEST_PASSWORD = 'a long enough test password';
/** The audit key of every test app (tests that play someone holding the key use it). */
export const TEST_AUDIT_KEY = 'test-audit-key-test-audit-key-test-0123';

let cachedHash: Promise<string> | null = null;
/** One argon2 hash for every test user: hashing is deliberately slow. */
const testPasswordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

/** An HTTP caller bound to one signed-in user (cookie + CSRF token), or anonymous. */
export class TestClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly session: SessionInfo | null,
    private readonly cookie: string | null,
  ) {}

  get userId(): string {
    if (!this.session) throw new Error('anonymous client');
    return this.session.user.id;
  }

  request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.session?.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.session.csrfToken;
    return this.app.inject({ ...options, headers });
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: 'PUT', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }
  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as object });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  routes: RouteInfo[];
  database: DatabaseHandle;
  config: AppConfig;
  dialect: DialectName;
  /** The app's clock: `clock.setToday('2027-01-16')` moves what every reply takes as today. */
  clock: AdjustableClock;
  anonymous: TestClient;
  /** Creates a user with this role directly and signs them in through the API. */
  signIn(role: Role, email?: string): Promise<TestClient>;
  /**
   * For a test that rewrites stored audit events on purpose (to prove the verifier notices): close()
   * then does not check their payloads. Say why.
   */
  skipAuditPayloadCheck(reason: string): void;
  /**
   * Checks every audit event the test wrote against its action's payload schema (failing with the
   * action and the zod issue), then shuts the app down and drops the database.
   */
  close(): Promise<void>;
}

/** Builds the real app on a fresh database: in-memory SQLite, or a private PostgreSQL schema. */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dialect === 'sqlite' ? ':memory:' : TEST_DATABASE_URL,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    AUDIT_KEY: TEST_AUDIT_KEY,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_MINUTE: '10000',
    ...env,
  });
  if (config.database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.database.url });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    config.database.schema = schema;
  }
  const database = openDatabase(config.database);
  await migrateToLatest(database.db, config.database.kind === 'postgres' ? config.database.schema : undefined);
  const clock = new AdjustableClock();
  const { app, services, routes } = await buildApp(config, database, { logger: false, clock });
  await app.ready();
  let counter = 0;
  let payloadCheckSkipped: string | null = null;

  return {
    app,
    services,
    routes,
    database,
    config,
    dialect,
    clock,
    anonymous: new TestClient(app, null, null),
    async signIn(role, email) {
      counter += 1;
      const address = email ?? `${role}.${counter}@test.policyops.dev`;
      const passwordHash = await testPasswordHash();
      await inTransaction(database.scope, (trx) =>
        services.users.createInTransaction(trx, SYSTEM_CAUSE, {
          email: address,
          name: `Test ${role} ${counter}`,
          role,
          passwordHash,
        }),
      );
      return signInAs(app, address);
    },
    skipAuditPayloadCheck(reason) {
      payloadCheckSkipped = reason;
    },
    async close() {
      try {
        const mismatches = payloadCheckSkipped === null ? await auditPayloadMismatches(database.scope) : [];
        if (mismatches.length > 0)
          throw new Error(`Audit payloads do not match their schemas:\n${mismatches.join('\n')}`);
      } finally {
        await app.close();
        await database.close();
        if (config.database.kind === 'postgres') {
          const client = new pg.Client({ connectionString: config.database.url });
          await client.connect();
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          // pg-boss's schema beside it (platform/jobs: pgBossSchemaOf), when a test used the queue.
          await client.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
          await client.end();
        }
      }
    },
  };
}

export async function signInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? null;
  return new TestClient(app, res.json() as SessionInfo, cookie);
}

export function sessionCookieOf(res: LightMyRequestResponse): string | null {
  return res.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? null;
}

/** Asserts a problem+json reply with this status (and code) and returns it. */
export function expectProblem(
  res: LightMyRequestResponse,
  status: number,
  code?: string,
): { code: string; errors?: { path: string; message: string }[]; detail?: string } {
  if (res.statusCode !== status || !String(res.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(
      `expected problem ${status}${code ? ` ${code}` : ''}, got ${res.statusCode} ${res.headers['content-type']}: ${res.body}`,
    );
  }
  const body = res.json() as { code: string; errors?: { path: string; message: string }[]; detail?: string };
  if (code && body.code !== code) throw new Error(`expected code ${code}, got ${body.code}: ${res.body}`);
  return body;
}
