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
import { AdjustableClock, isoDay } from '../platform/clock.js';
import {
  cachedImage,
  knownImage,
  postgresImage,
  restorePostgresImage,
  sqliteImage,
  type DatabaseImage,
} from './test-snapshots.js';

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
  return startTestApp(dialect, env, migratedImage, 0);
}

/** The e-mail of a test user that signIn names by its role and count. */
const testEmail = (role: Role, count: number) => `${role}.${count}@test.policyops.dev`;

/**
 * A test app on which an admin (`admin`, the app's first signIn) loaded the sample workspace through
 * POST /api/workspace/sample on `today` (the machine's day when not given), after `people` signed in
 * (the sample links its people to existing accounts by e-mail). For tests that read the sample, not
 * those about loading it: the worker loads it once per dialect, day and people and each app starts
 * from a copy of that database, with every client signed in afresh (one more sign-in event each).
 */
export async function createSampleTestApp(
  dialect: DialectName,
  options: { today?: string; people?: [Role, string][] } = {},
): Promise<{ t: TestApp; admin: TestClient; people: TestClient[] }> {
  const people = options.people ?? [];
  const today = options.today ?? isoDay(new Date());
  const key = `sample ${dialect} ${today} ${people.map(([role, email]) => `${role}:${email}`).join(',')}`;
  const loadOn = async (t: TestApp) => {
    t.clock.setToday(today);
    const admin = await t.signIn('admin');
    const signedIn = [];
    for (const [role, email] of people) signedIn.push(await t.signIn(role, email));
    const loaded = await admin.post('/api/workspace/sample');
    if (loaded.statusCode !== 201) throw new Error(`loading the sample failed: ${loaded.statusCode} ${loaded.body}`);
    return { t, admin, people: signedIn };
  };
  const known = knownImage(key);
  if (!known) {
    // The worker's first test of this sample loads it for real, keeping a copy before it changes anything.
    const first = await loadOn(await createTestApp(dialect));
    const { database, config } = first.t;
    await cachedImage(key, async () =>
      config.database.kind === 'sqlite'
        ? sqliteImage(database.db)
        : postgresImage(TEST_DATABASE_URL, config.database.schema!),
    );
    return first;
  }
  const image = await known;
  if (!image) return loadOn(await createTestApp(dialect));
  const t = await startTestApp(dialect, {}, async () => image, 1 + people.length);
  t.clock.setToday(today);
  return {
    t,
    admin: await signInAs(t.app, testEmail('admin', 1)),
    people: await Promise.all(people.map(([, email]) => signInAs(t.app, email))),
  };
}

/**
 * The worker's copy of a freshly migrated database for this configuration (null: migrate here), for the
 * test databases only: in-memory SQLite, or a schema on the test PostgreSQL.
 */
function migratedImage(config: AppConfig): Promise<DatabaseImage | null> {
  const database = config.database;
  if (database.kind === 'sqlite') {
    if (database.file !== ':memory:') return Promise.resolve(null);
    return cachedImage('migrated sqlite', async () => {
      const handle = openDatabase(database);
      try {
        await migrateToLatest(handle.db);
        return await sqliteImage(handle.db);
      } finally {
        await handle.close();
      }
    });
  }
  if (database.url !== TEST_APP_DATABASE_URL) return Promise.resolve(null);
  return cachedImage('migrated postgres', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await onTestDatabase(database.url, `CREATE SCHEMA ${schema}`);
    try {
      await migrateSchema(database.url, schema);
      return postgresImage(TEST_DATABASE_URL, schema);
    } finally {
      await onTestDatabase(database.url, `DROP SCHEMA ${schema} CASCADE`);
    }
  });
}

async function onTestDatabase(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The test app on a database copied from `imageOf`'s image, or created and migrated when it has none. */
async function startTestApp(
  dialect: DialectName,
  env: Record<string, string>,
  imageOf: (config: AppConfig) => Promise<DatabaseImage | null>,
  signedIn: number,
): Promise<TestApp> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dialect === 'sqlite' ? ':memory:' : TEST_APP_DATABASE_URL,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    AUDIT_KEY: TEST_AUDIT_KEY,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_MINUTE: '10000',
    // Most tests load the sample workspace; 800k metric rows each would make them minutes slower.
    SAMPLE_METRICS: 'off',
    ...env,
  });
  const image = await imageOf(config);
  if (config.database.kind === 'postgres') {
    if (image?.dialect === 'postgres') {
      await restorePostgresImage(config.database.url, image.script, schema);
    } else {
      await onTestDatabase(config.database.url, `CREATE SCHEMA ${schema}`);
      await migrateSchema(config.database.url, schema);
    }
    config.database.schema = schema;
  }
  const database = openDatabase(config.database, image?.dialect === 'sqlite' ? image.bytes : undefined);
  if (config.database.kind === 'sqlite' && !image) await migrateToLatest(database.db);
  const clock = new AdjustableClock();
  const { app, services, routes } = await buildApp(config, database, { logger: false, clock });
  await app.ready();
  let counter = signedIn;
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
      const address = email ?? testEmail(role, counter);
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
