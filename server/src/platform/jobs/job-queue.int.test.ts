import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from 'kysely';
import { createTestApp, DIALECTS, type TestApp } from '../../test/test-app.js';
import { createJobQueue, pgBossSchemaOf, type JobQueue } from './index.js';

const PayloadSchema = z.object({ value: z.string().max(20) });

describe.each(DIALECTS)('job queue on %s', (dialect) => {
  let t: TestApp;
  const queues: JobQueue[] = [];
  const open = (now?: () => Date) => {
    const queue = createJobQueue(t.database, t.config.database, now ? { now } : {});
    queues.push(queue);
    return queue;
  };

  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop();
    await t.close();
  });

  it('runs a job once per idempotency key, however often it is sent', async () => {
    const queue = open();
    const seen: string[] = [];
    const job = queue.define('test.record', { schema: PayloadSchema }, async ({ value }) => {
      seen.push(value);
    });
    const first = await job.send({ value: 'a' }, { key: 'k1' });
    expect(first).not.toBeNull();
    expect(await job.send({ value: 'a' }, { key: 'k1' })).toBeNull();
    expect(await queue.drain()).toBe(1);
    // Done is done: the same key after completion is still a no-op.
    expect(await job.send({ value: 'again' }, { key: 'k1' })).toBeNull();
    await job.send({ value: 'b' }, { key: 'k2' });
    await queue.drain();
    expect(seen).toEqual(['a', 'b']);
    const completed = await queue.list('completed', 10, null);
    expect(completed.map((j) => j.key).sort()).toEqual(['k1', 'k2']);
    expect(completed[0]).toMatchObject({ state: 'completed', attempts: 1, lastError: null, nextRunAt: null });
  });

  it('refuses a payload its schema rejects, and an undefined job', async () => {
    const queue = open();
    const job = queue.define('test.strict', { schema: PayloadSchema }, async () => undefined);
    await expect(job.send({ value: 'x'.repeat(21) })).rejects.toThrow();
    await expect(queue.send('test.unknown', {})).rejects.toThrow('Job test.unknown is not defined');
  });

  it('retries with a doubling delay, then keeps the failure with its last error; retry runs it again', async () => {
    const queue = open();
    let calls = 0;
    let healed = false;
    const job = queue.define(
      'test.flaky',
      { schema: PayloadSchema, retry: { limit: 2, delaySeconds: 60, backoff: 'exponential' } },
      async (_payload, { attempt }) => {
        calls += 1;
        if (!healed) throw new Error(`smtp down (attempt ${attempt})`);
      },
    );
    const id = (await job.send({ value: 'x' }))!;

    await queue.drain();
    const afterFirst = (await queue.get(id))!;
    expect(afterFirst).toMatchObject({
      state: 'pending',
      attempts: 1,
      maxAttempts: 3,
      lastError: 'smtp down (attempt 1)',
    });
    const firstDelay = Date.parse(afterFirst.nextRunAt!) - Date.now();
    expect(firstDelay).toBeGreaterThan(50_000);
    expect(firstDelay).toBeLessThanOrEqual(120_000);
    // Not due yet: nothing runs until the backoff has passed.
    expect(await queue.drain()).toBe(0);

    await queue.drain({ ignoreDelays: true });
    const afterSecond = (await queue.get(id))!;
    expect(afterSecond).toMatchObject({ state: 'failed', attempts: 3, lastError: 'smtp down (attempt 3)' });
    expect(calls).toBe(3);
    const failed = await queue.list('failed', 10, null);
    expect(failed.map((j) => j.id)).toEqual([id]);
    expect(await queue.list('pending', 10, null)).toEqual([]);

    healed = true;
    expect(await queue.retry(id)).toBe(true);
    expect(await queue.retry(id)).toBe(false);
    await queue.drain();
    expect((await queue.get(id))!).toMatchObject({ state: 'completed', attempts: 4 });
  });

  it('doubles the delay with each attempt', async () => {
    const queue = open();
    const job = queue.define(
      'test.backoff',
      { schema: PayloadSchema, retry: { limit: 5, delaySeconds: 100, backoff: 'exponential' } },
      async () => {
        throw new Error('no');
      },
    );
    const id = (await job.send({ value: 'x' }))!;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await queue.drain({ ignoreDelays: true, rounds: 1 });
      const stored = (await queue.get(id))!;
      expect(stored.attempts).toBe(attempt);
      waits.push(Date.parse(stored.nextRunAt!) - Date.now());
    }
    // After attempt n the wait is 100 s x 2^(n-1) (pg-boss adds up to as much again as jitter).
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThan(100_000 * 2 ** i - 5_000);
      expect(wait).toBeLessThanOrEqual(2 * 100_000 * 2 ** i + 1_000);
    });
  });

  it('keeps pending jobs across a restart (a new queue on the same database runs them)', async () => {
    const before = open();
    before.define('test.durable', { schema: PayloadSchema }, async () => undefined);
    const id = (await before.send('test.durable', { value: 'kept' }, { key: 'once' }))!;
    await before.stop();

    const after = open();
    const seen: string[] = [];
    after.define('test.durable', { schema: PayloadSchema }, async ({ value }) => {
      seen.push(value);
    });
    expect(await after.send('test.durable', { value: 'dup' }, { key: 'once' })).toBeNull();
    expect((await after.get(id))!.state).toBe('pending');
    await after.drain();
    expect(seen).toEqual(['kept']);
  });

  it('fires a cron schedule once per tick, across several servers', async () => {
    let now = new Date('2027-03-01T10:00:20.000Z');
    const clock = () => now;
    const runs: string[] = [];
    const serverA = open(clock);
    const serverB = open(clock);
    for (const queue of [serverA, serverB]) {
      queue.define('test.tick', { schema: z.object({}) }, async (_p, job) => {
        runs.push(job.id);
      });
      queue.schedule('test.tick', '* * * * *');
    }
    expect(await serverA.fireSchedules()).toBe(1);
    expect(await serverB.fireSchedules()).toBe(0);
    now = new Date('2027-03-01T10:00:50.000Z');
    expect(await serverA.fireSchedules()).toBe(0);
    now = new Date('2027-03-01T10:01:05.000Z');
    expect(await serverB.fireSchedules()).toBe(1);
    await serverA.drain();
    await serverB.drain();
    expect(runs).toHaveLength(2);
    const keys = (await serverA.list('completed', 10, null)).map((j) => j.key).sort();
    expect(keys).toEqual(['schedule:2027-03-01T10:00:00.000Z', 'schedule:2027-03-01T10:01:00.000Z']);
  });

  it('refuses a bad cron pattern when the schedule is registered', () => {
    const queue = open();
    queue.define('test.cron', { schema: z.object({}) }, async () => undefined);
    expect(() => queue.schedule('test.cron', 'every hour')).toThrow();
  });

  it('runs at most `concurrency` jobs of a kind at once, and stop() waits for them', async () => {
    const queue = open();
    let running = 0;
    let peak = 0;
    let finished = 0;
    queue.define('test.slow', { schema: PayloadSchema, concurrency: 2 }, async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running -= 1;
      finished += 1;
    });
    for (const value of ['1', '2', '3', '4', '5']) await queue.send('test.slow', { value });
    await queue.drain();
    expect(peak).toBe(2);
    expect(finished).toBe(5);

    await queue.send('test.slow', { value: '6' });
    await queue.start();
    await queue.stop();
    expect(finished).toBe(6);
  });

  it('pages the list newest first with a position', async () => {
    const queue = open();
    queue.define('test.page', { schema: PayloadSchema }, async () => undefined);
    for (const value of ['1', '2', '3']) await queue.send('test.page', { value });
    const first = await queue.list('pending', 2, null);
    expect(first).toHaveLength(2);
    const last = first[first.length - 1]!;
    const rest = await queue.list('pending', 2, { createdAt: last.createdAt, id: last.id });
    expect(rest).toHaveLength(1);
    expect(new Set([...first, ...rest].map((j) => j.id)).size).toBe(3);
  });

  if (dialect === 'sqlite') {
    it('puts jobs a crash left active back to pending when it starts', async () => {
      const crashed = open();
      crashed.define('test.crash', { schema: PayloadSchema }, async () => undefined);
      const id = (await crashed.send('test.crash', { value: 'x' }))!;
      await sql`update jobs set state = 'active', attempts = 1 where id = ${id}`.execute(t.database.db);

      const next = open();
      const seen: string[] = [];
      next.define('test.crash', { schema: PayloadSchema }, async ({ value }) => {
        seen.push(value);
      });
      await next.start();
      await next.stop();
      expect(seen).toEqual(['x']);
      expect((await crashed.get(id))!).toMatchObject({ state: 'completed', attempts: 2 });
    });
  } else {
    it("keeps pg-boss in a schema beside the test's own", () => {
      expect(pgBossSchemaOf(t.config.database)).toMatch(/^t_[0-9a-f]{12}_jobs$/);
    });
  }
});
