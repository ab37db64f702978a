import { mkdirSync } from 'node:fs';
import type { InitiativeDetail, Milestone, PlanningSettings, RoadmapBaselineList } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { RoadmapBaselinesPage } from '../../pages/roadmap-baselines.page.js';
import { addDays, setServerToday } from '../../seed/clock.js';

const SHOTS = process.env.BASELINE_SHOTS ?? '/tmp/shots-baselines';
mkdirSync(SHOTS, { recursive: true });

test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

test('save a baseline, move a milestone and an initiative, and see the slips in days', async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  await setServerToday(admin, '2033-05-12');
  const settings = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const year = settings.currentYear;
  const quarter = settings.currentQuarter;
  const owner = await newPerson({ name: `Amara Osei ${runId}`, role: 'policy_owner' });
  const initiative = await admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
    title: `Age assurance rollout ${runId}`,
    ownerId: owner.user.id,
    status: 'planned',
    start: quarter.start,
    end: addDays(quarter.start, 60),
  });
  const milestone = await admin.post<Milestone>(`/api/roadmap/initiatives/${initiative.id}/milestones`, {
    title: `Vendor selected ${runId}`,
    date: addDays(quarter.start, 20),
  });
  const steady = await admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
    title: `Appeals quality programme ${runId}`,
    ownerId: owner.user.id,
    start: quarter.start,
    end: addDays(quarter.start, 40),
  });
  await admin.post(`/api/roadmap/initiatives/${steady.id}/milestones`, {
    title: `Pilot review ${runId}`,
    date: addDays(quarter.start, 10),
  });

  const objective = await admin.post<{ id: string }>('/api/objectives', {
    periodKey: quarter.key,
    title: `Safer sign-ups ${runId}`,
  });
  const keyResult = await admin.post<{ id: string }>(`/api/objectives/${objective.id}/key-results`, {
    title: `Age checks passed ${runId}`,
    type: 'increase_to',
    unit: '%',
    baseline: 60,
    target: 90,
  });

  await page.setViewportSize({ width: 1366, height: 860 });
  const baselines = new RoadmapBaselinesPage(page);
  await baselines.open(`?year=${year.key}`);
  const name = `${year.label} plan as approved ${runId}`;
  await baselines.save(name);
  await expect(baselines.baselineRow(name)).toContainText('Manual');
  await expect(page.getByText('Nothing moved since this baseline')).toBeVisible();
  await expectAccessible(page, 'roadmap baselines');

  // A week later the vendor slips two weeks and the rollout's end moves three weeks; the pilot is pulled in.
  await setServerToday(admin, '2033-05-19');
  await admin.patch(`/api/roadmap/initiatives/${initiative.id}`, { version: 1, end: addDays(quarter.start, 81) });
  await admin.patch(`/api/roadmap/milestones/${milestone.id}`, { version: 1, date: addDays(quarter.start, 34) });
  await admin.patch(`/api/roadmap/initiatives/${steady.id}`, { version: 1, status: 'in_progress' });
  await admin.patch(`/api/key-results/${keyResult.id}`, { version: 1, target: 80 });
  const saved = (await admin.get<RoadmapBaselineList>(`/api/roadmap/years/${year.key}/baselines`)).items.find(
    (b) => b.name === name,
  )!;

  await baselines.open(`?year=${year.key}&baseline=${saved.id}`);
  await expect(baselines.sectionRow('Milestone slips', `Vendor selected ${runId}`)).toContainText('+14 days');
  await expect(baselines.sectionRow('Dates moved', initiative.title)).toContainText('End +21 days');
  await expect(baselines.section('Status changes')).toContainText(steady.title);
  await expect(page.getByLabel('Summary of changes')).toContainText('1 milestone slipped');
  await expect(baselines.section('Key-result targets changed')).toContainText('Lowered');
  await expect(baselines.section('Key-result targets changed')).toContainText('target 90 → 80');
  await expectAccessible(page, 'baseline comparison');
  await page.screenshot({ path: `${SHOTS}/roadmap-baseline.png`, fullPage: false });
  await page.screenshot({ path: `${SHOTS}/roadmap-baseline-full.png`, fullPage: true });

  // "As it was on" the day of the plan: the latest baseline by then is the one just saved.
  await baselines.compareWithDay('2033-05-12');
  await expect(page.getByText('The roadmap as it was on')).toBeVisible();
  await expect(baselines.sectionRow('Milestone slips', `Vendor selected ${runId}`)).toContainText('+14 days');
});
