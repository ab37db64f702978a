import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const base = { SESSION_SECRET: 'x'.repeat(40) };
const trustProxyOf = (value: string | undefined) => loadConfig({ ...base, TRUST_PROXY: value }).trustProxy;

describe('TRUST_PROXY', () => {
  it('is off by default: X-Forwarded-For is ignored', () => {
    expect(trustProxyOf(undefined)).toBe(false);
    expect(trustProxyOf('')).toBe(false);
    expect(trustProxyOf('false')).toBe(false);
  });

  it('accepts true, a hop count, or proxy addresses and CIDR ranges', () => {
    expect(trustProxyOf('true')).toBe(true);
    expect(trustProxyOf('0')).toBe(false);
    const oneHop = trustProxyOf('1');
    if (typeof oneHop !== 'function') throw new Error('a hop count becomes a trust function');
    expect([oneHop('10.0.0.1', 0), oneHop('10.0.0.2', 1)]).toEqual([true, false]);
    expect(trustProxyOf('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trustProxyOf(' 10.0.0.0/8, ::1 ,fd00::/8,loopback')).toEqual(['10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
  });

  it.each(['yes', '-1', '1.5', '100', '10.0.0.300', '10.0.0.0/33', '::1/129', 'proxy.internal', '10.0.0.1,,'])(
    'refuses %j naming the variable',
    (value) => {
      try {
        trustProxyOf(value);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.join('\n')).toMatch(/^TRUST_PROXY: /);
      }
    },
  );
});
