import { mkdirSync } from 'node:fs';
import type { InitiativeDetail, Milestone, PlanningSettings } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { addDays } from '../../seed/clock.js';

const SHOTS = process.env.KR_LINK_SHOTS ?? '/tmp/shots-wj';
mkdirSync(SHOTS, { recursive: true });

test("link a key result to an initiative, and feed another with the initiative's progress", async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  const settings = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const quarter = settings.currentQuarter;
  const owner = await newPerson({ name: `Diego Ramos ${runId}`, role: 'policy_owner' });
  const initiative = await admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
    title: `Age-assurance escalation guidance ${runId}`,
    ownerId: owner.user.id,
    status: 'in_progress',
    start: quarter.start,
    end: quarter.end,
  });
  const draft = await admin.post<Milestone>(`/api/roadmap/initiatives/${initiative.id}/milestones`, {
    title: `Escalation paths drafted ${runId}`,
    date: addDays(quarter.start, 10),
  });
  await admin.post(`/api/roadmap/initiatives/${initiative.id}/milestones`, {
    title: `Guidance published ${runId}`,
    date: addDays(quarter.start, 60),
  });
  const objective = await admin.post<{ id: string }>('/api/objectives', {
    periodKey: quarter.key,
    title: `Keep young people safe ${runId}`,
  });
  await admin.post(`/api/objectives/${objective.id}/key-results`, {
    title: `Moderators trained ${runId}`,
    type: 'increase_to',
    unit: 'people',
    baseline: 0,
    target: 400,
  });

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/roadmap/initiatives/${initiative.id}`);
  const card = page.getByRole('region', { name: 'Key results' });
  await expect(card.getByText('This initiative serves no key result yet.')).toBeVisible();
  await card.getByRole('button', { name: 'Link a key result' }).click();
  await card.getByRole('combobox', { name: 'Key result' }).click();
  await page.getByRole('option', { name: `Moderators trained ${runId}` }).click();
  await expect(card.getByRole('link', { name: `Moderators trained ${runId}` })).toBeVisible();

  // A second key result, fed by the initiative: half its milestones done is 50%.
  await admin.patch(`/api/roadmap/milestones/${draft.id}`, { version: 1, done: true });
  await page.goto(`/okrs/objectives/${objective.id}`);
  await page
    .getByRole('button', { name: /add key result|new key result/i })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New key result' });
  await dialog.getByRole('textbox', { name: 'Key result' }).fill(`Guidance in use ${runId}`);
  await dialog.getByRole('switch', { name: "Fed by an initiative's progress" }).check();
  await dialog.getByRole('combobox', { name: 'Initiative' }).fill(`Age-assurance escalation guidance ${runId}`);
  await page.getByRole('option', { name: `Age-assurance escalation guidance ${runId}` }).click();
  await page.screenshot({ path: `${SHOTS}/kr-fed-form.png` });
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: `Guidance in use ${runId}` })).toBeVisible();

  await page.goto(`/roadmap/initiatives/${initiative.id}`);
  await expect(card.getByText('Fed by this')).toBeVisible();
  await expect(card.getByRole('progressbar', { name: `Guidance in use ${runId}: 50%` })).toBeVisible();
  await expectAccessible(page, 'initiative key results');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/initiative-key-results.png`, fullPage: true });

  await card.getByRole('button', { name: `Unlink “Moderators trained ${runId}”` }).click();
  await expect(card.getByRole('link', { name: `Moderators trained ${runId}` })).toBeHidden();
});
