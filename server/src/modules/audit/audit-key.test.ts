import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config.js';
import { AuditKey, loadAuditKey } from './audit-key.js';

const dir = mkdtempSync(join(tmpdir(), 'policyops-audit-key-'));
const base = { SESSION_SECRET: 'x'.repeat(40) };

describe('AUDIT_KEY in the configuration', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes AUDIT_KEY when set, and refuses one shorter than 32 characters naming the variable', () => {
    expect(loadConfig({ ...base, AUDIT_KEY: 'k'.repeat(32) }).auditKey).toEqual({ key: 'k'.repeat(32) });
    try {
      loadConfig({ ...base, AUDIT_KEY: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toMatch(/^AUDIT_KEY: must be at least 32 characters/);
    }
  });

  it('otherwise points at audit-key beside the embedded database, without creating it yet', () => {
    const config = loadConfig({ ...base, DATABASE_URL: `file:${join(dir, 'db', 'policyops.db')}` });
    expect(config.auditKey).toEqual({ file: join(dir, 'db', 'audit-key') });
    expect(() => statSync(join(dir, 'db', 'audit-key'))).toThrow();
  });

  it('gives an in-memory database a key of its own that lives as long as the process', () => {
    const a = loadConfig({ ...base, DATABASE_URL: ':memory:' }).auditKey;
    const b = loadConfig({ ...base, DATABASE_URL: ':memory:' }).auditKey;
    expect('key' in a && a.key.length).toBeGreaterThanOrEqual(32);
    expect(a).not.toEqual(b);
  });
});

describe('loadAuditKey', () => {
  it('creates the key file (mode 0600) when absent and reads the same key the next time', () => {
    const file = join(dir, 'fresh', 'audit-key');
    const first = loadAuditKey({ file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThanOrEqual(32);
    expect(loadAuditKey({ file }).id).toBe(first.id);
    expect(loadAuditKey({ key: readFileSync(file, 'utf8') }).id).toBe(first.id);
  });

  it('refuses a key file that was emptied or cut short rather than replacing it', () => {
    const file = join(dir, 'short-key');
    writeFileSync(file, 'too short\n');
    expect(() => loadAuditKey({ file })).toThrow(/fewer than 32 characters: restore it from a backup/);
    expect(readFileSync(file, 'utf8')).toBe('too short\n');
  });
});

describe('AuditKey', () => {
  const secret = 'a-secret-that-must-never-be-printed-0123';
  const key = new AuditKey(secret);

  it('never shows the secret when serialised or logged, only its id', () => {
    for (const shown of [JSON.stringify({ key }), inspect(key), inspect({ nested: { key } }), String(key.toJSON())]) {
      expect(shown).not.toContain(secret);
      expect(shown).toContain(key.id);
    }
  });

  it('keeps each purpose apart: an event MAC is not a checkpoint signature of the same text', () => {
    expect(key.sealEvent('text')).not.toBe(key.signCheckpoint('text'));
    expect(key.checkpointSignatureMatches('text', key.signCheckpoint('text'))).toBe(true);
    expect(key.checkpointSignatureMatches('text', key.sealEvent('text'))).toBe(false);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(new AuditKey(`${secret}!`).id).not.toBe(key.id);
  });
});
