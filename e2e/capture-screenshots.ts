// `npm run screenshots`: starts the built app on a fresh database, loads the sample workspace
// and captures the main pages (light and dark) into docs/screenshots/.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const admin = { name: 'Rosa Lindgren', email: 'rosa@policyops.test', password: 'screenshot password' };

const server = spawn(process.execPath, ['e2e/start-server.mjs'], { stdio: 'inherit', env: { ...process.env, PORT: String(PORT), PUBLIC_URL: BASE } });
try {
  for (let i = 0; i < 100 && !(await fetch(`${BASE}/readyz`).then((r) => r.ok).catch(() => false)); i++) await sleep(200);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, baseURL: BASE });
  const page = await context.newPage();
  await page.goto('/setup');
  await page.screenshot({ path: 'docs/screenshots/setup.png' });
  await page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(admin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await page.getByRole('button', { name: 'Load sample workspace' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshots/home.png' });
  const shots: [string, string][] = [
    ['/people', 'people'],
    ['/teams', 'teams'],
    ['/admin/audit', 'audit'],
    ['/account', 'account'],
    ['/policies', 'policies'],
    ['/policies/hate-speech', 'policy'],
    ['/policies/hate-speech/diff', 'policy-diff'],
    ['/policies/changes?from=2025-01-01&to=2026-11-30', 'policy-changes'],
    ['/search?q=coded%20slur', 'search'],
  ];
  for (const [path, name] of shots) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
  }
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const draft = await page.request.get('/api/policies/harmful-misinformation/versions');
  const draftId = ((await draft.json()) as { items: { id: string; state: string }[] }).items.find((v) => v.state === 'draft')?.id;
  await page.goto(`/policies/harmful-misinformation/versions/${draftId}`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: 'docs/screenshots/policy-editor.png' });
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder('Search pages, people and teams…').fill('policy');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: 'docs/screenshots/command-palette.png' });
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate("localStorage.setItem('mantine-color-scheme-value', 'dark')");
  await page.goto('/people');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/people-dark.png' });
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
