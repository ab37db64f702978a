import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import {
  decodeRoadmapYear,
  encodeRoadmapYear,
  type InitiativeDetail,
  type Milestone,
  type PlanningSettings,
  type RoadmapYear,
  type RoadmapYearWire,
} from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { RoadmapTimelinePage } from '../../pages/roadmap-timeline.page.js';
import type { ApiSession } from '../../seed/api-session.js';
import { addDays, setServerToday } from '../../seed/clock.js';

const SHOTS = process.env.TIMELINE_SHOTS ?? '/tmp/shots-timeline';
mkdirSync(SHOTS, { recursive: true });
/** A fiscal year of this run's own (FY40–FY89): the timeline shows a whole year, other runs' plans included. */
function yearOf(runId: string): number {
  let hash = 0;
  for (const c of runId) hash = (hash * 31 + c.charCodeAt(0)) % 50;
  return 2040 + hash;
}

test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

async function seedPlan(admin: ApiSession, ownerId: string, runId: string) {
  const year = await admin.get<RoadmapYearWire>(`/api/roadmap/years/FY${yearOf(runId)}`);
  const s = year.year.start;
  const areas = await Promise.all(
    ['Elections integrity', 'Child safety'].map((name) =>
      admin.post<{ id: string }>('/api/policy-areas', { name: `${name} ${runId}` }),
    ),
  );
  const make = (title: string, from: number, to: number, area: number, status = 'planned') =>
    admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
      title: `${title} ${runId}`,
      ownerId,
      status,
      start: addDays(s, from),
      end: addDays(s, to),
      areaIds: [areas[area]!.id],
    });
  const evidence = await make('Evidence review', 0, 30, 0, 'in_progress');
  const draft = await make('Draft policy', 31, 80, 0);
  const training = await make('Moderator training', 31, 50, 1);
  const legal = await make('Legal review', 81, 110, 0);
  const report = await make('Transparency reporting', 111, 140, 1);
  const age = await make('Age assurance guidance', 141, 220, 1, 'proposed');
  await make('Election ads policy', 20, 180, 0, 'in_progress');
  for (const [title, day, done] of [
    ['Evidence summary', 14, true],
    ['Expert round table', 28, false],
  ] as const)
    await admin.post(`/api/roadmap/initiatives/${evidence.id}/milestones`, { title, date: addDays(s, day), done });
  await admin.post<Milestone>(`/api/roadmap/initiatives/${legal.id}/milestones`, {
    title: 'Legal sign-off',
    date: addDays(s, 105),
  });
  const dsa = await admin.post<Milestone>(`/api/roadmap/initiatives/${report.id}/milestones`, {
    title: `DSA report due ${runId}`,
    date: addDays(s, 130),
    kind: 'regulatory_deadline',
  });
  const link = (from: { id: string }, to: { id: string }) =>
    admin.post('/api/roadmap/dependencies', {
      from: { type: 'initiative', id: from.id },
      to: { type: 'initiative', id: to.id },
    });
  await link(evidence, draft);
  await link(evidence, training);
  await link(draft, legal);
  await link(legal, report);
  await link(report, age);
  return { start: s, evidence, draft, training, legal, report, age, dsa };
}

