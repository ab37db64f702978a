import { describe, expect, it } from 'vitest';

describe('zod-setup', () => {
  it('makes zod build schemas without new Function (CSP without unsafe-eval)', async () => {
    await import('./zod-setup');
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });

  it('still applies when zod was loaded first', async () => {
    const { config } = await import('zod/v4/core');
    config({ jitless: false });
    const { vi } = await import('vitest');
    vi.resetModules();
    await import('./zod-setup');
    expect(config().jitless).toBe(true);
  });
});
