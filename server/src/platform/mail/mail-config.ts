import { inspect } from 'node:util';
import { z } from 'zod';

const REDACTED = '[redacted]';

/**
 * A value that must never reach a log, a reply or an error message: JSON, string conversion and
 * util.inspect all print "[redacted]"; only `reveal()` hands it to the one caller that needs it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return REDACTED;
  }
  toString(): string {
    return REDACTED;
  }
  [inspect.custom](): string {
    return REDACTED;
  }
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; password: Secret } | null;
}

export interface MailConfig {
  /** The From header of every message: an address or "Name <address>". */
  from: string;
  /** null: mail is off, and messages are written to the log instead. */
  smtp: SmtpSettings | null;
}

// A variable set to nothing in a .env file means "not set", not "set to an empty value".
const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const FROM_PATTERN = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/;
const addressOf = (from: string): string | undefined => {
  const match = FROM_PATTERN.exec(from.trim());
  return match?.[1] ?? match?.[2];
};

/** The SMTP variables of EnvSchema (config/config.ts). */
export const MAIL_ENV_SHAPE = {
  SMTP_URL: blankAsUnset(
    z
      .string()
      .trim()
      .refine((value) => parseSmtpUrl(value) !== null, {
        message: 'must be smtp://[user:password@]host[:port] or smtps://[user:password@]host[:port]',
      }),
  ),
  SMTP_HOST: blankAsUnset(z.string().trim().min(1)),
  SMTP_PORT: blankAsUnset(z.coerce.number().int().min(1).max(65535)),
  SMTP_SECURE: blankAsUnset(z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' })),
  SMTP_USER: blankAsUnset(z.string()),
  SMTP_PASSWORD: blankAsUnset(z.string()),
  MAIL_FROM: blankAsUnset(
    z
      .string()
      .trim()
      .refine((value) => z.email().safeParse(addressOf(value)).success, {
        message: 'must be an e-mail address or "Name <address>"',
      }),
  ),
};

type MailEnv = z.output<z.ZodObject<typeof MAIL_ENV_SHAPE>>;

interface ParsedSmtpUrl {
  host: string;
  port: number | null;
  secure: boolean;
  user: string | null;
  password: string | null;
}

function parseSmtpUrl(value: string): ParsedSmtpUrl | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') return null;
  if (url.pathname !== '' && url.pathname !== '/') return null;
  try {
    return {
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port === '' ? null : Number(url.port),
      secure: url.protocol === 'smtps:',
      user: url.username === '' ? null : decodeURIComponent(url.username),
      password: url.password === '' ? null : decodeURIComponent(url.password),
    };
  } catch {
    return null;
  }
}

/** What a configuration error may print of a variable's value: never a password. */
export function redactEnvValue(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (name === 'SMTP_PASSWORD') return REDACTED;
  if (name === 'SMTP_URL') return value.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, `$1:${REDACTED}@`);
  return value;
}

/**
 * The mail settings from the parsed environment, or the problems (each naming its variable) that
 * stop the start: SMTP_URL and SMTP_HOST together, credentials or a port with no server to use them.
 */
export function mailConfigFrom(env: MailEnv, publicUrl: string): { config: MailConfig } | { problems: string[] } {
  const problems: string[] = [];
  const from = env.MAIL_FROM ?? `PolicyOps <no-reply@${new URL(publicUrl).hostname}>`;
  const url = env.SMTP_URL === undefined ? null : parseSmtpUrl(env.SMTP_URL);
  const hostOnly = (['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE'] as const).filter((name) => env[name] !== undefined);
  if (url && hostOnly.length > 0) {
    for (const name of hostOnly) problems.push(`${name}: SMTP_URL already names the server; set one or the other`);
  }
  const host = url?.host ?? env.SMTP_HOST;
  if (host === undefined) {
    for (const name of ['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD'] as const) {
      if (env[name] !== undefined) problems.push(`${name}: needs SMTP_HOST (or SMTP_URL) to say which server`);
    }
  }
  // SMTP_USER/SMTP_PASSWORD may complete an SMTP_URL, so the password can live in a secret of its own.
  const user = env.SMTP_USER ?? url?.user ?? null;
  const password = env.SMTP_PASSWORD ?? url?.password ?? null;
  if (host !== undefined && password !== null && user === null) {
    problems.push('SMTP_PASSWORD: needs SMTP_USER (or a user in SMTP_URL)');
  }
  if (host !== undefined && user !== null && password === null) {
    problems.push('SMTP_USER: needs SMTP_PASSWORD (or a password in SMTP_URL)');
  }
  if (problems.length > 0) return { problems };
  if (host === undefined) return { config: { from, smtp: null } };

  const explicitSecure =
    env.SMTP_SECURE === undefined ? undefined : env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1';
  const secure = url ? url.secure || url.port === 465 : (explicitSecure ?? env.SMTP_PORT === 465);
  const port = (url ? url.port : env.SMTP_PORT) ?? (secure ? 465 : 587);
  const auth = user !== null && password !== null ? { user, password: new Secret(password) } : null;
  return { config: { from, smtp: { host, port, secure, auth } } };
}
