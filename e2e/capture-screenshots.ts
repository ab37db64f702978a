// `npm run screenshots`: starts the built app on a fresh database, loads the sample workspace
// and captures the main pages (light and dark) into docs/screenshots/.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, request } from '@playwright/test';
import { ApiSession } from './seed/api-session.js';
import { importGuidelines } from './seed/library.js';
import { requestReview, startDraft, watchPolicy } from './seed/work.js';
import { createPerson } from './seed/workspace.js';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3300);
// Another folder (SCREENSHOTS_DIR) lets the script be tried without touching the committed pictures.
const OUT = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';
const BASE = `http://127.0.0.1:${PORT}`;
const admin = { name: 'Rosa Lindgren', email: 'rosa@policyops.test', password: 'screenshot password' };

// SCREENSHOTS_EXTERNAL_SERVER=1: a server on a fresh database already listens on SCREENSHOTS_PORT (say, run from source
// with its own web build), so the pictures can be retaken without rebuilding the shared dist folders.
const server =
  process.env.SCREENSHOTS_EXTERNAL_SERVER === '1'
    ? null
    : spawn(process.execPath, ['e2e/start-server.mjs'], {
        stdio: 'inherit',
        env: { ...process.env, PORT: String(PORT), PUBLIC_URL: BASE },
      });
