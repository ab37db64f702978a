import { expect, test } from '../../fixtures.js';
import { expectAccessible } from '../../accessibility.js';
import { PolicyPage } from '../../pages/policy.page.js';
import { createArea, createPolicy, publishVersion, setApplicability } from '../../seed/policies.js';

const versionText = (title: string, extra: string) =>
  [
    `# ${title}`,
    '',
    '## Targeted harassment',
    '',
    '1. Repeated insults aimed at a person during a LIVE stream.',
    `2. Encouraging viewers to flood a creator's LIVE with abuse${extra}.`,
  ].join('\n');

// Seeds its own policy (two live versions, approved by a colleague of this run) applying everywhere on LIVE, so
// changing its grid touches nothing another spec reads.
test('an admin says a policy differs in a market and cites a clause across its versions', async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  const title = `Harassment on LIVE ${runId}`;
  const slug = `harassment-on-live-${runId}`;
  const approver = await newPerson({ name: 'Hannah Schmidt', role: 'policy_owner' });
  const area = await createArea(admin, `Bullying & Harassment ${runId}`);
  await createPolicy(admin, { title, slug, areaId: area.id });
  const people = { author: admin, approver };
  await publishVersion(people, slug, { label: '1.0', body: versionText(title, ''), effectiveDate: '2024-03-01' });
  await publishVersion(people, slug, {
    label: '1.1',
    body: versionText(title, ' or raids'),
    effectiveDate: '2025-03-01',
  });
  await setApplicability(admin, slug, [{ surface: 'LIVE', market: 'GLOBAL', state: 'applies' }]);

  const policy = new PolicyPage(page);
  await policy.goto(slug);
  await policy.expectTitle(title);

  const note = 'Arcom: LIVE raids reported within 24 hours';
  await policy.applicability.startEditing();
  await policy.applicability.markDiffers({ surface: 'LIVE', market: 'France', from: 'applies' }, note);
  await policy.applicability.save();
  await policy.applicability.expectNote(note);
  const grid = (await (await page.request.get(`/api/policies/${slug}/applicability`)).json()) as {
    cells: { state: string; note: string }[];
  };
  expect(grid.cells.some((c) => c.state === 'differs' && c.note === note)).toBe(true);
  await expectAccessible(page, 'policy page with its applicability grid');

  // Reading the policy as it applies in one market is a shareable link.
  await policy.readIn('Germany');
  await policy.expectInForceIn('Germany');
  await page.reload();
  await policy.expectInForceIn('Germany');

  // The sections and clauses panel: go to a clause by number and follow it across versions.
  const drawer = await policy.goToClause('1.1');
  await expect(drawer.getByText(`${title} §1.1 (version 1.1)`).first()).toBeVisible();
  await expect(drawer.getByText('Version 1.0', { exact: true })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  await expectAccessible(page, 'clause history drawer');
  await expect(page).toHaveURL(/clause=c-/);
});
