import { expect, test } from '../../fixtures.js';
import { HomePage } from '../../pages/home.page.js';
import { addDays } from '../../seed/clock.js';
import { createArea, createPolicy } from '../../seed/policies.js';
import { requestReview, scheduleVersion, serverToday, startDraft, unreadCount, watchPolicy } from '../../seed/work.js';

const BODY = '# Home\n\n## What is not allowed\n\n1. Something a journey seeded.';

// Seeds a policy owner of this run with one of everything the home page shows, in policies of this run's own area:
// a draft they write, a review a colleague asks of them, a version taking effect soon globally and later in Germany,
// and a policy they watch that the colleague then changes (which also lands in their inbox).
test("a policy owner's home shows their drafts, reviews waiting on them, what takes effect soon, watched changes and the inbox", async ({
  admin,
  newPerson,
  pageAs,
  runId,
}) => {
  const owner = await newPerson({ name: `Olu Adeyemi ${runId}`, role: 'policy_owner' });
  const colleague = await newPerson({ name: `Cleo Marsh ${runId}`, role: 'policy_owner' });
  const { id: areaId } = await createArea(admin, `Home ${runId}`);
  const policy = (title: string, by = colleague, ownerIds = [by.user.id]) =>
    createPolicy(by, { title: `${title} ${runId}`, slug: `${title.toLowerCase()}-${runId}`, areaId, ownerIds });

  const drafted = await policy('Drafted', owner);
  await startDraft(owner, drafted.slug, { body: BODY });
  const reviewed = await policy('Reviewed', colleague, [colleague.user.id, owner.user.id]);
  await requestReview(colleague, reviewed.slug, { body: BODY }, [owner.user.id]);
  const today = await serverToday(owner);
  const scheduled = await policy('Scheduled');
  await scheduleVersion({ author: colleague, approver: admin }, scheduled.slug, {
    body: BODY,
    effectiveDate: addDays(today, 3),
    marketDates: [{ market: 'DE', effectiveDate: addDays(today, 6) }],
  });
  const watched = await policy('Watched');
  await watchPolicy(owner, watched.id);
  await colleague.patch(`/api/policies/${watched.slug}`, { version: watched.version, tags: ['home'] });
  const unread = await unreadCount(owner);
  expect(unread).toBeGreaterThanOrEqual(2);

  const page = await pageAs(owner);
  const home = new HomePage(page);
  await home.goto();
  await home.expectGreeting('Olu');

  const draft = home.row('Your drafts', `Drafted ${runId}`);
  await expect(draft.getByRole('link', { name: `Drafted ${runId}, version 1.0` })).toBeVisible();
  await expect(draft).toContainText('Draft');

  const review = home.row('Reviews waiting on you', `Reviewed ${runId}`);
  await expect(review.getByRole('link', { name: `Reviewed ${runId}, version 1.0` })).toBeVisible();
  await expect(review).toContainText(`Cleo Marsh ${runId}`);
  await expect(home.card('Reviews waiting on you').getByRole('link', { name: /^See all/ })).toHaveAttribute(
    'href',
    '/reviews',
  );

  const soon = home.card('Taking effect soon');
  const global = soon
    .getByRole('listitem')
    .filter({ hasText: `Scheduled ${runId}` })
    .filter({ hasText: 'in 3 days' });
  await expect(global).toContainText('Global date');
  await expect(global).toContainText('Scheduled');
  const germany = soon
    .getByRole('listitem')
    .filter({ hasText: `Scheduled ${runId}` })
    .filter({ hasText: 'in 6 days' });
  await expect(germany).toContainText('Germany');
  await expect(germany.locator(`time[datetime="${addDays(today, 6)}"]`)).toBeVisible();
  await expect(soon.getByRole('link', { name: /^See all/ })).toHaveAttribute(
    'href',
    `/policies/changes?from=${today}&to=${addDays(today, 30)}`,
  );

  // The colleague's change of the tags (the entry of the policy's creation is listed too).
  const change = home.row('Changes to what you watch', `Watched ${runId}`).filter({ hasText: 'tags' });
  await expect(change).toContainText(`Cleo Marsh ${runId}`);
  await expect(change.getByRole('link', { name: `Watched ${runId}` })).toBeVisible();
  // Only others' changes, and only on what is watched: the owner's own draft is not news to them.
  await expect(home.row('Changes to what you watch', `Drafted ${runId}`)).toHaveCount(0);
  await expect(home.row('Changes to what you watch', `Scheduled ${runId}`)).toHaveCount(0);

  await expect(home.card('Inbox')).toContainText(`${unread} unread`);
  await expect(home.card('Inbox').getByRole('link', { name: /^Open inbox/ })).toHaveAttribute('href', '/inbox');
  await home.expectSettledAndAccessible('home with work');

  // A card's link opens what it lists.
  await draft.getByRole('link', { name: `Drafted ${runId}, version 1.0` }).click();
  await expect(page).toHaveURL(new RegExp(`/policies/${drafted.slug}/versions/`));
});

test('a fresh person is told what to do on each card, and a failed load can be retried', async ({
  newPerson,
  pageAs,
  runId,
}) => {
  const person = await newPerson({ name: `Noor Haddad ${runId}`, role: 'contributor' });
  const page = await pageAs(person);
  // The server fails until the person retries (the client's own retries of a 503 fail too).
  let failing = true;
  await page.route('**/api/policy-work', async (route) => {
    if (failing)
      return route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service unavailable', status: 503, code: 'UNAVAILABLE' }),
      });
    return route.continue();
  });
  const home = new HomePage(page);
  await home.goto();
  await home.expectGreeting('Noor');

  const drafts = home.card('Your drafts');
  await expect(drafts.getByRole('alert')).toContainText('Service unavailable');
  failing = false;
  await drafts.getByRole('button', { name: 'Retry' }).click();

  await expect(drafts).toContainText('No drafts in progress');
  await expect(drafts.getByRole('link', { name: 'Open the library' })).toHaveAttribute('href', '/policies');
  const reviews = home.card('Reviews waiting on you');
  await expect(reviews).toContainText('No reviews are waiting on you');
  await expect(home.card('Changes to what you watch')).toContainText('Nothing new on what you watch');
  await expect(home.card('Inbox')).toContainText('You are all caught up');
  await expect(home.card('Taking effect soon')).toBeVisible();
  // A person who is not a workspace manager is not offered the sample workspace.
  await expect(page.getByRole('button', { name: 'Load sample workspace' })).toHaveCount(0);
  await home.expectSettledAndAccessible('home of a fresh person');
});
