import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { carryAnchors, extractBlocks } from '../server/src/modules/policies/policy-anchors.js';
import { computeRedline } from '../server/src/modules/policies/policy-redline.js';
import { info, median, target, type Figure } from './figures.js';
import { BENCH_ADMIN } from './seed.js';

/**
 * The clause-aware redline of the real 2023-03-21 → 2023-10-19 Community Guidelines pair (a big
 * rewrite, 45 kB → 100 kB): the comparison alone, in process (the server's compute), and through
 * the running server (import, first request uncached, then cached), with the reply's size.
 */
const GUIDELINES = fileURLToPath(new URL('../../shared/data/community-guidelines-versions/', import.meta.url));
const PAIR = ['2023-03-21', '2023-10-19'] as const;
const RUNS = 7;
const SLUG = 'bench-community-guidelines';

const capture = (date: string) => readFileSync(`${GUIDELINES}${date}.md`, 'utf8');

function computeMs(): number[] {
  const [older, newer] = PAIR.map(capture) as [string, string];
  const olderAnchors = carryAnchors([], extractBlocks(older), 'older');
  const newerAnchors = carryAnchors(olderAnchors, extractBlocks(newer), 'newer');
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    computeRedline({ body: older, anchors: olderAnchors }, { body: newer, anchors: newerAnchors });
    timings.push(performance.now() - started);
  }
  return timings;
}

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

/** Imports the pair as dated captures (the way a team brings its archive in) and returns its version ids. */
async function importPair(baseUrl: string, auth: { cookie: string; csrf: string }): Promise<[string, string]> {
  const zip = zipSync(Object.fromEntries(PAIR.map((date) => [`${SLUG}/${date}.md`, strToU8(capture(date))])));
  const imported = await fetch(`${baseUrl}/api/library/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip', cookie: auth.cookie, 'x-csrf-token': auth.csrf, origin: baseUrl },
    body: zip,
  });
  if (!imported.ok) throw new Error(`bench import failed: ${imported.status} ${await imported.text()}`);
  const versions = (await (
    await fetch(`${baseUrl}/api/policies/${SLUG}/versions`, { headers: { cookie: auth.cookie } })
  ).json()) as { items: { id: string; effectiveDate: string }[] };
  const id = (date: string) => versions.items.find((v) => v.effectiveDate === date)!.id;
  return [id(PAIR[0]), id(PAIR[1])];
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`redline request failed: ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/** The redline figures; `baseUrl` is the benchmarked server (its database gets the imported pair). */
export async function redlineFigures(baseUrl: string): Promise<Figure[]> {
  const compute = computeMs();
  const auth = await session(baseUrl);
  const [from, to] = await importPair(baseUrl, auth);
  const url = `${baseUrl}/api/policies/${SLUG}/redline?from=${from}&to=${to}`;
  const first = await timedGet(url, auth.cookie);
  const cached = await timedGet(url, auth.cookie);
  const round = (ms: number) => Number(ms.toFixed(1));
  return [
    target('redline.real_pair.server_ms', round(median(compute)), 'ms', '< 1000'),
    info('redline.real_pair.first_request_ms', round(first.ms), 'ms'),
    info('redline.real_pair.cached_request_ms', round(cached.ms), 'ms'),
    info('redline.real_pair.json_kB', Number((first.bytes / 1000).toFixed(1)), 'kB'),
  ];
}
