import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_ADMIN, seedBenchDatabase } from './seed.js';
import { mulberry32, seedLibrary, zipfWord } from './seed-library.js';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  meets: boolean | null;
}

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const USERS = 10_000;
const POLICIES = 10_000;
const VERSIONS_PER_POLICY = 10;
const SEARCH_QUERIES = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const root = fileURLToPath(new URL('..', import.meta.url));

function start(
  script: string,
  port: number,
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<ChildProcess> {
  const child = fork(script, [], {
    env: { ...process.env, ...env, PORT: String(port) },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`${script} did not start`)), 30_000);
    const poll = setInterval(async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/${script.includes('bare') ? 'constant' : 'healthz'}`);
        if (res.ok) {
          clearInterval(poll);
          clearTimeout(deadline);
          resolve(child);
        }
      } catch {
        // not listening yet
      }
    }, 200);
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policyops-bench-'));
  const dbFile = join(dir, 'bench.db');
  const figures: Figure[] = [];
  const children: ChildProcess[] = [];
  try {
    const seedStart = performance.now();
    await seedBenchDatabase(dbFile, USERS);
    console.log(
      `Seeded ${USERS} users and ${USERS} audit events in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const librarySeedStart = performance.now();
    await seedLibrary(dbFile, POLICIES, VERSIONS_PER_POLICY);
    console.log(
      `Seeded ${POLICIES * VERSIONS_PER_POLICY} policy versions (indexed for search) in ${((performance.now() - librarySeedStart) / 1000).toFixed(1)} s`,
    );

    children.push(await start(join(root, 'bench/bare-server.ts'), 3901, {}, ['--import', 'tsx']));
    children.push(
      await start(join(root, 'server/dist/main.js'), 3902, {
        DATABASE_URL: `file:${dbFile}`,
        LOG_LEVEL: 'warn',
        SESSION_SECRET: 'b'.repeat(40),
        NODE_ENV: 'production',
        LOGIN_RATE_PER_MINUTE: '1000',
      }),
    );

    const login = await fetch('http://127.0.0.1:3902/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    });
    if (!login.ok) throw new Error(`bench login failed: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const firstPage = (await (
      await fetch('http://127.0.0.1:3902/api/users?limit=50', { headers: { cookie } })
    ).json()) as { items: unknown[]; nextCursor: string };
    if (firstPage.items.length !== 50) throw new Error('list endpoint did not return 50 items');
    const listUrl = `http://127.0.0.1:3902/api/users?limit=50&cursor=${firstPage.nextCursor}`;
    const samePage = await (await fetch(listUrl, { headers: { cookie } })).json();
    await fetch('http://127.0.0.1:3901/page', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(samePage),
    });

    // Warm both up so that JIT and caches are comparable.
    await autocannon({ url: 'http://127.0.0.1:3901/constant', connections: 10, duration: 2 });
    await autocannon({ url: listUrl, connections: 10, duration: 2, headers: { cookie } });

    const bare = await load('http://127.0.0.1:3901/constant');
    const barePage = await load('http://127.0.0.1:3901/page');
    const list = await load(listUrl, { cookie });
    const ratio = list.rps / bare.rps;

    // Search latency as one user sees it: sequential requests through the whole stack.
    // Queries follow the texts' word distribution: one word, two words, or a typed prefix.
    const random = mulberry32(7);
    const queries = Array.from({ length: SEARCH_QUERIES }, (_, i) =>
      i % 3 === 0
        ? zipfWord(random)
        : i % 3 === 1
          ? `${zipfWord(random)} ${zipfWord(random)}`
          : zipfWord(random).slice(0, 4),
    );
    const timings: number[] = [];
    for (const q of queries) {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:3902/api/search?q=${encodeURIComponent(q)}&limit=20`, {
        headers: { cookie },
      });
      if (!res.ok) throw new Error(`search failed: ${res.status}`);
      await res.json();
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const searchP95 = Number(percentile(timings, 95).toFixed(1));
    figures.push(
      {
        name: 'api.bare_fastify.requests_per_second',
        value: Math.round(bare.rps),
        unit: 'req/s',
        target: null,
        meets: null,
      },
      { name: 'api.bare_fastify.latency_p99', value: bare.p99, unit: 'ms', target: null, meets: null },
      {
        name: 'api.bare_fastify_same_page_bytes.ratio_to_bare',
        value: Number((barePage.rps / bare.rps).toFixed(3)),
        unit: 'ratio',
        target: null,
        meets: null,
      },
      {
        name: 'api.list_users_50.requests_per_second',
        value: Math.round(list.rps),
        unit: 'req/s',
        target: null,
        meets: null,
      },
      { name: 'api.list_users_50.latency_p50', value: list.p50, unit: 'ms', target: null, meets: null },
      { name: 'api.list_users_50.latency_p99', value: list.p99, unit: 'ms', target: '< 50', meets: list.p99 < 50 },
      {
        name: 'search.100k_versions.latency_p50',
        value: Number(percentile(timings, 50).toFixed(1)),
        unit: 'ms',
        target: null,
        meets: null,
      },
      { name: 'search.100k_versions.latency_p95', value: searchP95, unit: 'ms', target: '< 50', meets: searchP95 < 50 },
      {
        name: 'api.list_users_50.ratio_to_bare',
        value: Number(ratio.toFixed(3)),
        unit: 'ratio',
        target: '>= 0.40',
        meets: ratio >= 0.4,
      },
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    `\nPolicyOps benchmarks (${CONNECTIONS} connections, ${DURATION_S} s each; ${USERS} users / audit events; ${POLICIES * VERSIONS_PER_POLICY} policy versions)\n`,
  );
  console.table(
    figures.map((f) => ({
      name: f.name,
      value: f.value,
      unit: f.unit,
      target: f.target ?? '',
      meets: f.meets === null ? '' : f.meets ? 'yes' : 'NO',
    })),
  );
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('Wrote bench/results/latest.json');
  if (figures.some((f) => f.meets === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