try {
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`${BASE}/readyz`)
      .then((r) => r.ok)
      .catch(() => false));
    i++
  )
    await sleep(200);
  const browser = await chromium.launch({
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
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, baseURL: BASE });
  const page = await context.newPage();
  await page.goto('/setup');
  await page.getByRole('textbox', { name: 'Your name' }).waitFor();
  await page.screenshot({ path: `${OUT}/setup.png` });
  await page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(admin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await page.getByRole('button', { name: 'Load sample workspace' }).click();
  // The sample's two years of daily metrics take up to a minute or so to write.
  await page.getByText('Sample workspace loaded').waitFor({ timeout: 240_000 });
  await page.waitForTimeout(1500);
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
    ['/admin/applicability', 'surfaces-and-markets'],
    ['/admin/jobs', 'admin-jobs'],
    ['/admin/mail', 'admin-mail'],
  ];
  for (const [path, name] of shots) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/${name}.png` });
  }
  // Policy metrics (issue 12): the library's heat map, a dashboard with its launch markers per market, and the impact
  // analysis of that launch with its control market (India got the version 93 days after the others).
  {
    await page.goto('/metrics');
    await page.getByRole('table').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/metrics-heat-map.png` });
    type Launch = {
      versionId: string;
      label: string;
      launchDate: string;
      markets: { code: string; effectiveDate: string }[];
      coverage: { covered: boolean };
    };
    const launches = (await (
      await page.request.get('/api/metrics/policies/harmful-misinformation/launches')
    ).json()) as { items: Launch[] };
    const analysed = launches.items.find((l) => l.label === '2.0' && l.coverage.covered)!;
    const inIndia = analysed.markets.find((m) => m.code === 'IN')!.effectiveDate;
    const shift = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // Both launches of 2.0 on one chart, by week: everywhere else first, India three months later.
    const range = `from=${shift(analysed.launchDate, -95)}&to=${shift(inIndia, 115)}`;
    await page.goto(`/metrics/policies/harmful-misinformation?metric=median_hours_to_action&${range}`);
    await page
      .getByRole('link', { name: /^Impact analysis of / })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('heading', { name: /^Median time to action · / })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate('window.scrollBy(0, -80)');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/policy-metrics.png` });
    await page.goto(`/metrics/policies/harmful-misinformation/impact/${analysed.versionId}`);
    await page
      .getByRole('button', { name: /^Download / })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    // A finding in words naming its control (the last row of the results), then the daily chart of the planted fall
    // in time to action, treated markets against the control.
    await page
      .getByRole('rowheader', { name: /^p90 time to action/ })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate('window.scrollBy(0, -66)');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/impact-analysis.png` });
  }
  // Change requests (issue 10): the board, the launched sample CR's page and its adoption campaign.
  await page.goto('/change-requests');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/change-requests-board.png` });
  const launched = (await (await page.request.get('/api/change-requests?stage=launched')).json()) as {
    items: { id: string }[];
  };
  const launchedId = launched.items[0]!.id;
  await page.goto(`/change-requests/${launchedId}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/change-request.png` });
  const campaigns = (await (
    await page.request.get(`/api/adoption/campaigns?changeRequestId=${launchedId}`)
  ).json()) as {
    items: { id: string }[];
  };
  await page.goto(`/adoption/campaigns/${campaigns.items[0]!.id}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/adoption-campaign.png` });
  // Governance (issue 11): the AI-generated content working group, its next meeting opened from the cadence (the
  // agenda carries the open actions forward and lists the group's open blocker), the risks' heat map, the decision
  // register and the superseded sample decision.
  {
    const groups = (await (await page.request.get('/api/working-groups')).json()) as {
      items: { id: string; name: string }[];
    };
    const group = groups.items.find((g) => g.name === 'AI-generated content')!;
    await page.goto(`/working-groups/${group.id}`);
    await page.getByRole('heading', { name: 'Upcoming meetings' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/working-group.png` });
    await page
      .getByRole('button', { name: /^Open meeting of / })
      .first()
      .click();
    await page.waitForURL(/\/meetings\//);
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/meeting.png` });
    await page.goto('/raid?tab=risks');
    await page.getByText('Open risks by probability and impact').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/raid-heat-map.png` });
    await page.goto('/decisions');
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    // The whole page, so the superseded row at the bottom is in the picture.
    await page.screenshot({ path: `${OUT}/decision-register.png`, fullPage: true });
    const superseded = (await (await page.request.get('/api/decisions?status=superseded')).json()) as {
      items: { id: string }[];
    };
    await page.goto(`/decisions/${superseded.items[0]!.id}`);
    await page
      .getByText(/^Superseded by/)
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/decision-superseded.png` });
  }
  // Where a policy applies, and a clause followed across versions.
  await page.goto('/policies/hate-speech');
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { name: 'Where it applies' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/policy-applicability.png` });
  await page.getByRole('textbox', { name: 'Go to clause' }).fill('4.2');
  await page.getByRole('textbox', { name: 'Go to clause' }).press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/clause-history.png` });
  await page.keyboard.press('Escape');
  // A comment with a mention, and the inbox it lands in (the sample policies' owners watch them). Seeded through
  // the API as Rosa, the way the browser journeys seed.
  const rosa = await ApiSession.signIn(request, BASE, admin);
  const priya = (await rosa.get<{ items: { id: string; name: string }[] }>('/api/users?q=Priya')).items[0];
  const policyId = (await rosa.get<{ id: string }>('/api/policies/hate-speech')).id;
  await rosa.post('/api/comments', {
    entityType: 'policy',
    entityId: policyId,
    body: `@[${priya?.name}](mention:${priya?.id}) could you check clause **4.2** against the DSA notes before we redraft?`,
  });
  await page.goto('/policies/hate-speech');
  await page.waitForLoadState('networkidle');
  await page.getByRole('tab', { name: 'Comments' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/policy-discussion.png` });
  // A colleague joins by invitation and mentions Rosa, so her inbox has something in it.
  const colleague = await createPerson(rosa, request, {
    email: 'tomas@policyops.test',
    name: 'Tomás Ferreira',
    role: 'policy_owner',
    password: 'screenshot password 2',
  });
  await colleague.post('/api/comments', {
    entityType: 'policy',
    entityId: policyId,
    body: `@[${rosa.user.name}](mention:${rosa.user.id}) the EU LIVE cell still says "applies"; should it be "differs"?`,
  });
  await colleague.dispose();
  await rosa.dispose();
  await page.goto('/inbox');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/inbox.png` });
  // The import dry run on the real dated guidelines (../shared/data), the 2026 capture flagged.
  const guidelines = '../shared/data/community-guidelines-versions';
  const archive = Buffer.from(
    zipSync(
      Object.fromEntries(
        readdirSync(guidelines).map((name) => [
          `community-guidelines/${name}`,
          strToU8(readFileSync(join(guidelines, name), 'utf8')),
        ]),
      ),
    ),
  );
  await page.goto('/policies/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a .zip file' }).click();
  await (await chooser).setFiles({ name: 'community-guidelines.zip', mimeType: 'application/zip', buffer: archive });
  await page.getByText('1 version flagged for review').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/library-import.png` });
  // The redline of the real 2023 rewrite (two of those captures, imported), on a changed section: renamed,
  // renumbered and moved headings and clauses, a reworded one marked word by word.
  {
    const importer = await ApiSession.signIn(request, BASE, admin);
    const ids = await importGuidelines(importer, 'community-guidelines', ['2023-03-21', '2023-10-19']);
    await importer.dispose();
    await page.goto(`/policies/community-guidelines/diff?from=${ids.get('2023-03-21')}&to=${ids.get('2023-10-19')}`);
    await page.waitForLoadState('networkidle');
    const jump = page.getByRole('combobox', { name: 'Jump to section' });
    await jump.click();
    await jump.fill('Hate Speech');
    await page.getByRole('option', { name: /^§5 Hate Speech/ }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('n');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/redline.png` });
  }
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const draft = await page.request.get('/api/policies/harmful-misinformation/versions');
  const draftId = ((await draft.json()) as { items: { id: string; state: string }[] }).items.find(
    (v) => v.state === 'draft',
  )?.id;
  await page.goto(`/policies/harmful-misinformation/versions/${draftId}`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/policy-editor.png` });
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder('Search pages, people and teams…').fill('policy');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/command-palette.png` });
  await page.keyboard.press('Escape');
  // Home as Tomás, a policy owner with work: co-owner of two sample policies, a draft of his own, a review Rosa asks
  // of him, a watched policy she comments on. Taken last, so no other picture shows his work.
  {
    const owner = await ApiSession.signIn(request, BASE, {
      email: 'tomas@policyops.test',
      password: 'screenshot password 2',
    });
    const lead = await ApiSession.signIn(request, BASE, admin);
    for (const slug of ['minor-safety', 'hate-speech']) {
      const policy = await lead.get<{ version: number; owners: { id: string }[] }>(`/api/policies/${slug}`);
      const ownerIds = [...policy.owners.map((o) => o.id), owner.user.id];
      await lead.patch(`/api/policies/${slug}`, { version: policy.version, ownerIds });
    }
    // Not violent extremism: a sample change request holds that policy's draft.
    await startDraft(owner, 'minor-safety', {
      changeSummary: 'Age assurance: what moderators record when they suspend an under-age account.',
    });
    await requestReview(lead, 'hate-speech', { changeSummary: 'Coded slurs refreshed with the EMEA team.' }, [
      owner.user.id,
    ]);
    const misinformation = (await lead.get<{ id: string }>('/api/policies/harmful-misinformation')).id;
    await watchPolicy(owner, misinformation);
    await lead.post('/api/comments', {
      entityType: 'policy',
      entityId: misinformation,
      body: 'Legal asked for the election-period carve-out to be spelled out in 3.1.',
    });
    const ownerContext = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      baseURL: BASE,
      storageState: await owner.storageState(),
    });
    const ownerPage = await ownerContext.newPage();
    await ownerPage.goto('/');
    await ownerPage.waitForLoadState('networkidle');
    await ownerPage.waitForTimeout(500);
    await ownerPage.screenshot({ path: `${OUT}/home.png`, fullPage: true });
    await ownerContext.close();
    await owner.dispose();
    await lead.dispose();
  }
  // The sample year's roadmap: the timeline with its critical path, what moved since the approved plan, the OKRs.
  await page.goto('/roadmap');
  await page.getByText('Timeline', { exact: true }).click();
  await page.getByRole('heading', { name: 'Critical path' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/roadmap-timeline.png` });
  await page.goto('/roadmap/baselines');
  await page.getByRole('heading', { name: 'What moved' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/roadmap-baseline.png` });
  await page.goto('/okrs/dashboard');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/okr-dashboard.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate("localStorage.setItem('mantine-color-scheme-value', 'dark')");
  await page.goto('/people');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/people-dark.png` });
  // The public changelog signed out, with what changed in a policy's second public version open. Taken last: it
  // publishes the sample's started Bullying draft (scheduled, later in Germany), which no other picture shows.
  {
    const lead = await ApiSession.signIn(request, BASE, admin);
    const reviewer = await ApiSession.signIn(request, BASE, {
      email: 'tomas@policyops.test',
      password: 'screenshot password 2',
    });
    type Version = { id: string; state: string; version: number; body: string };
    const publish = (slug: string, id: string, publicSummary: string) =>
      lead.post(`/api/policies/${slug}/versions/${id}/changelog`, { publicSummary });
    const versionsOf = async (slug: string) =>
      (await lead.get<{ items: Version[] }>(`/api/policies/${slug}/versions`)).items;
    const hate = (await versionsOf('hate-speech')).find((v) => v.state === 'live')!;
    await publish('hate-speech', hate.id, 'Coded slurs, hateful conspiracy theories and their symbols are named.');
    const path = '/api/policies/bullying-and-harassment/versions';
    const bullying = await versionsOf('bullying-and-harassment');
    await publish(
      'bullying-and-harassment',
      bullying.find((v) => v.state === 'live')!.id,
      'Our rules on bullying and harassment.',
    );
    const draft = await lead.get<Version>(`${path}/${bullying.find((v) => v.state === 'draft')!.id}`);
    const { markets } = await lead.get<{ markets: { id: string; code: string }[] }>('/api/applicability/dimensions');
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const edited = await lead.patch<Version>(`${path}/${draft.id}`, {
      version: draft.version,
      body: draft.body.replace(
        'school, or licence plate.',
        'school, licence plate, or real-time location, including in a screenshot or a map.',
      ),
      effectiveDate: inDays(45),
      marketDates: [{ marketId: markets.find((m) => m.code === 'DE')!.id, effectiveDate: inDays(75) }],
    });
    const step = (by: ApiSession, v: Version, action: string, extra = {}) =>
      by.post<Version>(`${path}/${v.id}/transitions`, { version: v.version, action, ...extra });
    const submitted = await step(lead, edited, 'submit', { reviewerIds: [reviewer.user.id] });
    const approved = await step(reviewer, submitted, 'approve', { comment: 'Reads well.' });
    const scheduled = await step(lead, approved, 'publish');
    await publish(
      'bullying-and-harassment',
      scheduled.id,
      'Sharing where someone is right now, or a screenshot or map showing it, now counts as doxxing.',
    );
    await reviewer.dispose();
    await lead.dispose();
    const visitor = await browser.newContext({ viewport: { width: 1366, height: 860 }, baseURL: BASE });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto('/changelog');
    await visitorPage.getByRole('button', { name: 'Show what changed' }).first().click();
    await visitorPage.getByRole('heading', { level: 3, name: /^What changed since/ }).waitFor();
    await visitorPage.waitForTimeout(500);
    await visitorPage.screenshot({ path: `${OUT}/public-changelog.png` });
    await visitor.close();
  }
  await browser.close();
} finally {
  server?.kill('SIGTERM');
}
