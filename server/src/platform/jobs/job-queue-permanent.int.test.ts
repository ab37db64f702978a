import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inTransaction } from '../../db/scope.js';
import { createTestApp, DIALECTS, type TestApp } from '../../test/test-app.js';
import { createJobQueue, PermanentJobError, type JobQueue } from './index.js';

const PayloadSchema = z.object({ value: z.string() });

describe.each(DIALECTS)('permanent failures and transactional sends on %s', (dialect) => {
  let t: TestApp;
  let queue: JobQueue;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    queue = createJobQueue(t.database, t.config.database);
  });
  afterEach(async () => {
    await queue.stop();
    await t.close();
  });

  it('fails a job at once on a PermanentJobError, keeping its message; an admin retry runs it once more', async () => {
    let calls = 0;
    const job = queue.define(
      'test.refused',
      { schema: PayloadSchema, retry: { limit: 5, delaySeconds: 1 } },
      async () => {
        calls += 1;
        throw new PermanentJobError('550 Mailbox unavailable');
      },
    );
    const id = (await job.send({ value: 'x' }))!;
    expect(await queue.drain({ ignoreDelays: true })).toBe(1);
    expect(calls).toBe(1);
    expect(await queue.get(id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      maxAttempts: 1,
      lastError: '550 Mailbox unavailable',
      nextRunAt: null,
    });
    expect((await queue.list('failed', 10, null)).map((j) => j.id)).toEqual([id]);

    expect(await queue.retry(id)).toBe(true);
    expect(await queue.drain({ ignoreDelays: true })).toBe(1);
    expect(calls).toBe(2);
    expect(await queue.get(id)).toMatchObject({ state: 'failed', attempts: 2, maxAttempts: 2 });
  });

  it('still retries an ordinary error', async () => {
    const job = queue.define('test.flaky', { schema: PayloadSchema, retry: { limit: 2 } }, async () => {
      throw new Error('421 try later');
    });
    const id = (await job.send({ value: 'x' }))!;
    await queue.drain();
    expect(await queue.get(id)).toMatchObject({ state: 'pending', attempts: 1, lastError: '421 try later' });
  });

  it('queues in the caller’s transaction: the job exists only if it commits', async () => {
    const ran: string[] = [];
    const job = queue.define('test.tx', { schema: PayloadSchema }, async ({ value }) => {
      ran.push(value);
    });
    await expect(
      inTransaction(t.database.scope, async (trx) => {
        expect(await job.send({ value: 'rolled back' }, { key: 'k-rollback', scope: trx })).not.toBeNull();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const committed = await inTransaction(t.database.scope, (trx) =>
      job.send({ value: 'committed' }, { key: 'k-commit', scope: trx }),
    );
    expect(committed).not.toBeNull();
    await queue.drain();
    expect(ran).toEqual(['committed']);
    // The rolled-back key was never used.
    expect(await job.send({ value: 'again' }, { key: 'k-rollback' })).not.toBeNull();
  });
});
