import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { MAIL_ENV_SHAPE, mailConfigFrom, redactEnvValue, type MailConfig } from '../platform/mail/mail-config.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// Named ranges that proxy-addr (behind Fastify's trustProxy) understands.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IP address, an address/prefix CIDR range, or a named range. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Fastify's trustProxy: nobody, every hop, these proxies, or a number of hops (as a function, see below). */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

/**
 * TRUST_PROXY: whom to believe about the client's address in X-Forwarded-For. Off by default, since
 * any client can send the header; a list of the proxies' addresses is the form to prefer. A hop count
 * becomes a function because Fastify deliberately ignores a bare number (it cannot check the peer).
 */
const TrustProxySchema = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx): TrustProxy => {
    if (value === undefined || value === '' || value === 'false' || value === '0') return false;
    if (value === 'true') return true;
    if (/^\d{1,2}$/.test(value)) {
      const hops = Number(value);
      return (_address: string, hop: number) => hop < hops;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyAddress(entry));
    if (bad.length === 0) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `must be false, true, a hop count or comma-separated proxy addresses/CIDR ranges (not ${bad.map((b) => JSON.stringify(b)).join(', ')})`,
    });
    return z.NEVER;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .default('file:./data/policyops.db')
    .refine((v) => v.startsWith('file:') || v === ':memory:' || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be file:<path> (embedded SQLite), :memory: or postgres://…',
    }),
  PUBLIC_URL: z.url().optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(20),
  WEB_DIST: z.string().optional(),
  TRUST_PROXY: TrustProxySchema,
  TEST_CLOCK: z.enum(['0', '1']).default('0'),
  SAMPLE_METRICS: z.enum(['full', 'off']).default('full'),
  ...MAIL_ENV_SHAPE,
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };
  publicUrl: string;
  sessionSecret: string;
  /** The audit chain's HMAC key, or the file that holds it (read, or created, by modules/audit/audit-key.ts). */
  auditKey: { key: string } | { file: string };
  logLevel: (typeof LOG_LEVELS)[number];
  session: { idleDays: number; maxDays: number };
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  webDist: string | null;
  secureCookies: boolean;
  /** Whose X-Forwarded-For to believe (TRUST_PROXY), in the form Fastify's trustProxy takes. */
  trustProxy: TrustProxy;
  /** TEST_CLOCK=1: for tests only, an admin route moves the server's clock (refused in production). */
  testClock: boolean;
  /** SAMPLE_METRICS: whether the sample workspace writes its two years of daily metrics (about 800k rows) or none. */
  sampleMetrics: 'full' | 'off';
  /** Outgoing mail (SMTP_* and MAIL_FROM); without a server, mail is off and written to the log. */
  mail: MailConfig;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses environment variables into the app's configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) =>
          `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(redactEnvValue(String(i.path[0]), env[String(i.path[0])]) ?? null)})`,
      ),
    );
  }
  const e = parsed.data;
  if (e.TEST_CLOCK === '1' && e.NODE_ENV === 'production')
    throw new ConfigError(['TEST_CLOCK: is for tests only and is refused when NODE_ENV=production (got "1")']);
  const database: AppConfig['database'] = e.DATABASE_URL.startsWith('postgres')
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : {
        kind: 'sqlite',
        file: e.DATABASE_URL === ':memory:' ? ':memory:' : resolve(e.DATABASE_URL.slice('file:'.length)),
      };
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const mail = mailConfigFrom(e, publicUrl);
  if ('problems' in mail) throw new ConfigError(mail.problems);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database,
    publicUrl,
    sessionSecret: e.SESSION_SECRET ?? storedSessionSecret(database),
    auditKey: e.AUDIT_KEY ? { key: e.AUDIT_KEY } : defaultAuditKey(database),
    logLevel: e.LOG_LEVEL,
    session: { idleDays: e.SESSION_IDLE_DAYS, maxDays: e.SESSION_MAX_DAYS },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      ratePerMinute: e.LOGIN_RATE_PER_MINUTE,
    },
    webDist: e.WEB_DIST ?? null,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY,
    testClock: e.TEST_CLOCK === '1',
    sampleMetrics: e.SAMPLE_METRICS,
    mail: mail.config,
  };
}

/** For entry points: the configuration, or exit code 2 with each bad variable named. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/**
 * When SESSION_SECRET is absent, one is generated once and kept beside the embedded database
 * (./data/session-secret), so restarts keep sessions valid.
 */
function storedSessionSecret(database: AppConfig['database']): string {
  const folder = database.kind === 'sqlite' && database.file !== ':memory:' ? dirname(database.file) : resolve('data');
  const file = resolve(folder, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Without AUDIT_KEY, the key lives in the data folder beside the session secret (./data/audit-key),
 * created at first start. An in-memory database lives only as long as the process, and so does its key.
 */
function defaultAuditKey(database: AppConfig['database']): AppConfig['auditKey'] {
  if (database.kind === 'sqlite' && database.file === ':memory:') return { key: randomBytes(32).toString('base64url') };
  const folder = database.kind === 'sqlite' ? dirname(database.file) : resolve('data');
  return { file: resolve(folder, 'audit-key') };
}
