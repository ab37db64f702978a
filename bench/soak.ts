import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '@policyops/contracts';
import { createServices } from '../server/src/app.js';
import { loadConfig } from '../server/src/config/config.js';
import { migrateToLatest, openDatabase } from '../server/src/db/database.js';
import { inTransaction } from '../server/src/db/scope.js';
import { SYSTEM_CAUSE } from '../server/src/modules/audit/audit.service.js';
import { hashPassword } from '../server/src/modules/auth/passwords.js';
import { info, median, target, type Figure, report } from './figures.js';
import { residentBytes, startServer } from './processes.js';
import { BENCH_ENV } from './seed.js';
import { runOne, signIn, type Account, type Outcome, type Workspace } from './soak-traffic.js';

// At least two minutes: the first is the warm-up, memory is compared after it.
const MINUTES = Math.max(2, Number(process.env.SOAK_MINUTES ?? 10));
const RATE = Number(process.env.SOAK_RATE ?? 40);
const PASSWORD = 'soak test password 1234';
const ROLES: Role[] = ['admin', 'program_manager', 'policy_owner', 'policy_owner', 'contributor', 'viewer'];
const EDITORS = new Set<Role>(['admin', 'program_manager', 'policy_owner', 'contributor']);

const root = fileURLToPath(new URL('..', import.meta.url));
const mb = (bytes: number | null) => Number(((bytes ?? 0) / 1024 / 1024).toFixed(1));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

/** A fresh embedded database with the sample workspace and one account per role (two policy owners). */
async function seed(file: string): Promise<{ email: string; role: Role }[]> {
  const config = loadConfig({ ...BENCH_ENV, DATABASE_URL: `file:${file}` });
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const services = createServices(config, database);
  await services.sample.load(SYSTEM_CAUSE);
  const passwordHash = await hashPassword(PASSWORD);
  const people = ROLES.map((role, i) => ({ email: `soak.${i}.${role}@example.com`, role }));
  await inTransaction(database.scope, async (trx) => {
    for (const [i, person] of people.entries()) {
      await services.users.createInTransaction(trx, SYSTEM_CAUSE, {
        ...person,
        name: `Soak Person ${i}`,
        passwordHash,
      });
    }
  });
  await database.close();
  return people;
}

/** Signs everyone in and gives each person who may draft an open draft of their own policy. */
async function prepare(baseUrl: string, people: { email: string; role: Role }[]): Promise<Workspace> {
  const accounts: Account[] = [];
  for (const person of people)
    accounts.push({ ...person, password: PASSWORD, ...(await signIn(baseUrl, person.email, PASSWORD)), draft: null });
  const admin = accounts[0]!;
  const get = async <T>(path: string) =>
    (await (await fetch(`${baseUrl}${path}`, { headers: { cookie: admin.cookie } })).json()) as T;
  const { items } = await get<{ items: { id: string; restricted: boolean }[] }>('/api/policies');
  const policyIds = items.filter((p) => !p.restricted).map((p) => p.id);
  const free = [];
  for (const id of policyIds) {
    const versions = await get<{ items: { state: string }[] }>(`/api/policies/${id}/versions`);
    if (!versions.items.some((v) => ['draft', 'in_review', 'approved'].includes(v.state))) free.push(id);
  }
  for (const [i, account] of accounts.entries()) {
    if (!EDITORS.has(people[i]!.role)) continue;
    const policyId = free.shift();
    if (!policyId) break;
    const res = await fetch(`${baseUrl}/api/policies/${policyId}/versions`, {
      method: 'POST',
      headers: { cookie: account.cookie, 'x-csrf-token': account.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ changeSummary: 'Soak draft' }),
    });
    if (res.status !== 201) throw new Error(`could not start a draft: ${res.status} ${await res.text()}`);
    const draft = (await res.json()) as { id: string; version: number; body: string };
    account.draft = { policyId, versionId: draft.id, version: draft.version, body: draft.body, saving: false };
  }
  if (policyIds.length === 0 || !accounts.some((a) => a.draft)) throw new Error('the sample workspace has no policies');
  return { baseUrl, accounts, policyIds };
}

