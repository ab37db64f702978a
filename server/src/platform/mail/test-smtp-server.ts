import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** For tests: a real SMTP server in this process, keeping what it received, parsed. */
export interface TestSmtpServer {
  port: number;
  /** Each message received, with the envelope the client gave. */
  received: { envelope: { from: string; to: string[] }; mail: ParsedMail; raw: string }[];
  /** Every AUTH attempt the server saw. */
  logins: { user: string; password: string }[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Require AUTH with these credentials (else any client may send). */
  credentials?: { user: string; password: string };
  /** The rejection text when AUTH fails (to check the client never repeats a password in its errors). */
  authFailureMessage?: (password: string) => string;
  /** Refuse these recipients with 550 (permanent) or 450 (try later). */
  refuse?: Record<string, 450 | 550>;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/** Starts the server on a free local port. STARTTLS is off, so plain AUTH works without certificates. */
export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: TestSmtpServer['received'] = [];
  const logins: TestSmtpServer['logins'] = [];
  const server = new SMTPServer({
    disabledCommands: options.credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.credentials,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ user: auth.username ?? '', password: auth.password ?? '' });
      const expected = options.credentials;
      if (expected && auth.username === expected.user && auth.password === expected.password) {
        return callback(null, { user: auth.username });
      }
      const message = options.authFailureMessage?.(auth.password ?? '') ?? 'Invalid username or password';
      return callback(smtpError(message, 535));
    },
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.[address.address];
      callback(code ? smtpError(`Mailbox ${address.address} unavailable`, code) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            received.push({
              envelope: { from, to: session.envelope.rcptTo.map((r) => r.address) },
              mail,
              raw: raw.toString('utf8'),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** For timeout tests: accepts connections and never says a word (no SMTP greeting). */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
