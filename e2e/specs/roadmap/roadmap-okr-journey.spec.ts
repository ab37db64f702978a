import type { OkrBoard, PlanningSettings } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { OkrsPage } from '../../pages/okrs.page.js';
import { RoadmapBaselinesPage } from '../../pages/roadmap-baselines.page.js';
import { RoadmapTimelinePage } from '../../pages/roadmap-timeline.page.js';
import { RoadmapPage } from '../../pages/roadmap.page.js';
import type { ApiSession } from '../../seed/api-session.js';
import { addDays, setServerToday } from '../../seed/clock.js';

// The timeline shows a whole fiscal year and closing a quarter locks it for everyone, so this journey moves the
// server's date into a fiscal year of its own and puts the date back afterwards, whatever happens.
test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

/** FY3000–FY3899 (other specs use earlier years), from the run id, skipping any year a previous run set OKRs in. */
async function yearOfOwn(admin: ApiSession, runId: string): Promise<number> {
  let year = 3000 + ([...runId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 900, 11) % 900);
  while ((await admin.get<OkrBoard>(`/api/okrs?period=FY${year}`)).summary.objectives > 0)
    year = year === 3899 ? 3000 : year + 1;
  return year;
}
const daysFrom = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The first Friday on or after a date: a new in-progress initiative (weekly, Fridays) owes its update that day. */
function fridayFrom(date: string): string {
  let day = date;
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 5) day = addDays(day, 1);
  return day;
}

