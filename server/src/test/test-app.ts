import { randomBytes } from 'node:crypto';
import type { Role, SessionInfo } from '@policyops/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DialectAdapter,
  type PostgresDialectConfig,
  type TableMetadata,
} from 'kysely';
import pg from 'pg';
import { buildApp, type RouteInfo, type Services } from '../app.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle, type Db, type DialectName } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/scope.js';
import { auditPayloadMismatches } from '../modules/audit/audit-payload-check.js';
import { SYSTEM_CAUSE } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { AdjustableClock } from '../platform/clock.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/**
 * What the test apps connect with: commits return without waiting for the WAL to reach the disk, which
 * only matters to a database that must outlive a crash (what each session reads is unchanged).
 */
const TEST_APP_DATABASE_URL = withOptions(TEST_DATABASE_URL, '-c synchronous_commit=off');

function withOptions(connectionString: string, options: string): string {
  const url = new URL(connectionString);
  const current = url.searchParams.get('options');
  url.searchParams.set('options', current ? `${current} ${options}` : options);
  return url.toString();
}
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

/**
 * A connection to one private PostgreSQL schema for Kysely's migrator, which through `openDatabase`
 * would lock and introspect the whole database (SchemaLockedPostgresDialect).
 */
export function schemaDatabase(url: string, schema: string): Db {
  const pool = new pg.Pool({ connectionString: withOptions(url, `-c search_path=${schema}`), max: 4 });
  return new Kysely<Database>({ dialect: new SchemaLockedPostgresDialect(schema, { pool }) });
}

/** Migrates a test app's private schema. */
async function migrateSchema(url: string, schema: string): Promise<void> {
  const db = schemaDatabase(url, schema);
  try {
    await migrateToLatest(db, schema);
  } finally {
    await db.destroy();
  }
}

/**
 * Kysely's migrator on PostgreSQL sees the whole database, which the tests' migrations of their private
 * schemas must not: it takes one advisory lock for the whole database (they waited for each other),
 * and looks for its tables by listing every column of every schema (slow, and failing with "schema
 * t_... does not exist" when another test dropped its schema meanwhile). Here it locks and lists only
 * the schema it migrates.
 */
class SchemaLockedPostgresDialect extends PostgresDialect {
  constructor(
    private readonly schema: string,
    config: PostgresDialectConfig,
  ) {
    super(config);
  }

  override createAdapter(): DialectAdapter {
    const lock = sql`hashtext(${sql.lit(this.schema)})`;
    return new (class extends PostgresAdapter {
      override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
        await sql`select pg_advisory_lock(${lock})`.execute(db);
      }
      override async releaseMigrationLock(db: Kysely<unknown>): Promise<void> {
        await sql`select pg_advisory_unlock(${lock})`.execute(db);
      }
    })();
  }

  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    const introspector = super.createIntrospector(db);
    const schema = this.schema;
    return {
      getSchemas: () => introspector.getSchemas(),
      getMetadata: (options) => introspector.getMetadata(options),
      // The migrator only asks whether its own two tables exist.
      async getTables(): Promise<TableMetadata[]> {
        const { rows } = await sql<{ name: string }>`
          select table_name as name from information_schema.tables where table_schema = ${schema}`.execute(db);
        return rows.map(({ name }) => ({ name, schema, isView: false, columns: [] }));
      },
    };
  }
}

/** Builds the real app on a fresh database: in-memory SQLite, or a private PostgreSQL schema. */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dialect === 'sqlite' ? ':memory:' : TEST_APP_DATABASE_URL,
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
    await migrateSchema(config.database.url, schema);
  }
  const database = openDatabase(config.database);
  if (config.database.kind === 'sqlite') await migrateToLatest(database.db);
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