interface Minute {
  requests: number;
  errors: number;
  latencies: number[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policyops-soak-'));
  const file = join(dir, 'soak.db');
  const people = await seed(file);
  // SOAK_HEAP_SNAPSHOTS=<folder>: the server writes a heap snapshot there after the warm-up minute
  // and at the end, to compare (Chrome DevTools, Memory tab) when memory grows.
  const snapshots = process.env.SOAK_HEAP_SNAPSHOTS;
  const server = await startServer(
    'policyops',
    join(root, 'server/dist/main.js'),
    3911,
    {
      ...BENCH_ENV,
      DATABASE_URL: `file:${file}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      LOGIN_RATE_PER_MINUTE: '10000',
    },
    '/healthz',
    snapshots ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshots}`] : [],
  );
  const heapSnapshot = () => snapshots && server.child.kill('SIGUSR2');
  const figures: Figure[] = [];
  try {
    const ws = await prepare(server.url, people);
    const minutes: Minute[] = Array.from({ length: Math.ceil(MINUTES) }, () => ({
      requests: 0,
      errors: 0,
      latencies: [],
    }));
    const failures = new Map<string, number>();
    const rss: { atMs: number; bytes: number | null }[] = [];
    const rssBetween = (fromMs: number, toMs: number) =>
      median(rss.filter((s) => s.atMs >= fromMs && s.atMs < toMs && s.bytes !== null).map((s) => s.bytes!));
    const started = performance.now();
    const durationMs = MINUTES * 60_000;
    const inFlight = new Set<Promise<void>>();
    let launched = 0;
    console.log(`Soak: ${RATE} operations/s for ${MINUTES} min against ${server.url} (pid ${server.child.pid})`);

    const record = (outcome: Outcome | null, startedAtMs: number) => {
      if (!outcome) return;
      const minute = minutes[Math.min(minutes.length - 1, Math.floor(startedAtMs / 60_000))]!;
      minute.requests += outcome.requests;
      minute.latencies.push(outcome.ms);
      if (!outcome.ok) {
        minute.errors += 1;
        const key = `${outcome.operation}: ${outcome.detail}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    };
    const sampleMemory = setInterval(
      () =>
        void residentBytes(server.child.pid!).then((bytes) => rss.push({ atMs: performance.now() - started, bytes })),
      5_000,
    );
    // Open loop: operations start on schedule whether or not earlier ones have finished.
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const elapsed = performance.now() - started;
        if (elapsed >= durationMs) {
          clearInterval(tick);
          resolve();
          return;
        }
        for (; launched < Math.floor((elapsed / 1000) * RATE); launched++) {
          const at = elapsed;
          const job = runOne(ws).then((outcome) => record(outcome, at));
          inFlight.add(job);
          void job.finally(() => inFlight.delete(job));
        }
      }, 10);
      const progress = setInterval(() => {
        const m = Math.floor((performance.now() - started) / 60_000);
        if (m > 0 && m <= minutes.length) {
          const done = minutes[m - 1]!;
          const memory = mb(rssBetween((m - 1) * 60_000, m * 60_000));
          console.log(
            `  minute ${m}: ${done.requests} requests, ${done.errors} errors, p99 ${percentile(done.latencies, 99).toFixed(0)} ms, server RSS ${memory} MB`,
          );
        }
        if (m === 1) heapSnapshot();
      }, 60_000);
      tick.unref?.();
      setTimeout(() => clearInterval(progress), durationMs + 1000);
    });
    await Promise.all(inFlight);
    clearInterval(sampleMemory);
    heapSnapshot();
    if (snapshots) console.log(`Heap snapshots in ${snapshots}`);
    // Resident memory sampled every 5 s moves with each garbage collection: compare the median of
    // the 30 s after the warm-up minute (JIT, caches and pools settled) with that of the last 30 s.
    const afterWarmup = rssBetween(60_000, 90_000);
    const end = rssBetween(durationMs - 30_000, durationMs + 1);
    if (!(afterWarmup > 0 && end > 0)) throw new Error('no resident-memory samples: the soak reads /proc (Linux)');
    const growth = (100 * (end - afterWarmup)) / afterWarmup;
    const requests = minutes.reduce((sum, m) => sum + m.requests, 0);
    const errors = minutes.reduce((sum, m) => sum + m.errors, 0);

    figures.push(
      info('soak.minutes', MINUTES, 'min'),
      info('soak.operations_per_second', RATE, 'op/s'),
      info('soak.requests_served', requests, 'requests'),
      target('soak.errors', errors, 'errors', '< 1'),
      ...minutes.map((m, i) =>
        info(
          `soak.minute_${String(i + 1).padStart(2, '0')}.latency_p99`,
          Math.round(percentile(m.latencies, 99)),
          'ms',
        ),
      ),
      ...minutes.map((_, i) =>
        info(
          `soak.minute_${String(i + 1).padStart(2, '0')}.server_rss`,
          mb(rssBetween(i * 60_000, (i + 1) * 60_000)),
          'MB',
        ),
      ),
      info('soak.server_rss.after_warmup', mb(afterWarmup), 'MB'),
      info('soak.server_rss.end', mb(end), 'MB'),
      target('soak.server_rss.growth_after_warmup', Number(growth.toFixed(1)), '%', '< 10'),
    );
    for (const [failure, count] of failures) console.log(`  ${count} × ${failure}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  report(
    `PolicyOps soak (${MINUTES} min at ${RATE} operations/s, embedded database)`,
    figures,
    join(root, 'bench/results/soak.json'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
