import { mkdirSync } from 'node:fs';
import type { InitiativeDetail, PlanningSettings } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { RoadmapPage } from '../../pages/roadmap.page.js';
import { addDays, setServerToday } from '../../seed/clock.js';

const SHOTS = process.env.ROADMAP_SHOTS ?? '/tmp/shots-roadmap';
mkdirSync(SHOTS, { recursive: true });

/** "FY30 Q1" -> "FY30 Q2", "FY30 Q4" -> "FY31 Q1": the option label of the quarter after. */
function nextQuarterLabel(label: string): string {
  const [, yy, q] = /^FY(\d{2}) Q([1-4])$/.exec(label)!;
  return Number(q) === 4 ? `FY${String(Number(yy) + 1).padStart(2, '0')} Q1` : `FY${yy} Q${Number(q) + 1}`;
}

// A Friday: a new in-progress initiative with the default cadence (weekly, Fridays) owes its first update today.
const FRIDAY = '2030-03-01';

test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

test('an initiative with milestones and a dependency (a cycle refused), then a health update clears "update due"', async ({
  page,
  admin,
  newPerson,
  pageAs,
  runId,
}) => {
  await setServerToday(admin, FRIDAY);
  const ownerName = `Priya Raman ${runId}`;
  const owner = await newPerson({ name: ownerName, role: 'policy_owner' });
  const reviewerName = `Lena Okafor ${runId}`;
  const reviewer = await newPerson({ name: reviewerName, role: 'xfn_reviewer' });
  const settings = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const quarter = settings.currentQuarter;
  const research = await admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
    title: `Prevalence research ${runId}`,
    ownerId: owner.user.id,
    status: 'planned',
    start: quarter.start,
    end: quarter.start,
  });
  const title = `Hate speech policy refresh ${runId}`;
  const roadmap = new RoadmapPage(page);

  await roadmap.open(`?q=${runId}`);
  await expect(roadmap.row(research.title)).toBeVisible();
  await expectAccessible(page, 'roadmap table');
  await page.screenshot({ path: `${SHOTS}/roadmap-table.png` });

  // Ending a quarter before it starts: the server's field error lands under "Ends".
  const dialog = await roadmap.fillInitiative({
    title,
    description: 'Bring the **slur list** up to date with what moderators escalate.',
    owner: ownerName,
    status: 'In progress',
    startQuarter: nextQuarterLabel(quarter.label),
    endQuarter: `${quarter.label} · now`,
  });
  await dialog.getByRole('button', { name: 'Create initiative' }).click();
  await expect(dialog.getByText(/before it starts/)).toBeVisible();
  await expectAccessible(page, 'initiative form with a field error');
  await page.screenshot({ path: `${SHOTS}/initiative-form-error.png` });
  await roadmap.pickQuarter(dialog, 'Starts', `${quarter.label} · now`);
  await roadmap.saveInitiative(dialog, title);
  await roadmap.addMilestone({ title: 'Draft for legal review', kind: 'Internal', date: FRIDAY });
  await roadmap.addMilestone({
    title: 'DSA transparency report',
    kind: 'Transparency-report period',
    date: quarter.end,
  });
  const milestones = roadmap.section('Milestones');
  await expect(milestones.getByRole('row', { name: /DSA transparency report/ }).getByText('Fixed')).toBeVisible();
  await milestones.getByRole('checkbox', { name: 'Draft for legal review: done' }).check();
  await expect(roadmap.section('Progress').getByText('1 of 2 milestones done')).toBeVisible();
  // A milestone moved past its initiative's end: the server's refusal lands under the editor's Date field.
  const editor = await roadmap.openMilestoneEditor('Draft for legal review');
  await editor.getByLabel('Date').fill(addDays(quarter.end, 1));
  await editor.getByRole('button', { name: 'Save milestone' }).click();
  await expect(editor.getByLabel('Date')).toHaveAccessibleDescription(/Falls outside its initiative/);
  await expectAccessible(page, 'milestone editor with a field error');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await roadmap.editMilestone('Draft for legal review', { title: 'Draft for Legal', kind: 'Regulatory deadline' });
  await expect(milestones.getByRole('row', { name: /Draft for Legal/ }).getByText('Fixed')).toBeVisible();

  // The refresh waits on the research; making the research wait on the refresh would close a cycle.
  await roadmap.addDependency('Waits on', research.title);
  const dependencies = roadmap.section('Dependencies');
  await expect(
    dependencies.getByRole('list', { name: 'Waits on' }).getByRole('link', { name: research.title }),
  ).toBeVisible();
  await roadmap.addDependency('Blocks', research.title);
  const refusal = dependencies.getByRole('alert');
  await expect(refusal).toContainText(`Would close a cycle: “${title}” → “${research.title}” → “${title}”`);
  await expectAccessible(page, 'initiative page with the cycle refused');
  await page.screenshot({ path: `${SHOTS}/initiative-cycle.png`, fullPage: true });

  // The owner sees what is due: on the roadmap, then on the initiative, and posting clears it.
  const ownerPage = await pageAs(owner);
  const ownersRoadmap = new RoadmapPage(ownerPage);
  await ownersRoadmap.open();
  await expect(ownerPage.getByRole('alert').filter({ hasText: 'Health updates due' })).toContainText(
    '1 of your initiatives needs',
  );
  await ownerPage.getByRole('button', { name: 'Show them' }).click();
  await expect(ownersRoadmap.row(title).getByText('Update due')).toBeVisible();
  await expect(ownersRoadmap.row(research.title)).toBeHidden();
  await ownerPage.screenshot({ path: `${SHOTS}/roadmap-update-due.png` });
  await ownersRoadmap.row(title).getByRole('link', { name: title }).click();
  const health = ownersRoadmap.section('Health');
  await expect(health.getByRole('status').filter({ hasText: 'Update due' })).toBeVisible();
  // The narrative @mentions a reviewer, picked as in a comment; she hears of it in her inbox.
  await ownersRoadmap.postUpdateMentioning(
    'At risk',
    'Legal review slipped a week;',
    reviewer.user,
    'please re-check the copy. The **DSA date** still holds.',
  );
  await expect(
    health.getByRole('list', { name: 'Health history, oldest first' }).getByText(/: At risk$/),
  ).toBeAttached();
  await expect(ownerPage.getByText('Update due', { exact: true })).toHaveCount(0);
  await expect(health.getByText('Next update due Mar 8, 2030')).toBeVisible();
  const posted = health.getByRole('list', { name: 'Health updates' }).getByRole('listitem').first();
  await expect(posted).toContainText(`Legal review slipped a week; @${reviewerName} please re-check the copy.`);
  const inbox = await reviewer.get<{ items: { kind: string; summary: string; entity: { title: string } }[] }>(
    '/api/notifications',
  );
  expect(inbox.items).toContainEqual(
    expect.objectContaining({ kind: 'mention', entity: expect.objectContaining({ title }) }),
  );
  await expectAccessible(ownerPage, 'initiative page after the update');
  await ownerPage.screenshot({ path: `${SHOTS}/initiative-after-update.png`, fullPage: true });

  await ownersRoadmap.open(`?q=${runId}`);
  await expect(ownersRoadmap.row(title).getByText('At risk')).toBeVisible();
  await expect(ownersRoadmap.row(title).getByText('Update due', { exact: true })).toHaveCount(0);
});
