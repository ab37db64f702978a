import { XMLValidator } from 'fast-xml-parser';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { PublicChangelogPage } from '../../pages/changelog.page.js';
import { PolicyChangesPage } from '../../pages/policy-changes.page.js';
import { PolicyDiffPage } from '../../pages/policy-diff.page.js';
import { PolicyLibraryPage } from '../../pages/policy-library.page.js';
import { PolicyPage } from '../../pages/policy.page.js';
import { PolicyVersionPage } from '../../pages/policy-version.page.js';
import { SearchPage } from '../../pages/search.page.js';
import { ensureSampleWorkspace } from '../../seed/workspace.js';

const TEXT_V1 = [
  '# Elections Integrity',
  '',
  '## What is not allowed',
  '',
  '1. False claims about when, where or how to vote.',
  '',
  '<script>window.__xss = "script"</script><img src="x" onerror="window.__xss = \'onerror\'">',
].join('\n');

// Seeds the sample workspace (read only: its areas, its restricted policy, its cross-references) and a second policy
// owner of this run to review; the policy it drafts is this run's.
test('a policy is drafted, approved by another owner, made live, redrafted and compared; a restricted policy stays hidden', async ({
  page,
  admin,
  newPerson,
  pageAs,
  visitorPage,
  runId,
}) => {
  await ensureSampleWorkspace(admin);
  const reviewerName = `Diego Fernández ${runId}`;
  const reviewer = await newPerson({ name: reviewerName, role: 'policy_owner' });
  const title = `Elections Integrity ${runId}`;

  await page.goto('/');
  const shell = new AppShell(page);
  await shell.navigate('Policies');
  const library = new PolicyLibraryPage(page);
  await library.expectOpen();
  await library.expectListed('Hate Speech');
  await expectAccessible(page, 'policy library');
  const slug = await library.createPolicy({ title, area: 'Harmful Misinformation' });
  expect(slug).toBe(`elections-integrity-${runId}`);

  const policy = new PolicyPage(page);
  await policy.goto(slug);
  await policy.expectTitle(title);
  await policy.startDraft();
  const draft = new PolicyVersionPage(page);
  await draft.write({
    text: TEXT_V1,
    effectiveDate: '2026-11-20',
    changeSummary: 'First version',
    preview: 'False claims about when, where or how to vote.',
  });
  await draft.save();
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  await draft.submitForReview(reviewerName);

  // The reviewer named finds the request under Reviews; authors never approve their own versions.
  const reviewerPage = await pageAs(reviewer);
  await reviewerPage.goto('/reviews');
  await reviewerPage
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click();
  const review = new PolicyVersionPage(reviewerPage);
  await review.approve('Reads well.');
  await review.makeLive();
  await review.addToPublicChangelog();
  expect(await reviewerPage.evaluate('window.__xss')).toBeUndefined();

  // The restricted sample policy does not exist for someone who is not a member.
  const reviewerPolicy = new PolicyPage(reviewerPage);
  await reviewerPolicy.goto('grooming-and-sextortion');
  await reviewerPolicy.expectNotFound();
  const reviewerLibrary = new PolicyLibraryPage(reviewerPage);
  await reviewerLibrary.goto();
  await reviewerLibrary.expectListed('Hate Speech');
  await expect(reviewerLibrary.policyLink(/Grooming/)).toHaveCount(0);

  // Full-text search finds the new policy with the match highlighted.
  await shell.navigate('Search');
  const search = new SearchPage(page);
  await search.search('how to vote');
  await search.expectResult(title);
  await search.expectHighlighted(/vote/i);

  // The library-wide view of what changed lists the new version with the sample ones.
  await library.goto();
  await library.openWhatChanged();
  await new PolicyChangesPage(page).expectListed(title);

  // Cross-references of a sample policy, both ways.
  await policy.goto('violent-extremism');
  await expect(
    policy.references().getByRole('link', { name: 'Hate Speech and Hateful Behaviour' }).first(),
  ).toBeVisible();
  await expect(
    policy
      .possibleOverlaps()
      .getByText(/% shared wording/)
      .first(),
  ).toBeVisible();

  await policy.goto(slug);
  await policy.expectText('False claims about when, where or how to vote.');
  await policy.startDraft();
  await draft.write({
    text: TEXT_V1.replace('how to vote.', 'how to vote.\n2. Claims that votes will not be counted.'),
  });
  await draft.save();

  await policy.goto(slug);
  await policy.compareVersions();
  await new PolicyDiffPage(page).expectInserted('votes will not be counted');

  // Signed out, anyone sees the change on the public changelog and in the Atom feed.
  const changelog = new PublicChangelogPage(visitorPage);
  await changelog.goto();
  await changelog.expectChange(`${title}: version 1.0`, 'how to vote');
  await expect(visitorPage.getByText(/Grooming/)).toHaveCount(0);
  const feed = await visitorPage.request.get('/api/public/changelog.atom');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).toContain(`${title}: version 1.0`);
});