test('the timeline shows the critical path, warns before a move breaks it, and moves and resizes bars with the keyboard', async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  const owner = await newPerson({ name: `Amara Osei ${runId}`, role: 'policy_owner' });
  const plan = await seedPlan(admin, owner.user.id, runId);
  await setServerToday(admin, addDays(plan.start, 45));
  const timeline = new RoadmapTimelinePage(page);
  await timeline.open();
  await timeline.pickYear(`FY${String(yearOf(runId) % 100)}`);

  // The critical path: evidence → draft → legal review → transparency reporting → age assurance, with no float.
  const path = timeline.criticalPath.getByRole('list', { name: 'Critical path, first to last' });
  await expect(path.getByRole('listitem')).toHaveCount(5);
  await expect(path.getByRole('listitem').first()).toContainText(`Evidence review ${runId}`);
  await expect(path.getByRole('listitem').nth(1)).toContainText(`Draft policy ${runId}`);
  await expect(path.getByRole('listitem').nth(3)).toContainText(`Transparency reporting ${runId}`);
  await expect(path.getByRole('listitem').last()).toContainText(`Age assurance guidance ${runId}`);
  await expect(path.getByText('Float 0 days')).toHaveCount(5);
  await expect(timeline.bar(`Moderator training ${runId}`)).toBeVisible();
  await expect(
    page.getByRole('img', { name: new RegExp(`^Milestone DSA report due ${runId}, .*, fixed date$`) }),
  ).toBeVisible();
  await expectAccessible(page, 'roadmap timeline');
  await page.screenshot({ path: `${SHOTS}/timeline-critical-path.png` });

  // Dragging the draft 12 days later breaks the dependency of the legal review and makes the DSA report late.
  const draft = `Draft policy ${runId}`;
  const perDay = await timeline.pixelsPerDay(draft, 50);
  await timeline.dragBy(draft, 12, perDay);
  const dialog = timeline.dialog;
  await expect(dialog).toContainText(`Reschedule “${draft}”?`);
  await expect(
    dialog.getByText(/breaks 1 dependency: “Draft policy .*” → “Legal review .*” \(\d+ days short\)/),
  ).toBeVisible();
  await expect(
    dialog.getByText(new RegExp(`makes fixed milestone “DSA report due ${runId}” \\d+ days late`)),
  ).toBeVisible();
  await expectAccessible(page, 'reschedule warning');
  await page.screenshot({ path: `${SHOTS}/timeline-warning.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline.bar(draft)).toHaveAccessibleName(new RegExp(`^Initiative ${draft}, `));
  const unchanged = await admin.get<InitiativeDetail>(`/api/roadmap/initiatives/${plan.draft.id}`);
  expect(unchanged.start).toBe(plan.draft.start);

  // Resizing with the keyboard goes through the same check: the draft's end a week later (E, Shift+ArrowRight)
  // breaks the legal review's dependency exactly as the drag did, and Cancel keeps the planned dates.
  await timeline.resizeWithKeys(draft, 'end', ['Shift+ArrowRight']);
  await expect(dialog).toContainText(`Reschedule “${draft}”?`);
  await expect(
    dialog.getByText(/breaks 1 dependency: “Draft policy .*” → “Legal review .*” \(7 days short\)/),
  ).toBeVisible();
  await expect(
    dialog.getByText(new RegExp(`makes fixed milestone “DSA report due ${runId}” 7 days late`)),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const stillPlanned = await admin.get<InitiativeDetail>(`/api/roadmap/initiatives/${plan.draft.id}`);
  expect([stillPlanned.start, stillPlanned.end]).toEqual([plan.draft.start, plan.draft.end]);
  // The legal review's start two days earlier overlaps the draft: warned, then saved anyway, its end unchanged.
  const legal = `Legal review ${runId}`;
  await timeline.resizeWithKeys(legal, 'start', ['ArrowLeft', 'ArrowLeft']);
  await expect(
    dialog.getByText(/breaks 1 dependency: “Draft policy .*” → “Legal review .*” \(2 days short\)/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => {
      const saved = await admin.get<InitiativeDetail>(`/api/roadmap/initiatives/${plan.legal.id}`);
      return [saved.start, saved.end];
    })
    .toEqual([addDays(plan.legal.start, -2), plan.legal.end]);

  // Three weeks later would leave the evidence review's milestones outside its dates: refused before saving.
  const evidence = timeline.bar(`Evidence review ${runId}`);
  await evidence.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/leaves “Evidence summary” outside its dates/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Move anyway' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The keyboard: the training has float, so three days later breaks nothing.
  const training = timeline.bar(`Moderator training ${runId}`);
  const threeDaysLater = async () => {
    await training.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Nothing breaks')).toBeVisible();
  };
  await threeDaysLater();
  // Someone else edits it meanwhile: the stale save is refused and said so.
  await admin.patch(`/api/roadmap/initiatives/${plan.training.id}`, { version: plan.training.version, effortWeeks: 3 });
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog.getByRole('alert', { name: 'Someone else changed this initiative' })).toContainText(
    'nothing was saved',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await threeDaysLater();
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await admin.get<InitiativeDetail>(`/api/roadmap/initiatives/${plan.training.id}`)).start)
    .toBe(addDays(plan.training.start, 3));
  await expect(training).toHaveAccessibleName(/, planned, 0%$/);

  // The year's data as CSV and the timeline as a picture.
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toBe(`roadmap-FY${yearOf(runId)}.csv`);
  const text = readFileSync(await csvFile.path(), 'utf8');
  expect(text.split('\r\n')[0]).toMatch(/^Title,Owner,Status,Health,Priority,Start,End,/);
  expect(text).toContain(`Moderator training ${runId},Amara Osei ${runId},Planned,`);
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe(`roadmap-FY${yearOf(runId)}.png`);
  const bytes = readFileSync(await pngFile.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  copyFileSync(await pngFile.path(), `${SHOTS}/timeline-export.png`);
});

// Behaviour at scale, not a timing (timings belong in npm run bench): a synthetic year of 2,000 initiatives
// (and 1,000 dependencies), served to the page in place of the real one, draws only the rows in view and
// stays usable from the keyboard after a long scroll.
test('the timeline draws only what is in view with 2,000 initiatives, and bars still move by keyboard', async ({
  page,
  admin,
}) => {
  const settings = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const real = decodeRoadmapYear(await admin.get<RoadmapYearWire>(`/api/roadmap/years/${settings.currentYear.key}`));
  const uuid = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const initiatives = Array.from({ length: 2000 }, (_, n) => {
    const from = (n * 7) % 300;
    return {
      id: uuid(n),
      title: `Bulk initiative ${n}`,
      ownerId: admin.user.id,
      parentId: null,
      status: (['planned', 'in_progress', 'proposed'] as const)[n % 3]!,
      priority: 'p2' as const,
      start: addDays(real.year.start, from),
      end: addDays(real.year.start, from + 20 + (n % 40)),
      effortWeeks: null,
      areaIds: [],
      teamIds: [],
      progress: n % 100,
      progressOverridden: false,
      health: null,
      updateDue: false,
      editable: true,
    };
  });
  const synthetic: RoadmapYear = {
    ...real,
    initiatives,
    milestones: initiatives.map((i, n) => ({
      id: uuid(10_000 + n),
      initiativeId: i.id,
      title: `Milestone ${n}`,
      kind: n % 10 === 0 ? 'regulatory_deadline' : 'internal',
      date: addDays(i.start, 10),
      fixed: n % 10 === 0,
      done: false,
    })),
    dependencies: Array.from({ length: 1000 }, (_, k) => ({
      id: uuid(20_000 + k),
      fromType: 'initiative' as const,
      fromId: uuid(2 * k),
      fromInitiativeId: uuid(2 * k),
      toType: 'initiative' as const,
      toId: uuid(2 * k + 1),
      toInitiativeId: uuid(2 * k + 1),
      lagDays: 0,
    })),
    people: [{ id: admin.user.id, name: 'Admin' }],
  };
  await page.route(/\/api\/roadmap\/years\/FY\d{4}$/, (route) => route.fulfill({ json: encodeRoadmapYear(synthetic) }));
  const timeline = new RoadmapTimelinePage(page);
  await timeline.open();
  await expect(timeline.bar('Bulk initiative 0')).toBeVisible();
  expect(await page.locator('[data-bar]').count()).toBeLessThan(200);
  await page.evaluate(`document.querySelector('[data-timeline-scroll]').scrollTop = 1500 * 34`);
  await expect(timeline.bar('Bulk initiative 0')).toHaveCount(0);
  expect(await page.locator('[data-bar]').count()).toBeLessThan(200);
  const bar = page.locator('[data-bar]').nth(8);
  const name = (await bar.getAttribute('aria-label'))!;
  await bar.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(bar).not.toHaveAccessibleName(name);
});
