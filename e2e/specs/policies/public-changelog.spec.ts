import type { ApplicabilityDimensions, PolicyVersion, WorkspaceSettings } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { PublicChangelogPage } from '../../pages/changelog.page.js';
import { PolicyVersionPage } from '../../pages/policy-version.page.js';
import type { ApiSession } from '../../seed/api-session.js';
import { createArea, createPolicy, publishVersion } from '../../seed/policies.js';

const INTERNAL = 'Imported from community-guidelines/2026-03-01.md';

const TEXT_V1 = [
  'Harassment',
  '==========',
  '',
  '## What is not allowed',
  '',
  '* **Threats** against a person.',
  '* Sharing private information to shame someone.',
  '',
  '## What is allowed',
  '',
  'Criticism of public figures, when it is about their *public* role.',
].join('\n');
const TEXT_V2 = TEXT_V1.replace(
  '* Sharing private information to shame someone.',
  '* Sharing private information to shame someone.\n* Repeated unwanted contact after being asked to stop.',
);

/** A version with a date of its own in one market, drafted, approved by another owner and made live. */
async function publishWithMarketDate(
  people: { author: ApiSession; approver: ApiSession },
  slug: string,
  version: { body: string; effectiveDate: string; market: string; marketDate: string },
): Promise<PolicyVersion> {
  const { author, approver } = people;
  const path = `/api/policies/${slug}/versions`;
  const markets = (await author.get<ApplicabilityDimensions>('/api/applicability/dimensions')).markets;
  const market = markets.find((m) => m.code === version.market)!;
  const draft = await author.post<PolicyVersion>(path, {
    body: version.body,
    effectiveDate: version.effectiveDate,
    changeSummary: 'Internal: adds the contact rule agreed with Legal',
  });
  const dated = await author.patch<PolicyVersion>(`${path}/${draft.id}`, {
    version: draft.version,
    marketDates: [{ marketId: market.id, effectiveDate: version.marketDate }],
  });
  const step = (by: ApiSession, current: PolicyVersion, action: string) =>
    by.post<PolicyVersion>(`${path}/${current.id}/transitions`, { version: current.version, action });
  const submitted = await step(author, dated, 'submit');
  return step(author, await step(approver, submitted, 'approve'), 'publish');
}

// Seeds a policy of its own with a first public version; the journey publishes the second from the version page
// with a public summary, and reads both signed out.
test('a policy published twice reads clearly on the public changelog, signed out: own summary, dates by market, what changed', async ({
  page,
  admin,
  newPerson,
  visitorPage,
  runId,
}) => {
  const owner = await newPerson({ name: `Amara Okafor ${runId}`, role: 'policy_owner' });
  const area = await createArea(admin, `Community safety ${runId}`);
  const title = `Harassment ${runId}`;
  const slug = `harassment-${runId}`;
  await createPolicy(admin, { title, slug, areaId: area.id, ownerIds: [admin.user.id, owner.user.id] });
  const people = { author: admin, approver: owner };
  const v1 = await publishVersion(people, slug, {
    label: '1.0',
    body: TEXT_V1,
    effectiveDate: '2026-03-01',
    changeSummary: INTERNAL,
  });
  await admin.post(`/api/policies/${slug}/versions/${v1.id}/changelog`, {
    publicSummary: 'We published our rules on harassment.',
  });
  const v2 = await publishWithMarketDate(people, slug, {
    body: TEXT_V2,
    effectiveDate: '2027-03-01',
    market: 'DE',
    marketDate: '2027-04-15',
  });

  // The publisher writes the public summary; the internal one is shown for reference, marked as not published.
  await page.goto(`/policies/${slug}/versions/${v2.id}`);
  await page.getByRole('button', { name: 'Add to public changelog' }).click();
  await expect(page.getByRole('dialog').getByText('Internal change summary (not published)')).toBeVisible();
  await expect(page.getByRole('dialog').getByText('Internal: adds the contact rule agreed with Legal')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish to changelog' }).click();
  await expect(page.getByRole('dialog').getByText('Write what changed, for readers outside the company')).toBeVisible();
  await expectAccessible(page, 'publish to changelog dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  const publicSummary = 'Repeated unwanted contact is now named as harassment.';
  await new PolicyVersionPage(page).addToPublicChangelog(publicSummary);

  // Colleagues find the public page from the app.
  await page.goto('/');
  await new AppShell(page).navigate('Public changelog');
  const signedIn = new PublicChangelogPage(page);
  await signedIn.expectOpen();

  // Signed out: the public summaries, never the internal ones; the dates by market; the words added since 1.0.
  const changelog = new PublicChangelogPage(visitorPage);
  await changelog.goto();
  const second = `${title}: version 1.1`;
  const first = `${title}: version 1.0`;
  await changelog.expectSummary(second, publicSummary);
  await changelog.expectSummary(first, 'We published our rules on harassment.');
  await expect(visitorPage.getByText(INTERNAL)).toHaveCount(0);
  await expect(visitorPage.getByText(/agreed with Legal/)).toHaveCount(0);
  await changelog.expectMarketDate(second, 'Germany', '15 April 2027');
  await changelog.expectChange(second, 'Repeated unwanted contact after being asked to stop.');
  await changelog.expectComparedWith(second, '1.0');
  await changelog.openFullText(second);
  await changelog.expectNoRawMarkdown();
  await expectAccessible(visitorPage, 'public changelog with the changes and full text open');
});

test('an admin turns automatic publication to the changelog on and off in the workspace settings', async ({
  page,
  admin,
}) => {
  const before = await admin.get<WorkspaceSettings>('/api/workspace/settings');
  try {
    await page.goto('/');
    await new AppShell(page).navigate('Settings');
    const toggle = page.getByRole('switch', { name: 'Publish automatically when a version goes live' });
    await expect(toggle).not.toBeChecked();
    await expectAccessible(page, 'workspace settings');
    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(page.getByText(/^Last changed/)).toBeVisible();
    await page.reload();
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
  } finally {
    // The workspace is shared: leave the setting as it was, whatever happened above.
    const now = await admin.get<WorkspaceSettings>('/api/workspace/settings');
    if (now.autoPublishChangelog !== before.autoPublishChangelog)
      await admin.patch('/api/workspace/settings', {
        version: now.version,
        autoPublishChangelog: before.autoPublishChangelog,
      });
  }
});
