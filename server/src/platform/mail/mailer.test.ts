import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { Secret, type MailConfig } from './mail-config.js';
import { link, renderMail } from './mail-template.js';
import { createMailer, MailDeliveryError, type Mailer } from './mailer.js';
import { startSilentServer, startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js';

const PASSWORD = 'correct horse battery staple';
const FROM = 'PolicyOps <no-reply@policyops.test>';

function smtpConfig(port: number, auth: { user: string; password: string } | null = null): MailConfig {
  return {
    from: FROM,
    smtp: {
      host: '127.0.0.1',
      port,
      secure: false,
      auth: auth && { user: auth.user, password: new Secret(auth.password) },
    },
  };
}

const logLines: { details: object; message: string }[] = [];
const logger = { info: (details: object, message: string) => void logLines.push({ details, message }) };

describe('the mailer against a real SMTP server', () => {
  let server: TestSmtpServer | null = null;
  let mailer: Mailer | null = null;
  afterEach(async () => {
    mailer?.close();
    await server?.close();
    server = null;
    mailer = null;
    logLines.length = 0;
  });

  it('delivers a plain-text and HTML message with extra headers, signed in with the configured user', async () => {
    server = await startTestSmtpServer({ credentials: { user: 'policyops', password: PASSWORD } });
    mailer = createMailer(smtpConfig(server.port, { user: 'policyops', password: PASSWORD }), logger);
    const receipt = await mailer.send({
      to: 'sam@example.com',
      subject: 'Sign-off requested: Hate Speech v2.1',
      text: 'Please review.',
      html: '<p>Please <b>review</b>.</p>',
      headers: { 'List-Unsubscribe': '<https://policyops.test/account>', 'X-PolicyOps-Kind': 'test' },
    });

    expect(receipt.delivered).toBe(true);
    expect(receipt.response).toMatch(/^250/);
    expect(server.logins).toEqual([{ user: 'policyops', password: PASSWORD }]);
    const [message] = server.received;
    expect(message!.envelope).toEqual({ from: 'no-reply@policyops.test', to: ['sam@example.com'] });
    expect(message!.mail.subject).toBe('Sign-off requested: Hate Speech v2.1');
    expect(message!.mail.from?.value).toEqual([{ name: 'PolicyOps', address: 'no-reply@policyops.test' }]);
    expect(message!.mail.text?.trim()).toBe('Please review.');
    expect(message!.mail.html).toContain('<p>Please <b>review</b>.</p>');
    expect(message!.raw).toMatch(/^List-Unsubscribe: <https:\/\/policyops\.test\/account>\r?$/m);
    expect(message!.mail.headers.get('x-policyops-kind')).toBe('test');
    expect(message!.mail.messageId).toBe(receipt.messageId);
    expect(logLines.map((l) => l.message)).toEqual(['Mail sent']);
  });

  it('sends a rendered template whose interpolated values arrive escaped in HTML and intact in text', async () => {
    server = await startTestSmtpServer();
    mailer = createMailer(smtpConfig(server.port), logger);
    const title = 'Hate <script>alert("x")</script> & Slurs';
    const rendered = renderMail(
      {
        subject: `Changed: ${title}`,
        paragraphs: [['The policy ', title, ' changed: ', link('/policies/hate', title)]],
      },
      { publicUrl: 'https://policyops.test' },
    );
    await mailer.send({ to: 'sam@example.com', ...rendered });

    const mail = server.received[0]!.mail;
    expect(mail.subject).toBe(`Changed: ${title}`);
    expect(mail.text).toContain(`The policy ${title} changed: ${title} (https://policyops.test/policies/hate)`);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Hate &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Slurs');
    expect(mail.html).toContain('<a href="https://policyops.test/policies/hate">');
    expect(mail.html).toContain('<a href="https://policyops.test/account">your account</a>');
  });

  it('surfaces a refused recipient as an error with the SMTP reply code, permanent or transient', async () => {
    server = await startTestSmtpServer({ refuse: { 'gone@example.com': 550, 'busy@example.com': 450 } });
    mailer = createMailer(smtpConfig(server.port), logger);
    const send = (to: string) => mailer!.send({ to, subject: 'Hello', text: 'Hi' });

    const permanent = await send('gone@example.com').catch((e: unknown) => e);
    expect(permanent).toBeInstanceOf(MailDeliveryError);
    expect(permanent).toMatchObject({ responseCode: 550, transient: false });
    expect((permanent as Error).message).toMatch(
      /^Mail to gone@example.com was not sent: 127\.0\.0\.1:\d+ answered 550/,
    );

    const later = await send('busy@example.com').catch((e: unknown) => e);
    expect(later).toMatchObject({ responseCode: 450, transient: true });
    expect(server.received).toEqual([]);
  });

  it('never repeats the password in an error, even when the server echoes it back', async () => {
    server = await startTestSmtpServer({
      credentials: { user: 'policyops', password: 'another password' },
      authFailureMessage: (password) => `Authentication failed for password ${password}`,
    });
    mailer = createMailer(smtpConfig(server.port, { user: 'policyops', password: PASSWORD }), logger);
    const error = await mailer.send({ to: 'sam@example.com', subject: 'Hello', text: 'Hi' }).catch((e: unknown) => e);

    expect(server.logins).toEqual([{ user: 'policyops', password: PASSWORD }]);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).toMatchObject({ code: 'EAUTH', responseCode: 535 });
    const shown = `${(error as Error).message} ${inspect(error)} ${JSON.stringify(error)}`;
    expect(shown).toContain('Authentication failed for password [redacted]');
    expect(shown).not.toContain(PASSWORD);
    expect(shown).not.toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('gives up on a server that never greets, within the configured timeout', async () => {
    const silent = await startSilentServer();
    try {
      mailer = createMailer(smtpConfig(silent.port), logger, { greetingMs: 300 });
      const started = Date.now();
      const error = await mailer.send({ to: 'sam@example.com', subject: 'Hello', text: 'Hi' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailDeliveryError);
      expect(error).toMatchObject({ code: 'ETIMEDOUT', responseCode: null, transient: true });
      expect((error as Error).message).toContain('did not answer in time');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await silent.close();
    }
  });

  it('reports an unreachable server as a transient error without a reply code', async () => {
    const closed = await startSilentServer();
    const port = closed.port;
    await closed.close();
    mailer = createMailer(smtpConfig(port), logger, { connectionMs: 1_000 });
    const error = await mailer.send({ to: 'sam@example.com', subject: 'Hello', text: 'Hi' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ responseCode: null, transient: true });
    expect((error as MailDeliveryError).code).toMatch(/^E(CONNECTION|SOCKET)$/);
    expect((error as Error).message).toContain('could not be reached');
  });

  it('refuses header injection and a recipient that is not an address before connecting', async () => {
    server = await startTestSmtpServer();
    mailer = createMailer(smtpConfig(server.port), logger);
    const base = { to: 'sam@example.com', subject: 'Hello', text: 'Hi' };
    await expect(mailer.send({ ...base, subject: 'Hello\r\nBcc: everyone@example.com' })).rejects.toThrow(/one line/);
    await expect(mailer.send({ ...base, headers: { 'X-Evil': 'a\nBcc: x@example.com' } })).rejects.toThrow(/one line/);
    await expect(mailer.send({ ...base, headers: { 'Bad Name': 'x' } })).rejects.toThrow(/not valid/);
    await expect(mailer.send({ ...base, to: 'sam@example.com, eve@example.com' })).rejects.toThrow(/recipient/);
    expect(server.received).toEqual([]);
  });
});

describe('the mailer when mail is off', () => {
  it('writes the recipient and subject to the log, never the body, and says it did not deliver', async () => {
    logLines.length = 0;
    const mailer = createMailer({ from: FROM, smtp: null }, logger);
    const receipt = await mailer.send({
      to: 'new.person@example.com',
      subject: 'You are invited to PolicyOps',
      text: 'Accept: https://policyops.test/invite/SECRET-TOKEN',
      html: '<a href="https://policyops.test/invite/SECRET-TOKEN">Accept</a>',
    });
    expect(receipt).toEqual({ delivered: false, messageId: null, response: null });
    expect(mailer.status).toEqual({
      enabled: false,
      from: FROM,
      host: null,
      port: null,
      secure: null,
      authenticated: false,
    });
    expect(logLines).toHaveLength(1);
    expect(logLines[0]!.details).toEqual({
      mail: { to: 'new.person@example.com', subject: 'You are invited to PolicyOps' },
    });
    expect(JSON.stringify(logLines)).not.toContain('SECRET-TOKEN');
  });

  it('describes an SMTP server without its password', () => {
    const mailer = createMailer(smtpConfig(2525, { user: 'policyops', password: PASSWORD }), logger);
    expect(mailer.status).toEqual({
      enabled: true,
      from: FROM,
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      authenticated: true,
    });
    expect(`${JSON.stringify(mailer)} ${inspect(mailer, { depth: 10 })}`).not.toContain(PASSWORD);
    mailer.close();
  });
});
