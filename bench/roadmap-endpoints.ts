import { baselineCompareFigures } from './baseline-compare.js';
import { criticalPathFigures } from './critical-path.js';
import { info, target, type Figure } from './figures.js';
import { BENCH_YEAR } from './seed-roadmap.js';
import { BENCH_ADMIN } from './seed.js';

/**
 * The roadmap's endpoints on the benchmark roadmap (bench/seed-roadmap.ts), through the running
 * server, one request at a time (what one planner waits for): the fiscal year, its critical path and a
 * baseline comparison. An endpoint the server does not have (yet) is measured in process instead,
 * under the in-process figure's own name, so a figure never claims more than was measured.
 */
const RUNS = Number(process.env.BENCH_ROADMAP_RUNS ?? 40);
const WARM_UP = 3;

function p(sorted: number[], q: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)]!.toFixed(1));
}

/** Latencies of GET url (sorted), or null when the server answers anything but 200 (no such route). */
async function latencies(url: string, cookie: string): Promise<{ sorted: number[]; bytes: number } | null> {
  let bytes = 0;
  const timings: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    if (res.status !== 200) {
      if (i === 0) return null;
      throw new Error(`GET ${url}: ${res.status} ${body.slice(0, 200)}`);
    }
    if (i >= WARM_UP) timings.push(performance.now() - started);
    bytes = body.length;
  }
  return { sorted: timings.sort((a, b) => a - b), bytes };
}

/**
 * Latencies of the year right after a change to it (an initiative renamed before each request), so the
 * year cannot come from the server's memory: what the first planner to open the timeline after an edit
 * waits for. The rename itself is not timed.
 */
async function afterChangeLatencies(
  baseUrl: string,
  session: { cookie: string; csrf: string },
  initiativeId: string,
): Promise<number[]> {
  const headers = { cookie: session.cookie };
  const timings: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const current = (await (await fetch(`${baseUrl}/api/roadmap/initiatives/${initiativeId}`, { headers })).json()) as {
      version: number;
      title: string;
    };
    const renamed = await fetch(`${baseUrl}/api/roadmap/initiatives/${initiativeId}`, {
      method: 'PATCH',
      headers: { ...headers, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ version: current.version, title: `${current.title.replace(/ \(\d+\)$/, '')} (${i})` }),
    });
    if (!renamed.ok) throw new Error(`renaming an initiative failed: ${renamed.status} ${await renamed.text()}`);
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/roadmap/years/${BENCH_YEAR}`, { headers });
    await res.text();
    if (i >= WARM_UP) timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

/** A session of the bench admin: its cookie and the CSRF token writes need. */
async function session(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!login.ok) throw new Error(`bench sign-in failed: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: csrfToken };
}

export async function roadmapEndpointFigures(baseUrl: string): Promise<Figure[]> {
  const { cookie, csrf } = await session(baseUrl);
  const figures: Figure[] = [];
  const year = await latencies(`${baseUrl}/api/roadmap/years/${BENCH_YEAR}`, cookie);
  if (!year) throw new Error(`GET /api/roadmap/years/${BENCH_YEAR} did not answer 200`);
  const body = (await (await fetch(`${baseUrl}/api/roadmap/years/${BENCH_YEAR}`, { headers: { cookie } })).json()) as {
    initiatives?: { id?: string[] };
  };
  const afterChange = await afterChangeLatencies(baseUrl, { cookie, csrf }, body.initiatives!.id![0]!);
  figures.push(
    info('roadmap.year.initiatives', body.initiatives?.id?.length ?? 0, 'initiatives'),
    info('roadmap.year.latency_p50', p(year.sorted, 50), 'ms'),
    target('roadmap.year.latency_p95', p(year.sorted, 95), 'ms', '< 100'),
    info('roadmap.year.response', Math.round(year.bytes / 1024), 'KiB'),
    info('roadmap.year.after_change_latency_p50', p(afterChange, 50), 'ms'),
    info('roadmap.year.after_change_latency_p95', p(afterChange, 95), 'ms'),
  );

  const path = await latencies(`${baseUrl}/api/roadmap/years/${BENCH_YEAR}/critical-path`, cookie);
  if (path)
    figures.push(
      info('roadmap.critical_path.latency_p50', p(path.sorted, 50), 'ms'),
      target('roadmap.critical_path.latency_p95', p(path.sorted, 95), 'ms', '< 200'),
    );
  else
    figures.push(...criticalPathFigures().map((f) => ({ ...f, name: `roadmap.critical_path.in_process: ${f.name}` })));

  const created = await fetch(`${baseUrl}/api/roadmap/years/${BENCH_YEAR}/baselines`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `${BENCH_YEAR} plan as approved` }),
  });
  const compare =
    created.status === 201
      ? await latencies(
          `${baseUrl}/api/roadmap/years/${BENCH_YEAR}/compare?baseline=${((await created.json()) as { id: string }).id}`,
          cookie,
        )
      : null;
  if (compare)
    figures.push(
      info('roadmap.baseline_compare.latency_p50', p(compare.sorted, 50), 'ms'),
      target('roadmap.baseline_compare.latency_p95', p(compare.sorted, 95), 'ms', '< 300'),
    );
  else
    figures.push(
      ...baselineCompareFigures().map((f) => ({ ...f, name: `roadmap.baseline_compare.in_process: ${f.name}` })),
    );
  return figures;
}
