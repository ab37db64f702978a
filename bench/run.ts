import { deepStrictEqual } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareAlternating, load } from './alternate.js';
import { info, median, target, type Figure, report } from './figures.js';
import { measureFirstPageJs } from './first-page.js';
import { ingestFigures } from './ingest.js';
import { metricDashboardFigures } from './metric-dashboards.js';
import { redlineFigures } from './redline.js';
import { roadmapEndpointFigures } from './roadmap-endpoints.js';
import { seedRoadmap } from './seed-roadmap.js';
import { startServer, type ServerProcess } from './processes.js';
import { timelineFigures } from './timeline-browser.js';
import { BENCH_ADMIN, BENCH_ENV, seedBenchDatabase } from './seed.js';
import { mulberry32, seedLibrary, zipfWord } from './seed-library.js';

const CONNECTIONS = 50;
const ROUND_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const USERS = 10_000;
const POLICIES = 10_000;
const VERSIONS_PER_POLICY = 10;
const SEARCH_QUERIES = 300;

const root = fileURLToPath(new URL('..', import.meta.url));
const serverEnv = (dbFile: string) => ({
  ...BENCH_ENV,
  DATABASE_URL: `file:${dbFile}`,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  LOGIN_RATE_PER_MINUTE: '1000',
});
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function signIn(baseUrl: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!login.ok) throw new Error(`bench sign-in failed: ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Search latency as one person sees it: sequential queries drawn from the texts' word distribution. */
async function searchLatencies(baseUrl: string, cookie: string): Promise<number[]> {
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
    const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}&limit=20`, { headers: { cookie } });
    if (!res.ok) throw new Error(`search failed: ${res.status}`);
    await res.json();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policyops-bench-'));
  const dbFile = join(dir, 'bench.db');
  const servers: ServerProcess[] = [];
  const figures: Figure[] = [];
  try {
    let started = performance.now();
    await seedBenchDatabase(dbFile, USERS);
    console.log(`Seeded ${USERS} users in 40 teams and ${USERS} audit events in ${seconds(started)} s`);
    started = performance.now();
    await seedLibrary(dbFile, POLICIES, VERSIONS_PER_POLICY);
    console.log(
      `Seeded ${POLICIES * VERSIONS_PER_POLICY} policy versions (indexed for search) in ${seconds(started)} s`,
    );
    started = performance.now();
    const roadmapSizes = await seedRoadmap(dbFile);
    console.log(
      `Seeded ${roadmapSizes.initiatives} initiatives, ${roadmapSizes.milestones} milestones and ` +
        `${roadmapSizes.dependencies} dependencies over ten fiscal years in ${seconds(started)} s`,
    );

    const real = await startServer('policyops', join(root, 'server/dist/main.js'), 3902, serverEnv(dbFile));
    servers.push(real);
    const handWritten = await startServer(
      'hand-written',
      join(root, 'bench/hand-written-users.ts'),
      3903,
      { BENCH_DB: dbFile },
      '/api/users',
    );
    servers.push(handWritten);
    const bare = await startServer('bare fastify', join(root, 'bench/bare-server.ts'), 3901, {}, '/constant');
    servers.push(bare);

    const cookie = await signIn(real.url);
    const first = (await (await fetch(`${real.url}/api/users?limit=50`, { headers: { cookie } })).json()) as {
      items: unknown[];
      nextCursor: string;
    };
    if (first.items.length !== 50) throw new Error('the list endpoint did not return 50 people');
    // The second page: a seek by cursor, the common case of a long directory.
    const path = `/api/users?limit=50&cursor=${first.nextCursor}`;
    const [realPage, handPage] = await Promise.all(
      [real, handWritten].map(async (s) => (await fetch(`${s.url}${path}`, { headers: { cookie } })).json()),
    );
    deepStrictEqual(handPage, realPage, 'the hand-written reference must answer exactly what the endpoint answers');

    console.log(`\nGET ${path.split('&')[0]}: PolicyOps and the hand-written reference, alternating`);
    const list = await compareAlternating(
      { name: 'policyops', url: `${real.url}${path}`, headers: { cookie } },
      { name: 'hand-written', url: `${handWritten.url}${path}`, headers: { cookie } },
      { rounds: ROUNDS, seconds: ROUND_SECONDS, connections: CONNECTIONS },
    );
    const constant = await load({ name: 'bare', url: `${bare.url}/constant` }, CONNECTIONS, ROUND_SECONDS);

    const timings = await searchLatencies(real.url, cookie);
    const firstPage = await measureFirstPageJs(real.url, BENCH_ADMIN);
    console.log(
      '\nThe roadmap: one fiscal year of the 20k-initiative roadmap, its critical path, a baseline comparison',
    );
    const roadmap = await roadmapEndpointFigures(real.url);
    console.log('\nThe timeline of that fiscal year in Chromium: opening it, scrolling it, moving a bar by keyboard');
    const timeline = await timelineFigures(real.url);
    // Last: it imports the real Community Guidelines pair into the benchmarked library.
    console.log('\nThe redline of the real Community Guidelines pair: in process, through the server, in Chromium');
    const redline = await redlineFigures(real.url);
    console.log('\nMetric ingest: the real CSV ingest against a raw prepared-insert loop, SQLite and PostgreSQL');
    const ingest = await ingestFigures();
    const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));

    figures.push(
      info('api.list_users_50.requests_per_second', Math.round(list.subjectRps), 'req/s'),
      info('api.list_users_50.hand_written.requests_per_second', Math.round(list.referenceRps), 'req/s'),
      target('api.list_users_50.ratio_to_hand_written', Number(list.ratio.toFixed(3)), 'ratio', '>= 0.75'),
      info('api.list_users_50.latency_p50', median(list.subject.map((r) => r.p50)), 'ms'),
      target('api.list_users_50.latency_p99', list.subjectP99, 'ms', '< 50'),
      info('api.bare_fastify_constant.requests_per_second', Math.round(constant.rps), 'req/s'),
      info('api.list_users_50.ratio_to_bare_constant', Number((list.subjectRps / constant.rps).toFixed(3)), 'ratio'),
      info('search.100k_versions.latency_p50', Number(percentile(timings, 50).toFixed(1)), 'ms'),
      target('search.100k_versions.latency_p95', Number(percentile(timings, 95).toFixed(1)), 'ms', '< 50'),
      target('web.first_page_js.compressed', kB(firstPage.transferredBytes), 'kB', '< 200'),
      info('web.first_page_js.uncompressed', kB(firstPage.decodedBytes), 'kB'),
      info('web.first_page_js.scripts', firstPage.scripts, 'files'),
      ...roadmap,
      ...timeline,
      ...redline,
      ...ingest,
    );
    console.log('\nMetric dashboards over 10M metric rows (SQLite, in process; the filled file is kept in tmp)');
    figures.push(...(await metricDashboardFigures()));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
  report(
    `PolicyOps benchmarks (${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s; ` +
      `${USERS} users / audit events; ${POLICIES * VERSIONS_PER_POLICY} policy versions)`,
    figures,
    join(root, 'bench/results/latest.json'),
  );
}

/**
 * BENCH_ONLY=timeline: only the timeline's browser figures, on the same roadmap (the library's
 * policies are not seeded, only its areas, the swimlanes), to iterate on them without the whole
 * run; `npm run build` first (or WEB_DIST pointing at a build). Writes to the temp directory, not
 * over latest.json.
 */
async function timelineOnly(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policyops-bench-'));
  const dbFile = join(dir, 'bench.db');
  let server: ServerProcess | undefined;
  let figures: Figure[] = [];
  try {
    await seedBenchDatabase(dbFile, USERS);
    await seedLibrary(dbFile, 0, 0);
    await seedRoadmap(dbFile);
    // Its own port, so that it can run beside a whole run.
    server = await startServer('policyops', join(root, 'server/dist/main.js'), 3912, serverEnv(dbFile));
    figures = await timelineFigures(server.url);
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  report('PolicyOps benchmarks: the timeline only', figures, join(tmpdir(), 'policyops-bench-timeline.json'));
}

(process.env.BENCH_ONLY === 'timeline' ? timelineOnly() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
