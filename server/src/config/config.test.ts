import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const base = { SESSION_SECRET: 'x'.repeat(40) };

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'sqlite' },
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
    });
    expect(config.database.kind === 'sqlite' && config.database.file).toMatch(/data\/policyops\.db$/);
  });

  it('selects PostgreSQL for a postgres URL and secure cookies for an https PUBLIC_URL', () => {
    const config = loadConfig({
      ...base,
      DATABASE_URL: 'postgres://u@h:5432/db',
      PUBLIC_URL: 'https://policy.example.com/',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(config.publicUrl).toBe('https://policy.example.com');
    expect(config.secureCookies).toBe(true);
  });

  it('writes the sample metrics unless SAMPLE_METRICS=off, and refuses another value', () => {
    expect(loadConfig(base).sampleMetrics).toBe('full');
    expect(loadConfig({ ...base, SAMPLE_METRICS: 'off' }).sampleMetrics).toBe('off');
    expect(() => loadConfig({ ...base, SAMPLE_METRICS: 'some' })).toThrow(/SAMPLE_METRICS/);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({
        ...base,
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
        PUBLIC_URL: 'not a url',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'PUBLIC_URL']) expect(message).toContain(name);
    }
  });

  it('makes the server exit non-zero naming the variable', () => {
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '-5', DATABASE_URL: ':memory:' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT');
  });
});
