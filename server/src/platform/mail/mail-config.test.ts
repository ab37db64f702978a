import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config.js';

const base = { SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://policy.example.com' };

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('mail settings from the environment', () => {
  it('leaves mail off without an SMTP server, sending from no-reply at the PUBLIC_URL host', () => {
    expect(loadConfig(base).mail).toEqual({ from: 'PolicyOps <no-reply@policy.example.com>', smtp: null });
    // Blank lines of a .env file are "not set".
    expect(loadConfig({ ...base, SMTP_HOST: '', SMTP_PORT: ' ' }).mail.smtp).toBeNull();
  });

  it('reads SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD and MAIL_FROM', () => {
    const { mail } = loadConfig({
      ...base,
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '2525',
      SMTP_SECURE: 'true',
      SMTP_USER: 'policyops',
      SMTP_PASSWORD: 'hunter2 hunter2',
      MAIL_FROM: 'Policy Team <policy@example.com>',
    });
    expect(mail.from).toBe('Policy Team <policy@example.com>');
    expect(mail.smtp).toMatchObject({
      host: 'smtp.example.com',
      port: 2525,
      secure: true,
      auth: { user: 'policyops' },
    });
    expect(mail.smtp?.auth?.password.reveal()).toBe('hunter2 hunter2');
  });

  it('defaults the port to 587 (STARTTLS) and takes 465 as implicit TLS', () => {
    expect(loadConfig({ ...base, SMTP_HOST: 'mx' }).mail.smtp).toEqual({
      host: 'mx',
      port: 587,
      secure: false,
      auth: null,
    });
    expect(loadConfig({ ...base, SMTP_HOST: 'mx', SMTP_PORT: '465' }).mail.smtp).toMatchObject({ secure: true });
    expect(loadConfig({ ...base, SMTP_HOST: 'mx', SMTP_SECURE: '1' }).mail.smtp).toMatchObject({ port: 465 });
  });

  it('reads SMTP_URL, with its credentials, or completed by SMTP_USER/SMTP_PASSWORD', () => {
    const fromUrl = loadConfig({ ...base, SMTP_URL: 'smtps://mailer:p%40ss@smtp.example.com' }).mail.smtp;
    expect(fromUrl).toMatchObject({ host: 'smtp.example.com', port: 465, secure: true, auth: { user: 'mailer' } });
    expect(fromUrl?.auth?.password.reveal()).toBe('p@ss');
    const completed = loadConfig({
      ...base,
      SMTP_URL: 'smtp://smtp.example.com:2587',
      SMTP_USER: 'mailer',
      SMTP_PASSWORD: 'from a secret',
    }).mail.smtp;
    expect(completed).toMatchObject({ port: 2587, secure: false, auth: { user: 'mailer' } });
    expect(completed?.auth?.password.reveal()).toBe('from a secret');
  });

  it('never shows the password when the configuration is printed or logged', () => {
    const config = loadConfig({ ...base, SMTP_HOST: 'mx', SMTP_USER: 'u', SMTP_PASSWORD: 'very secret value' });
    const printed = `${JSON.stringify(config)} ${inspect(config, { depth: 10 })} ${String(config.mail.smtp?.auth?.password)}`;
    expect(printed).not.toContain('very secret value');
    expect(printed).toContain('[redacted]');
  });

  it('stops the start naming a bad port and an SMTP_SECURE that is not a boolean', () => {
    const message = problemsOf({ SMTP_HOST: 'mx', SMTP_PORT: 'twenty-five', SMTP_SECURE: 'yes' });
    expect(message).toMatch(/SMTP_PORT: .*\(got "twenty-five"\)/);
    expect(message).toMatch(/SMTP_SECURE: must be true or false \(got "yes"\)/);
    expect(problemsOf({ SMTP_HOST: 'mx', SMTP_PORT: '70000' })).toContain('SMTP_PORT');
    expect(problemsOf({ SMTP_HOST: 'mx', SMTP_PORT: '0' })).toContain('SMTP_PORT');
  });

  it('names a bad SMTP_URL and MAIL_FROM, without printing the password in the URL', () => {
    const message = problemsOf({ SMTP_URL: 'http://user:topsecret@mail.example.com', MAIL_FROM: 'not an address' });
    expect(message).toContain('SMTP_URL: must be smtp://');
    expect(message).toContain('"http://user:[redacted]@mail.example.com"');
    expect(message).not.toContain('topsecret');
    expect(message).toContain('MAIL_FROM: must be an e-mail address');
  });

  it('refuses settings that contradict each other or have no server to go to', () => {
    expect(problemsOf({ SMTP_URL: 'smtp://mx', SMTP_HOST: 'other' })).toContain(
      'SMTP_HOST: SMTP_URL already names the server',
    );
    const orphan = problemsOf({ SMTP_PORT: '25', SMTP_PASSWORD: 'alone and secret' });
    expect(orphan).toContain('SMTP_PORT: needs SMTP_HOST (or SMTP_URL)');
    expect(orphan).toContain('SMTP_PASSWORD: needs SMTP_HOST (or SMTP_URL)');
    expect(orphan).not.toContain('alone and secret');
    expect(problemsOf({ SMTP_HOST: 'mx', SMTP_PASSWORD: 'x' })).toContain('SMTP_PASSWORD: needs SMTP_USER');
    expect(problemsOf({ SMTP_HOST: 'mx', SMTP_USER: 'u' })).toContain('SMTP_USER: needs SMTP_PASSWORD');
  });
});
