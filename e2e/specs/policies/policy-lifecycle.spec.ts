import { expect, test } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { expectAccessible } from '../../accessibility.js';
import { INVITEE, signInThroughApi } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';

// Runs after the foundation journeys: the sample workspace (with its restricted policy) is loaded.
const TEXT_V1 = [
  '# Elections Integrity',
  '',
  '## What is not allowed',
  '',
  '1. False claims about when, where or how to vote.',
  '',
  '<script>window.__xss = "script"</script><img src="x" onerror="window.__xss = \'onerror\'">',
].join('\n');

test('a policy is drafted, approved by another owner, made live, redrafted and compared; a restricted policy stays hidden', async ({
  page,
  browser,
}) => {
  await signInThroughApi(page);
  const shell = new AppShell(page);
  await shell.navigate('Policies');
  await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hate Speech' }).first()).toBeVisible();
  await expectAccessible(page, 'policy library');

  await page.getByRole('button', { name: 'New policy' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New policy' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Elections Integrity');
  await expect(dialog.getByRole('textbox', { name: 'Slug' })).toHaveValue('elections-integrity');
  await dialog.getByRole('combobox', { name: 'Area' }).click();
  await page.getByRole('option', { name: 'Harmful Misinformation' }).click();
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/policies/elections-integrity');
  await expect(page.getByRole('heading', { level: 1, name: 'Elections Integrity' })).toBeVisible();
  await page.getByRole('button', { name: 'New draft' }).click();
  const editor = page.getByRole('textbox', { name: 'Policy text' });
  await editor.fill(TEXT_V1);
  await page.getByLabel('Effective date').fill('2026-11-20');
  await page.getByRole('textbox', { name: 'Change summary' }).fill('First version');
  await expect(page.getByText('False claims about when, where or how to vote.').last()).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expectAccessible(page, 'draft editor');
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  const versionUrl = page.url();

  // Another policy owner reviews: authors never approve their own versions.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  expect((await reviewer.request.post('/api/auth/login', { data: INVITEE })).status()).toBe(200);
  await reviewer.goto(versionUrl);
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await reviewer.getByRole('button', { name: 'Make live' }).click();
  await reviewer.getByRole('dialog').getByRole('button', { name: 'Make live' }).click();
  await expect(reviewer.getByRole('button', { name: 'Make live' })).toHaveCount(0);
  // Publishing to the public changelog is a deliberate second act.
  await reviewer.getByRole('button', { name: 'Add to public changelog' }).click();
  await reviewer.getByRole('dialog').getByRole('button', { name: 'Publish to changelog' }).click();
  await expect(reviewer.getByText('On the public changelog since')).toBeVisible();
  expect(await reviewer.evaluate('window.__xss')).toBeUndefined();

  // The restricted sample policy does not exist for someone who is not a member.
  await reviewer.goto('/policies/grooming-and-sextortion');
  await expect(reviewer.getByText('This policy does not exist or you do not have access')).toBeVisible();
  await reviewer.goto('/policies');
  await expect(reviewer.getByRole('link', { name: 'Hate Speech' }).first()).toBeVisible();
  await expect(reviewer.getByRole('link', { name: /Grooming/ })).toHaveCount(0);
  await reviewerContext.close();

  // Full-text search finds the new policy with the match highlighted.
  await shell.navigate('Search');
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('how to vote');
  await expect(page.getByRole('link', { name: 'Elections Integrity' }).first()).toBeVisible();
  await expect(page.locator('mark').filter({ hasText: /vote/i }).first()).toBeVisible();
  await expectAccessible(page, 'search');

  // The library-wide view of what changed lists the new version with the sample ones.
  await page.goto('/policies');
  await page.getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Elections Integrity' })).toBeVisible();
  await expectAccessible(page, 'what changed');

  // Cross-references of a sample policy, both ways.
  await page.goto('/policies/violent-extremism');
  const references = page.getByRole('region', { name: 'References' });
  await expect(references.getByRole('link', { name: 'Hate Speech and Hateful Behaviour' }).first()).toBeVisible();
  const overlaps = page.getByRole('region', { name: 'Possible overlaps' });
  await expect(overlaps.getByText(/% shared wording/).first()).toBeVisible();

  await page.goto('/policies/elections-integrity');
  await expect(page.getByText('False claims about when, where or how to vote.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'policy page');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page
    .getByRole('textbox', { name: 'Policy text' })
    .fill(TEXT_V1.replace('how to vote.', 'how to vote.\n2. Claims that votes will not be counted.'));
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved').first()).toBeVisible();

  await page.goto('/policies/elections-integrity');
  await page.getByRole('button', { name: 'Compare versions' }).click();
  await expect(page.locator('ins').filter({ hasText: 'votes will not be counted' }).first()).toBeVisible();
  await expectAccessible(page, 'diff view');

  // Signed out, anyone sees the change on the public changelog and in the Atom feed.
  const publicContext = await browser.newContext();
  const visitor = await publicContext.newPage();
  await visitor.goto('/changelog');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Policy changelog' })).toBeVisible();
  const entry = visitor.getByRole('article').filter({ hasText: 'Elections Integrity: version 1.0' });
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: 'Show what changed' }).click();
  await expect(entry.locator('ins').filter({ hasText: 'how to vote' }).first()).toBeVisible();
  await expect(visitor.getByText(/Grooming/)).toHaveCount(0);
  await expectAccessible(visitor, 'public changelog');
  const feed = await visitor.request.get('/api/public/changelog.atom');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).toContain('Elections Integrity: version 1.0');
  await publicContext.close();
});
