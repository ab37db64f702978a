import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { carryAnchors, extractBlocks } from '../server/src/modules/policies/policy-anchors.js';
import { computeRedline } from '../server/src/modules/policies/policy-redline.js';
import { info, median, target, type Figure } from './figures.js';
import { BENCH_ADMIN } from './seed.js';

/**
 * The clause-aware redline of the real 2023-03-21 → 2023-10-19 Community Guidelines pair (a big
 * rewrite, 45 kB → 100 kB, about 1,100 clauses): the comparison alone, in process (the server's
 * compute); through the running server (import, first request uncached, then cached), with the
 * reply's size; and in the browser, from navigating to the compare page to the whole redline drawn.
 */
const GUIDELINES = fileURLToPath(new URL('../../shared/data/community-guidelines-versions/', import.meta.url));
const PAIR = ['2023-03-21', '2023-10-19'] as const;
const RUNS = 7;
/** Browser samples; each on a fresh import of the pair, so the server has not computed that redline yet. */
const RENDERS = 3;
const SLUG = 'bench-community-guidelines';

/** Chromium as the browser journeys launch it: Debian's binary, nothing phoning home. */
const LAUNCH = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
};

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
async function importPair(baseUrl: string, auth: { cookie: string; csrf: string }, slug: string) {
  const zip = zipSync(Object.fromEntries(PAIR.map((date) => [`${slug}/${date}.md`, strToU8(capture(date))])));
  const imported = await fetch(`${baseUrl}/api/library/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip', cookie: auth.cookie, 'x-csrf-token': auth.csrf, origin: baseUrl },
    body: zip,
  });
  if (!imported.ok) throw new Error(`bench import failed: ${imported.status} ${await imported.text()}`);
  const versions = (await (
    await fetch(`${baseUrl}/api/policies/${slug}/versions`, { headers: { cookie: auth.cookie } })
  ).json()) as { items: { id: string; effectiveDate: string }[] };
  const id = (date: string) => versions.items.find((v) => v.effectiveDate === date)!.id;
  return { slug, from: id(PAIR[0]), to: id(PAIR[1]) };
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`redline request failed: ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/**
 * Records, from the start of the navigation, when the redline first shows (its summary bar and a
 * section painted) and when it is all drawn (every section in the page: it is drawn in steps), each
 * taken in the first animation frame that finds it, so after the work before it. Plain JavaScript:
 * a function of this file would arrive in the page with tsx's helpers in it, undefined there.
 */
const WATCH_REDLINE = `
  window.__redline = {};
  const times = window.__redline;
  const tick = () => {
    const bar = document.querySelector('[aria-label="Redline summary and navigation"]');
    if (bar && times.firstPaint === undefined && document.querySelector('section[aria-labelledby^="redline-s"]'))
      times.firstPaint = performance.now();
    const stepping = [...document.querySelectorAll('[role="status"]')].some((s) =>
      (s.textContent || '').startsWith('Showing the first'),
    );
    if (times.firstPaint !== undefined && !stepping) times.drawn = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

type Watched = { __redline: { firstPaint: number; drawn?: number } };

/**
 * The compare page of the real pair in Chromium, as a reviewer opens it: signed in, the app's
 * scripts already in the browser's cache (they are served immutable), the redline not yet computed
 * by the server. Returns, per sample, the ms from navigation start to the first paint and to all drawn.
 */
async function renderMs(baseUrl: string, pairs: { slug: string; from: string; to: string }[]) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 860 } });
    const signIn = await context.request.post('/api/auth/login', { data: BENCH_ADMIN });
    if (!signIn.ok()) throw new Error(`redline render sign-in failed: ${signIn.status()}`);
    const page = await context.newPage();
    await page.goto(`/policies/${pairs[0]!.slug}`, { waitUntil: 'networkidle' });
    await page.addInitScript({ content: WATCH_REDLINE });
    const samples: { firstPaint: number; drawn: number; data: number }[] = [];
    for (const { slug, from, to } of pairs) {
      await page.goto(`/policies/${slug}/diff?from=${from}&to=${to}`);
      await page.waitForFunction(() => (globalThis as unknown as Watched).__redline.drawn, null, { timeout: 60_000 });
      const times = await page.evaluate(
        () => (globalThis as unknown as Watched).__redline as Required<Watched['__redline']>,
      );
      const sections = await page.locator('section[aria-labelledby^="redline-s"]').count();
      if (sections < 40) throw new Error(`the redline drew ${sections} sections, expected all of them`);
      const data = await page.evaluate(
        () =>
          (performance.getEntriesByType('resource') as unknown as { name: string; responseEnd: number }[]).find((e) =>
            e.name.includes('/redline?'),
          )?.responseEnd ?? 0,
      );
      samples.push({ ...times, data });
    }
    return samples;
  } finally {
    await browser.close();
  }
}

/** The redline figures; `baseUrl` is the benchmarked server (its database gets the imported pair). */
export async function redlineFigures(baseUrl: string): Promise<Figure[]> {
  const compute = computeMs();
  const auth = await session(baseUrl);
  const { from, to } = await importPair(baseUrl, auth, SLUG);
  const url = `${baseUrl}/api/policies/${SLUG}/redline?from=${from}&to=${to}`;
  const first = await timedGet(url, auth.cookie);
  const cached = await timedGet(url, auth.cookie);
  const fresh = [];
  for (let i = 1; i <= RENDERS; i++) fresh.push(await importPair(baseUrl, auth, `${SLUG}-render-${i}`));
  const renders = await renderMs(baseUrl, fresh);
  const round = (ms: number) => Number(ms.toFixed(1));
  return [
    info('library.redline_real_pair.server_ms', round(median(compute)), 'ms'),
    info('library.redline_real_pair.first_request_ms', round(first.ms), 'ms'),
    info('library.redline_real_pair.cached_request_ms', round(cached.ms), 'ms'),
    info('library.redline_real_pair.json_kB', Number((first.bytes / 1000).toFixed(1)), 'kB'),
    info('library.redline_real_pair.data_arrived_ms', round(median(renders.map((r) => r.data))), 'ms'),
    info('library.redline_real_pair.first_paint_ms', round(median(renders.map((r) => r.firstPaint))), 'ms'),
    target('library.redline_real_pair.render_ms', round(median(renders.map((r) => r.drawn))), 'ms', '< 1000'),
  ];
}
