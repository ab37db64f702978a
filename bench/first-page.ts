import { chromium } from '@playwright/test';

/** Chromium as the browser journeys launch it: Debian's binary, nothing phoning home. */
const LAUNCH = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export interface FirstPageJs {
  /** Bytes of JavaScript on the wire (response bodies as transferred, so compressed when they were). */
  transferredBytes: number;
  /** The same scripts decoded. */
  decodedBytes: number;
  scripts: number;
  /** How many scripts arrived with each Content-Encoding ('identity' when none). */
  encodings: Record<string, number>;
}

/**
 * What a signed-in person's browser downloads to show the home page: signs in through the API in
 * a fresh browser context (so nothing is cached), opens `/` and sums every script response once
 * the network is idle.
 */
export async function measureFirstPageJs(baseUrl: string, user: { email: string; password: string }) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const signIn = await context.request.post('/api/auth/login', { data: user });
    if (!signIn.ok()) throw new Error(`first-page sign-in failed: ${signIn.status()}`);
    const page = await context.newPage();
    const scripts: Promise<{ transferred: number; decoded: number; encoding: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const [sizes, body] = await Promise.all([response.request().sizes(), response.body()]);
          const encoding = (await response.headerValue('content-encoding')) ?? 'identity';
          return { transferred: sizes.responseBodySize, decoded: body.length, encoding };
        })(),
      );
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    if (new URL(page.url()).pathname !== '/') throw new Error(`first page landed on ${page.url()}, not the home page`);
    const measured = await Promise.all(scripts);
    const result: FirstPageJs = { transferredBytes: 0, decodedBytes: 0, scripts: measured.length, encodings: {} };
    for (const script of measured) {
      result.transferredBytes += script.transferred;
      result.decodedBytes += script.decoded;
      result.encodings[script.encoding] = (result.encodings[script.encoding] ?? 0) + 1;
    }
    return result;
  } finally {
    await browser.close();
  }
}
