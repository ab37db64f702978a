import { chromium, type Page } from '@playwright/test';
import { info, median, target, type Figure } from './figures.js';
import { BENCH_YEAR } from './seed-roadmap.js';
import { BENCH_ADMIN } from './seed.js';

/**
 * The roadmap timeline in Chromium on the benchmark roadmap's BENCH_YEAR (over 2,000 initiatives:
 * the year's own 2,000 and the previous year's that run into it), as a planner uses it: opening it,
 * scrolling through every row, and moving a focused bar with the keyboard. The targets are the
 * web's "good" thresholds (LCP 2.5 s, INP 200 ms) and 20 frames a second while scrolling.
 */
const NAVIGATIONS = 5;
const SCROLL_PASSES = 2;
const KEY_MOVES = 7;
/** Pixels a second of the scripted scroll: a brisk fling, about nine viewports of the timeline a second. */
const SCROLL_SPEED = 5000;
const MIN_INITIATIVES = 2000;

/** Chromium as the browser journeys launch it (bench/redline.ts): Debian's binary, nothing phoning home. */
const LAUNCH = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
};

/*
 * The in-page scripts are plain JavaScript: a function of this file would arrive in the page with
 * tsx's helpers in it, undefined there. Each time is taken in the first animation frame that finds
 * what it waits for (so after the work that produced it), from the start of the navigation.
 */