test('the roadmap and OKR journey: objective, initiatives, link, check-ins, health, timeline, baseline, critical path, close', async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  // Nine steps and seven accessibility scans: longer than one journey's default minute on a busy machine.
  test.setTimeout(180_000);
  const { fiscalYearStartMonth: month } = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const year = await yearOfOwn(admin, runId);
  const yearStart = `${month === 1 ? year : year - 1}-${String(month).padStart(2, '0')}-01`;
  await setServerToday(admin, fridayFrom(addDays(yearStart, 14)));
  const settings = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const q1 = settings.currentQuarter;
  const q2Start = addDays(q1.end, 1);
  // Early in the alphabet: the owner picker lists the first 200 people by name, and every run adds some.
  const ownerName = `Aaliyah Okafor ${runId}`;
  await newPerson({ name: ownerName, role: 'policy_owner' });

  const okrs = new OkrsPage(page);
  const roadmap = new RoadmapPage(page);
  const timeline = new RoadmapTimelinePage(page);
  const baselines = new RoadmapBaselinesPage(page);
  const objective = `Consistent enforcement of the hate speech rules ${runId}`;
  const certified = `Moderators certified on the new guidelines ${runId}`;
  const accuracy = `Keep QA accuracy at or above 90% ${runId}`;
  const published = `Publish the revised guidelines ${runId}`;
  const evidence = `Evidence review ${runId}`;
  const rewrite = `Guidelines rewrite ${runId}`;
  const card = okrs.objective(objective);
  let evidenceUrl = '';
  let rewriteId = '';

  await test.step('1. an objective with three kinds of key result', async () => {
    await okrs.open();
    await okrs.createObjective({ title: objective, description: 'Appeals show **uneven** decisions between markets.' });
    await okrs.addKeyResult(objective, {
      type: 'Increase to',
      title: certified,
      baseline: '0',
      target: '400',
      unit: 'people',
    });
    await okrs.addKeyResult(objective, {
      type: 'Stay at or above',
      title: accuracy,
      baseline: '93',
      target: '90',
      unit: '%',
    });
    await okrs.addKeyResult(objective, { type: 'Milestone', title: published });
    await expect(card.getByTestId('progress-formula')).toHaveText(
      'average of 3 key results: (0% + 100% + 0%) / 3 = 33.3%',
    );
  });

  await test.step('2. two initiatives with milestones, the rewrite waiting on the evidence review', async () => {
    await roadmap.open();
    const first = await roadmap.fillInitiative({
      title: evidence,
      description: 'What moderators escalate, and where markets disagree.',
      owner: ownerName,
      status: 'In progress',
      startQuarter: `${q1.label} · now`,
      endQuarter: `${q1.label} · now`,
    });
    await roadmap.saveInitiative(first, evidence);
    evidenceUrl = page.url();
    await roadmap.addMilestone({ title: `Evidence summary ${runId}`, kind: 'Internal', date: addDays(q1.start, 30) });

    await roadmap.open();
    const second = await roadmap.fillInitiative({
      title: rewrite,
      description: 'One reading of the rule for every market.',
      owner: ownerName,
      status: 'Planned',
      startQuarter: `${settings.currentYear.label} Q2`,
      endQuarter: `${settings.currentYear.label} Q2`,
    });
    await roadmap.saveInitiative(second, rewrite);
    rewriteId = page.url().split('/').pop()!;
    await roadmap.addMilestone({
      title: `Guidelines published ${runId}`,
      kind: 'Internal',
      date: addDays(q2Start, 40),
    });
    await roadmap.addDependency('Waits on', evidence);
    await expect(
      roadmap.section('Dependencies').getByRole('list', { name: 'Waits on' }).getByRole('link', { name: evidence }),
    ).toBeVisible();
  });

  await test.step('3. the rewrite serves the certification key result', async () => {
    await roadmap.linkKeyResult(certified);
    await expect(roadmap.section('Key results').getByRole('link', { name: certified })).toBeVisible();
    await expectAccessible(page, 'initiative page');
  });

  await test.step('4. two check-ins on the certification key result', async () => {
    await okrs.open();
    await okrs.checkIn(certified, { value: '100', confidence: 'On track', comment: 'First two vendors done.' });
    await expect(okrs.progressOf(certified)).toHaveAttribute('aria-valuenow', '25');
    await okrs.checkIn(certified, { value: '200', confidence: 'At risk', comment: 'APAC sessions slipped.' });
    await expect(okrs.progressOf(certified)).toHaveAttribute('aria-valuenow', '50');
    await expect(card.getByTestId('progress-formula')).toHaveText(
      'average of 3 key results: (50% + 100% + 0%) / 3 = 50.0%',
    );
  });

  await test.step('5. the evidence review owes its first update today; posting one clears "update due"', async () => {
    await page.goto(evidenceUrl);
    const health = roadmap.section('Health');
    await expect(health.getByRole('status').filter({ hasText: 'Update due' })).toBeVisible();
    await roadmap.postUpdate('On track', 'Two markets reviewed; the **APAC** sample arrives next week.');
    await expect(health.getByRole('list', { name: 'Health updates' }).getByText('Two markets reviewed')).toBeVisible();
    await expect(page.getByText('Update due', { exact: true })).toHaveCount(0);
    await expect(health.getByRole('status')).toContainText('Next update due');
    await expectAccessible(page, 'initiative page after the update');
  });

  await test.step('6. dragging the evidence review ten days later warns that it breaks the dependency', async () => {
    await timeline.open();
    await expect(timeline.bar(rewrite)).toBeVisible();
    await expectAccessible(page, 'roadmap timeline');
    await timeline.dragBy(evidence, 10, await timeline.pixelsPerDay(evidence, daysFrom(q1.start, q1.end) + 1));
    await expect(timeline.dialog).toContainText(`Reschedule “${evidence}”?`);
    await expect(
      timeline.dialog.getByText(new RegExp(`breaks 1 dependency: “${evidence}” → “${rewrite}” \\(\\d+ days? short\\)`)),
    ).toBeVisible();
    await timeline.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(timeline.dialog).toBeHidden();
  });

  await test.step('7. a baseline, then the milestone moves two weeks and the comparison shows the slip', async () => {
    await baselines.open();
    const name = `${settings.currentYear.label} plan as approved ${runId}`;
    await baselines.save(name);
    await expect(page.getByText('Nothing moved since this baseline')).toBeVisible();
    await expectAccessible(page, 'roadmap baselines');
    const comparison = page.url();
    // The planner moves the milestone on the initiative's page, in its row's editor.
    await page.goto(`/roadmap/initiatives/${rewriteId}`);
    const moved = `Guidelines published ${runId}`;
    const editor = await roadmap.openMilestoneEditor(moved);
    await expect(editor.getByLabel('Date')).toHaveValue(addDays(q2Start, 40));
    await expectAccessible(page, 'milestone editor');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect(editor).toBeHidden();
    await roadmap.editMilestone(moved, { date: addDays(q2Start, 54) });
    await expect(roadmap.section('Milestones').getByRole('row').filter({ hasText: moved })).toContainText(
      new Date(`${addDays(q2Start, 54)}T12:00:00Z`).toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
    await page.goto(comparison);
    await expect(baselines.sectionRow('Milestone slips', moved)).toContainText('+14 days');
    await expect(page.getByLabel('Summary of changes')).toContainText('1 milestone slipped');
    await expectAccessible(page, 'baseline comparison');
  });

  await test.step('8. the critical path runs through both initiatives, listed and outlined on the timeline', async () => {
    await timeline.open();
    const path = timeline.criticalPath.getByRole('list', { name: 'Critical path, first to last' });
    await expect(path.getByRole('listitem')).toHaveCount(2);
    await expect(path.getByRole('listitem').first()).toContainText(evidence);
    await expect(path.getByRole('listitem').last()).toContainText(rewrite);
    await expect(path.getByText('Float 0 days')).toHaveCount(2);
    await expect(timeline.bar(evidence)).toHaveCSS('outline-style', 'solid');
    await timeline.showCriticalPath(false);
    await expect(timeline.criticalPath).toBeHidden();
    await expect(timeline.bar(evidence)).toHaveCSS('outline-style', 'none');
  });

  await test.step('9. closing the quarter rolls the scores up on the OKR dashboard', async () => {
    await okrs.open();
    const close = await okrs.startClosing(q1.label);
    await expect(close.score(certified)).toHaveValue('0.5');
    await close.setScore(published, '0.2', 'Drafted; Legal review slipped into next quarter.');
    await close.closeAndConfirm();
    await expect(page.getByText(`${q1.label} is closed`)).toBeVisible();
    await okrs.switchTo('Quarter dashboard');
    // (0.5 + 1.0 + 0.2) / 3 = 0.57
    const objectives = page.getByRole('region', { name: 'Objectives' });
    await expect(objectives.getByText('score 0.57')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(certified) })).toContainText('score 0.5');
    await expect(page.getByRole('row', { name: new RegExp(published) })).toContainText('score 0.2');
    await expectAccessible(page, 'OKR dashboard of the closed quarter');
  });
});
