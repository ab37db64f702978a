import type { OkrPeriodList } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { OkrsPage } from '../../pages/okrs.page.js';
import { setServerToday } from '../../seed/clock.js';

// OKR periods are shared by the whole workspace and closing one locks it for everyone, so this spec moves the
// server's date to a fiscal year of its own (from its run id) and puts it back afterwards, whatever happens.
test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

/** A year far from every other run's: 2200–2999, from the run id. */
const yearOf = (runId: string) => 2200 + ([...runId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 800, 7) % 800);

test('an objective with three kinds of key result, two check-ins, then the quarter closed and its scores rolled up', async ({
  page,
  admin,
  runId,
}) => {
  await setServerToday(admin, `${yearOf(runId)}-05-12`);
  const { currentKey, items } = await admin.get<OkrPeriodList>('/api/okr-periods');
  const quarter = items.find((p) => p.key === currentKey)!;
  const okrs = new OkrsPage(page);
  const objective = `Consistent hate speech enforcement ${runId}`;
  const overturns = 'Cut the appeal overturn rate';
  const accuracy = 'Keep QA accuracy at or above 90%';
  const guide = 'Publish the revised hate speech guidelines';

  await okrs.open();
  await expect(page.getByText(`No objectives for ${quarter.label} yet`)).toBeVisible();
  await expectAccessible(page, 'empty OKR tree');
  await okrs.createObjective({
    title: objective,
    description: 'Appeals show **uneven** decisions between markets; moderators need one reading of the rule.',
  });

  // A target equal to the baseline comes back from the server as an error on the Target field.
  const dialog = await okrs.fillKeyResult(objective, {
    type: 'Decrease to',
    title: overturns,
    baseline: '12',
    target: '12',
    unit: '%',
  });
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog.getByText('The target must differ from the baseline (12)')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Target' }).fill('8');
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog).toBeHidden();
  await okrs.addKeyResult(objective, {
    type: 'Stay at or above',
    title: accuracy,
    baseline: '93',
    target: '90',
    unit: '%',
  });
  await okrs.addKeyResult(objective, { type: 'Milestone', title: guide });
  const card = okrs.objective(objective);
  await expect(card.getByTestId('progress-formula')).toHaveText(
    'average of 3 key results: (0% + 100% + 0%) / 3 = 33.3%',
  );

  // Two check-ins on the overturn rate: 12% → 11% (on track), then 10% (at risk) is half way to 8%.
  await okrs.checkIn(overturns, {
    value: '11',
    confidence: 'On track',
    comment: 'Calibration sessions with two vendors.',
  });
  await expect(okrs.progressOf(overturns)).toHaveAttribute('aria-valuenow', '25');
  await okrs.checkIn(overturns, { value: '10', confidence: 'At risk', comment: 'The APAC backlog is growing again.' });
  await expect(okrs.progressOf(overturns)).toHaveAttribute('aria-valuenow', '50');
  await expect(card.getByTestId('progress-formula')).toHaveText(
    'average of 3 key results: (50% + 100% + 0%) / 3 = 50.0%',
  );
  await expect(card.getByText('At risk').first()).toBeVisible();
  await expectAccessible(page, 'OKR tree');

  await okrs.switchTo('Quarter dashboard');
  await expect(
    page.getByRole('img', { name: new RegExp(`^Trend of ${overturns}: 25% on .*, 50% on .*; latest at risk$`) }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(overturns) }).getByText('today')).toBeVisible();
  await expectAccessible(page, 'quarter dashboard');
  await okrs.switchTo('Tree');

  const close = await okrs.startClosing(quarter.label);
  await expect(close.score(overturns)).toHaveValue('0.5');
  await expectAccessible(page, 'close quarter');
  await close.setScore(guide, '0.2', 'Drafted; Legal review slipped into next quarter.');
  await close.closeAndConfirm();

  await expect(page.getByRole('heading', { level: 1, name: 'OKRs' })).toBeVisible();
  await expect(page.getByText(`${quarter.label} is closed`)).toBeVisible();
  // (0.5 + 1.0 + 0.2) / 3 = 0.57
  await expect(card.getByText('Score 0.57')).toBeVisible();
  await expect(card.getByText('Score: average of 3 key-result scores: (0.5 + 1.0 + 0.2) / 3 = 0.57')).toBeVisible();
  await expect(page.getByRole('button', { name: `Check in on ${overturns}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New objective' })).toHaveCount(0);
  await expectAccessible(page, 'closed quarter');
});