const WATCH_FIRST_BARS = `
  window.__timeline = {};
  const tick = () => {
    if (document.querySelector('[data-bar]')) window.__timeline.firstBars = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

/**
 * Scrolls the timeline from the top to the bottom at SCROLL_SPEED, as a hand does: where the list is
 * in each frame follows the time since the start, so a slow frame jumps further instead of slowing
 * the scroll (and a pass takes the same time on any machine). Returns the intervals between frames
 * and the most rows the DOM held at once.
 */
const SCROLL_THROUGH = `(async () => {
  const el = document.querySelector('[data-timeline-scroll]');
  el.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const intervals = [];
  let rows = 0;
  let first;
  let last;
  await new Promise((resolve) => {
    const frame = (t) => {
      if (last !== undefined) intervals.push(t - last);
      last = t;
      first ??= t;
      rows = Math.max(rows, el.querySelectorAll('[data-row]').length);
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return resolve();
      el.scrollTop = ((t - first) / 1000) * ${SCROLL_SPEED};
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  el.scrollTop = 0;
  return { intervals, rows };
})()`;

/**
 * Times each ArrowRight on a bar from the keydown (its event time, as INP takes it) to the moved bar
 * on screen. Two clocks: the page's own, just after the frame that draws the bar at its new dates (the
 * frame in which its accessible name, which carries them, has changed, then a message task, which runs
 * once that frame's main-thread work is done); and Event Timing's, to the frame's presentation, which
 * also counts rasterising it (reported only from 16 ms). The later of the two is the move's time.
 */
const WATCH_KEY_MOVES = `
  window.__moves = [];
  const presented = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') presented.push(e);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.__keyMoves = () =>
    window.__moves.map((m) => {
      const entry = presented.find((e) => Math.abs(e.startTime - m.pressed) < 1);
      return Math.max(m.drawn, entry ? entry.duration : 0);
    });
  document.addEventListener('keydown', (e) => {
    const bar = e.target instanceof Element ? e.target.closest('[data-bar]') : null;
    if (e.key !== 'ArrowRight' || e.shiftKey || !bar) return;
    const id = bar.getAttribute('data-bar');
    const before = bar.getAttribute('aria-label');
    const pressed = e.timeStamp;
    const frame = () => {
      const now = document.querySelector('[data-bar="' + id + '"]');
      if (!now || now.getAttribute('aria-label') === before) return requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__moves.push({ pressed, drawn: performance.now() - pressed });
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  }, true);
`;

type Watched = { __timeline: { firstBars?: number }; __moves: unknown[]; __keyMoves: () => number[] };

/** Opens the timeline (chosen in this session) on BENCH_YEAR and returns when its first bars were drawn. */
async function openTimeline(page: Page): Promise<number> {
  await page.goto('/roadmap');
  await page.waitForFunction(() => (globalThis as unknown as Watched).__timeline.firstBars, null, { timeout: 60_000 });
  return page.evaluate(() => (globalThis as unknown as Watched).__timeline.firstBars!);
}

async function moveBarByKeyboard(page: Page): Promise<number[]> {
  await page.evaluate(WATCH_KEY_MOVES);
  // An editable bar in view (below the first lane's header); every move changes its name, which has its dates.
  const bar = page.locator('[data-bar]:not([aria-disabled])').nth(3);
  await bar.focus();
  for (let i = 1; i <= KEY_MOVES; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => (globalThis as unknown as Watched).__moves.length >= n, i, { timeout: 10_000 });
    await page.waitForTimeout(150);
  }
  // Event Timing reports a little after the frame is presented.
  await page.waitForTimeout(1000);
  const moves = await page.evaluate(() => (globalThis as unknown as Watched).__keyMoves());
  await page.keyboard.press('Escape');
  return moves;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** The timeline figures; `baseUrl` is the benchmarked server with the benchmark roadmap in it. */
export async function timelineFigures(baseUrl: string): Promise<Figure[]> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 860 } });
    const signIn = await context.request.post('/api/auth/login', { data: BENCH_ADMIN });
    if (!signIn.ok()) throw new Error(`timeline sign-in failed: ${signIn.status()}`);
    // The timeline opens on the current fiscal year, which follows the clock; the benchmark's year is
    // fixed. Only the settings' current year is rewritten (the year itself comes from the server as is).
    await context.route('**/api/roadmap/settings', async (route) => {
      const response = await route.fetch();
      const settings = (await response.json()) as { currentYear: { key: string } };
      await route.fulfill({
        response,
        json: { ...settings, currentYear: { ...settings.currentYear, key: BENCH_YEAR } },
      });
    });
    await context.addInitScript({ content: "sessionStorage.setItem('policyops.roadmap.view', 'timeline')" });
    await context.addInitScript({ content: WATCH_FIRST_BARS });
    const page = await context.newPage();
    // Once to put the app's scripts in the browser's cache (they are served immutable), as for a returning planner.
    await openTimeline(page);
    const firstBars: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) firstBars.push(await openTimeline(page));

    const caption = (await page.getByText(/^\d+ initiatives · /).textContent()) ?? '';
    const initiatives = Number(/^(\d+)/.exec(caption)?.[1] ?? 0);
    const year = (await (await context.request.get(`/api/roadmap/years/${BENCH_YEAR}`)).json()) as {
      initiatives: unknown[] | { id: unknown[] };
    };
    // The year's initiatives as rows or, in the columnar format, as columns.
    const inYear = Array.isArray(year.initiatives) ? year.initiatives.length : year.initiatives.id.length;
    if (initiatives !== inYear || initiatives < MIN_INITIATIVES)
      throw new Error(`the timeline shows ${initiatives} initiatives of ${inYear} in ${BENCH_YEAR}`);

    const passes: { intervals: number[]; rows: number }[] = [];
    for (let i = 0; i < SCROLL_PASSES; i++) passes.push(await page.evaluate(SCROLL_THROUGH));
    const rows = Math.max(...passes.map((p) => p.rows));
    if (rows >= initiatives / 10) throw new Error(`the timeline held ${rows} rows in the DOM: not virtualised`);

    const moves = await moveBarByKeyboard(page);
    const round = (ms: number) => Number(ms.toFixed(1));
    return [
      info('web.timeline_2000.initiatives', initiatives, 'initiatives'),
      info('web.timeline_2000.rows_in_dom', rows, 'rows'),
      target('web.timeline_2000.first_bars_ms', round(median(firstBars)), 'ms', '< 2500'),
      target('web.timeline_2000.scroll_frame_p95_ms', round(median(passes.map((p) => p95(p.intervals)))), 'ms', '< 50'),
      target('web.timeline_2000.keyboard_move_ms', round(median(moves)), 'ms', '< 200'),
    ];
  } finally {
    await browser.close();
  }
}
