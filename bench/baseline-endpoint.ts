import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { AdjustableClock } from '../server/src/platform/clock.js';
import { compareWithBaseline, type RoadmapSnapshot } from '../server/src/modules/roadmap/baseline-compare.js';
import { decodeSnapshot, encodeSnapshot } from '../server/src/modules/roadmap/baseline-snapshot.js';
import { generateRoadmap } from './roadmap-plan.js';
import { seedLibrary } from './seed-library.js';
import { BENCH_YEAR, seedRoadmap } from './seed-roadmap.js';
import { BENCH_ADMIN, BENCH_ENV, seedBenchDatabase } from './seed.js';

/**
 * Micro-benchmark of the baseline endpoints on the embedded database at the scale (20k
 * initiatives, 100k milestones, 50k dependencies over ten years; the bench year holds about 2k of
 * them, the comparison reads every initiative overlapping it): POST a baseline once, then GET the
 * comparison (through app.inject: routing, auth, the service, JSON) after moving one milestone in
 * ten (after three warm-up requests, so the decoded baseline is the service's cached one: baselines never
 * change). Also, in process: the stored snapshot of all 20k initiatives in one year, decoded and compared.
 * Not wired into run.ts (bench/roadmap-endpoints.ts measures the same endpoint through the
 * running server). Run: `npx tsx bench/baseline-endpoint.ts`.
 */
const RUNS = Number(process.env.RUNS ?? 20);

/** The stored (compact) snapshot at full scale in one year: its size, and decoding + comparing it. */
function wholeScale() {
  const plan = generateRoadmap();
  const live: RoadmapSnapshot = {
    initiatives: plan.initiatives.map((i) => ({ ...i, status: i.status as never, ...i.scope })),
    milestones: plan.milestones.map((m) => ({ id: m.id, initiativeId: m.initiativeId, title: m.title, date: m.date })),
    keyResults: [],
  };
  const stored = encodeSnapshot(live);
  const moved = {
    ...live,
    milestones: live.milestones.map((m, n) => (n % 10 === 0 ? { ...m, date: '2027-06-30' } : m)),
  };
  const decode: number[] = [];
  const compare: number[] = [];
  for (let i = 0; i < 8; i++) {
    let started = performance.now();
    const baseline = decodeSnapshot(stored);
    decode.push(performance.now() - started);
    started = performance.now();
    compareWithBaseline(baseline, moved);
    compare.push(performance.now() - started);
  }
  const median = (xs: number[]) => Number(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1));
  return {
    snapshotKiB: Math.round(stored.length / 1024),
    decodeMedianMs: median(decode),
    compareMedianMs: median(compare),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'policyops-baseline-bench-'));
const file = join(dir, 'bench.db');
try {
  await seedBenchDatabase(file, 200);
  await seedLibrary(file, 200, 1);
  const sizes = await seedRoadmap(file);
  const config = loadConfig({ ...BENCH_ENV, DATABASE_URL: `file:${file}`, LOG_LEVEL: 'error' });
  const database = openDatabase(config.database);
  const { app } = await buildApp(config, database, { logger: false, clock: new AdjustableClock() });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: BENCH_ADMIN });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const csrf = (login.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie, 'x-csrf-token': csrf };

  let started = performance.now();
  const created = await app.inject({
    method: 'POST',
    url: `/api/roadmap/years/${BENCH_YEAR}/baselines`,
    headers,
    payload: { name: 'Bench plan' },
  });
  const saveMs = performance.now() - started;
  if (created.statusCode !== 201) throw new Error(created.body);
  const baseline = created.json() as { id: string; counts: Record<string, number> };

  // Move one milestone in ten by a week and one initiative in twenty by two weeks, behind the API.
  const sqlite = database.db;
  await sqlite.updateTable('initiative_milestones').set({ date: '2027-06-30' }).where('id', 'like', '%0').execute();
  await sqlite.updateTable('initiatives').set({ status: 'paused' }).where('id', 'like', '%00').execute();

  const url = `/api/roadmap/years/${BENCH_YEAR}/compare?baseline=${baseline.id}`;
  const timings: number[] = [];
  let bytes = 0;
  let moved = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    started = performance.now();
    const res = await app.inject({ method: 'GET', url, headers });
    const took = performance.now() - started;
    if (res.statusCode !== 200) throw new Error(res.body);
    if (i >= 3) timings.push(took);
    bytes = res.body.length;
    moved = (res.json() as { milestones: { moved: unknown[] } }).milestones.moved.length;
  }
  timings.sort((a, b) => a - b);
  const q = (p: number) => timings[Math.min(timings.length - 1, Math.ceil((p / 100) * timings.length) - 1)]!.toFixed(1);
  console.log(
    JSON.stringify(
      {
        seeded: sizes,
        inProcess20kInOneYear: wholeScale(),
        baselineCounts: baseline.counts,
        saveBaselineMs: Number(saveMs.toFixed(1)),
        compare: {
          runs: RUNS,
          p50Ms: Number(q(50)),
          p95Ms: Number(q(95)),
          responseKiB: Math.round(bytes / 1024),
          milestonesMoved: moved,
        },
      },
      null,
      2,
    ),
  );
  await app.close();
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
