import type { JobPage } from '@policyops/contracts';
import { expect, test } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { JobsPage } from '../../pages/jobs.page.js';

// The e2e server runs with TEST_CLOCK=1, which adds a job that fails its first attempt and succeeds when retried.
test('an admin finds a failed background job with its error, retries it and sees it complete', async ({
  page,
  admin,
}) => {
  const { id } = await admin.post<{ id: string }>('/api/test/jobs/failing');
  // The server's queue polls every second: wait for the first attempt to fail.
  await expect
    .poll(async () => (await admin.get<JobPage>('/api/admin/jobs?state=failed')).items.some((j) => j.id === id), {
      timeout: 15_000,
    })
    .toBe(true);

  await page.goto('/');
  const shell = new AppShell(page);
  await shell.expectSignedInAs(admin.user.name);
  await shell.navigate('Background jobs');
  await expect(page).toHaveURL(/\/admin\/jobs$/);

  const jobs = new JobsPage(page);
  await jobs.expectOpen('failed background jobs');
  const row = jobs.row(id);
  await expect(row).toBeVisible();
  await expect(row.getByText('test.fails-once', { exact: true })).toBeVisible();
  await expect(row.getByText('the test job fails its first attempt on purpose')).toBeVisible();
  await expect(row.getByText('1 of 1')).toBeVisible();

  await jobs.retry(id);
  await expect(row).toHaveCount(0);

  await jobs.showTab('Completed');
  // The list refreshes every few seconds while the queue runs the retried job.
  await expect(jobs.row(id)).toBeVisible({ timeout: 15_000 });
  await expect(jobs.row(id).getByText('2 of 2')).toBeVisible();
  await expect(jobs.row(id).getByRole('button', { name: /^Retry / })).toHaveCount(0);
  await jobs.expectOpen('completed background jobs');
});
