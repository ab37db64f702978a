import type { MailStatus } from '@policyops/contracts';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { z } from 'zod';
import type { MailConfig, SmtpSettings } from './mail-config.js';

export interface MailMessage {
  to: string;
  /** Never put a secret (a link token) in a subject: when mail is off, the subject is logged. */
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe; names are RFC 5322 field names, values one line each. */
  headers?: Record<string, string>;
}

export interface MailReceipt {
  /** false: mail is off and the message was written to the log instead. */
  delivered: boolean;
  messageId: string | null;
  /** The SMTP server's answer on accepting the message. */
  response: string | null;
}

/** The part of pino (Fastify's app.log) the mailer writes to. */
export interface MailLogger {
  info(details: object, message: string): void;
}

/** Outgoing mail: through SMTP when configured, else written to the log. Modules get it from the services. */
export interface Mailer {
  readonly status: MailStatus;
  /** Throws MailDeliveryError when the server refuses the message or cannot be reached in time. */
  send(message: MailMessage): Promise<MailReceipt>;
  close(): void;
}

/**
 * The SMTP server did not take the message. `responseCode` is its reply code when it answered
 * (421 and other 4xx: try again later; 5xx: it will refuse again), null when it never did (timeout,
 * connection refused). The message never contains the SMTP password.
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }

  /** Whether sending the same message again may work (the jobs queue retries only these). */
  get transient(): boolean {
    return this.responseCode === null || (this.responseCode >= 400 && this.responseCode < 500);
  }
}

export interface MailerTimeouts {
  /** To open the connection. */
  connectionMs: number;
  /** For the server's greeting once connected. */
  greetingMs: number;
  /** Of silence on an open connection. */
  socketMs: number;
}

const DEFAULT_TIMEOUTS: MailerTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 };

const HEADER_NAME = /^[!-9;-~]+$/;
const RecipientSchema = z.email();

/** Refuses what would let a caller forge headers: line breaks in a subject or header, a bad address. */
function checkMessage(message: MailMessage): void {
  if (!RecipientSchema.safeParse(message.to).success) throw new TypeError('Mail recipient is not an e-mail address');
  if (/[\r\n]/.test(message.subject)) throw new TypeError('Mail subject must be one line');
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new TypeError(`Mail header name ${JSON.stringify(name)} is not valid`);
    if (/[\r\n]/.test(value)) throw new TypeError(`Mail header ${name} must be one line`);
  }
}

/** Mail is off: the log says who would have received what, never the body (it may hold a link token). */
class LoggedMailer implements Mailer {
  readonly status: MailStatus;

  constructor(
    from: string,
    private readonly logger: MailLogger,
  ) {
    this.status = { enabled: false, from, host: null, port: null, secure: null, authenticated: false };
  }

  async send(message: MailMessage): Promise<MailReceipt> {
    checkMessage(message);
    this.logger.info(
      { mail: { to: message.to, subject: message.subject } },
      'Mail is off (no SMTP_URL or SMTP_HOST): message logged, not sent',
    );
    return { delivered: false, messageId: null, response: null };
  }

  close(): void {}
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

// Private (#) fields: util.inspect and JSON never show them, so logging the services cannot leak the password.
class SmtpMailer implements Mailer {
  readonly status: MailStatus;
  readonly #transport: Transporter<SMTPTransport.SentMessageInfo>;
  readonly #secrets: string[];
  readonly #from: string;
  readonly #smtp: SmtpSettings;
  readonly #logger: MailLogger;

  constructor(from: string, smtp: SmtpSettings, logger: MailLogger, timeouts: MailerTimeouts) {
    this.#from = from;
    this.#smtp = smtp;
    this.#logger = logger;
    this.status = {
      enabled: true,
      from,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      authenticated: smtp.auth !== null,
    };
    const password = smtp.auth?.password.reveal() ?? null;
    // What a server might echo back of the credentials: the password as sent by AUTH PLAIN and LOGIN.
    this.#secrets =
      password === null || password === ''
        ? []
        : [
            password,
            Buffer.from(password).toString('base64'),
            Buffer.from(`\u0000${smtp.auth!.user}\u0000${password}`).toString('base64'),
          ];
    this.#transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.auth && password !== null ? { user: smtp.auth.user, pass: password } : undefined,
      connectionTimeout: timeouts.connectionMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.socketMs,
      logger: false,
      debug: false,
    });
  }

  async send(message: MailMessage): Promise<MailReceipt> {
    checkMessage(message);
    try {
      const info = await this.#transport.sendMail({
        from: this.#from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
        ...(message.headers === undefined ? {} : { headers: message.headers }),
      });
      this.#logger.info({ mail: { to: message.to, subject: message.subject, messageId: info.messageId } }, 'Mail sent');
      return { delivered: true, messageId: info.messageId ?? null, response: info.response ?? null };
    } catch (error) {
      throw this.deliveryError(message.to, error as SmtpFailure);
    }
  }

  private deliveryError(to: string, failure: SmtpFailure): MailDeliveryError {
    const code = failure.code ?? 'EUNKNOWN';
    const responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : null;
    const server = `${this.#smtp.host}:${this.#smtp.port}`;
    const reason =
      responseCode !== null
        ? `${server} answered ${failure.response ?? responseCode}`
        : code === 'ETIMEDOUT'
          ? `${server} did not answer in time (${failure.message ?? 'timeout'})`
          : `${server} could not be reached (${failure.message ?? code})`;
    return new MailDeliveryError(this.scrub(`Mail to ${to} was not sent: ${reason}`), code, responseCode);
  }

  private scrub(text: string): string {
    return this.#secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  }

  close(): void {
    this.#transport.close();
  }
}

/** The app's mailer: SMTP when the configuration names a server, else the log. */
export function createMailer(config: MailConfig, logger: MailLogger, timeouts: Partial<MailerTimeouts> = {}): Mailer {
  if (config.smtp === null) return new LoggedMailer(config.from, logger);
  return new SmtpMailer(config.from, config.smtp, logger, { ...DEFAULT_TIMEOUTS, ...timeouts });
}
