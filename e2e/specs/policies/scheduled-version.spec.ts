import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { MarketDatesSection } from '../../pages/market-dates.section.js';
import { PolicyLibraryRows } from '../../pages/policy-library-rows.section.js';
import { PolicyVersionPage } from '../../pages/policy-version.page.js';
import { PolicyPage } from '../../pages/policy.page.js';
import { SearchResults } from '../../pages/search-results.section.js';
import { TextInForceSection } from '../../pages/text-in-force.section.js';
import { VersionTimelineSection } from '../../pages/version-timeline.section.js';
import { addDays, passDays, setServerToday } from '../../seed/clock.js';
import { createArea, createPolicy, publishVersion } from '../../seed/policies.js';

const FIRST_CLAUSE = 'Challenges that dare viewers to hold their breath until they faint.';
const NEW_CLAUSE = 'Challenges that dare viewers to eat laundry detergent pods.';
const text = (title: string, clauses: string[]) =>
  [`# ${title}`, '', '## What is not allowed', '', ...clauses.map((c, i) => `${i + 1}. ${c}`)].join('\n');

/** "Dec 11, 2026": how the app writes a date (en-US, as this spec's browser is). */
const shown = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });

// The browser's "today" must be the server's: both run on UTC here, as they do on one machine.
test.use({ locale: 'en-US', timezoneId: 'UTC' });

// The server's clock is shared by every spec: whatever happens, it goes back to the machine's date.
test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

// Seeds its own area, two policies (one with a version in force, one whose only version is scheduled) and a second
// policy owner of this run to review; moves the server's clock forward and back.
test('a version made live for a later date is scheduled until its date, then in force without anyone acting', async ({
  page,
  admin,
  newPerson,
  pageAs,
  runId,
}) => {
  const { today } = await setServerToday(admin, null);
  const inTen = addDays(today, 10);
  const inTwenty = addDays(today, 20);
  await page.clock.install();

  const reviewerName = `Kwame Mensah ${runId}`;
  const reviewer = await newPerson({ name: reviewerName, role: 'policy_owner' });
  const people = { author: admin, approver: reviewer };
  const area = await createArea(admin, `Dangerous Acts ${runId}`);
  const title = `Dangerous Challenges ${runId}`;
  const slug = `dangerous-challenges-${runId}`;
  await createPolicy(admin, { title, slug, areaId: area.id });
  await publishVersion(people, slug, {
    label: '1.0',
    body: text(title, [FIRST_CLAUSE]),
    effectiveDate: addDays(today, -60),
  });
  const laterTitle = `Challenge Livestreams ${runId}`;
  const laterSlug = `challenge-livestreams-${runId}`;
  await createPolicy(admin, { title: laterTitle, slug: laterSlug, areaId: area.id });
  await publishVersion(people, laterSlug, {
    label: '1.0',
    body: text(laterTitle, [FIRST_CLAUSE]),
    effectiveDate: inTen,
  });

  // The author drafts 1.1 to take effect in ten days, and in Germany ten days later still.
  const policy = new PolicyPage(page);
  await policy.goto(slug);
  await policy.expectTitle(title);
  await policy.startDraft();
  const draft = new PolicyVersionPage(page);
  await draft.write({
    text: text(title, [FIRST_CLAUSE, NEW_CLAUSE]),
    effectiveDate: inTen,
    changeSummary: 'Detergent pod challenges',
  });
  await new MarketDatesSection(page).add('Germany', inTwenty);
  await draft.save();
  await draft.submitForReview(reviewerName);

  // The reviewer approves and makes it live: it is scheduled, and says when it takes effect.
  const reviewerPage = await pageAs(reviewer);
  await reviewerPage.goto('/reviews');
  await reviewerPage
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click();
  const review = new PolicyVersionPage(reviewerPage);
  await review.approve();
  await review.makeLive();
  await expect(reviewerPage.getByText(`Scheduled · takes effect ${shown(inTen)}`).first()).toBeVisible();
  await expectAccessible(reviewerPage, 'a scheduled version');

  // Today: 1.0 is still the text in force, everywhere the policy is read.
  const timeline = new VersionTimelineSection(page);
  const inForce = new TextInForceSection(page);
  await policy.goto(slug);
  await timeline.expectState('1.1', `Scheduled · takes effect ${shown(inTen)}`);
  await timeline.expectState('1.0', 'Live');
  await inForce.expectHeading('Text in force today');
  await inForce.expectVersion('1.0', FIRST_CLAUSE);
  await expect(page.getByText(NEW_CLAUSE)).toHaveCount(0);
  await expectAccessible(page, 'policy page with a scheduled version');

  const library = new PolicyLibraryRows(page);
  await library.goto(runId);
  await library.expectRow(title, { status: 'Live', current: 'Version 1.0' });
  await library.expectRow(laterTitle, { status: 'Scheduled', current: 'None in force' });
  await expectAccessible(page, 'library with a scheduled policy');

  const search = new SearchResults(page);
  await search.goto('detergent pods');
  await search.expectNoHit(title, '1.1');
  await search.goto('detergent pods', { history: true });
  await search.expectHit(title, '1.1', 'Scheduled');
  await search.goto('hold their breath');
  await search.expectHit(title, '1.0', 'Live');
  await expectAccessible(page, 'search with a scheduled version');

  // Ten days pass. Nobody does anything: 1.1 is in force, except in Germany, where 1.0 still is.
  await passDays(admin, [page], today, 10);
  await policy.goto(slug);
  await timeline.expectState('1.1', 'Live');
  await timeline.expectMarketNote('1.1', `Scheduled in Germany until ${shown(inTwenty)}`);
  await timeline.expectState('1.0', 'Superseded');
  await timeline.expectMarketNote('1.0', 'Live in Germany');
  await inForce.expectHeading('Text in force today');
  await inForce.expectVersion('1.1', NEW_CLAUSE);
  await expectAccessible(page, 'policy page once the version took effect');
  await policy.readIn('Germany');
  await inForce.expectHeading('Text in force today in Germany');
  await inForce.expectVersion('1.0', FIRST_CLAUSE);
  await policy.expectInForceIn('Germany');
  await expect(page.getByText(NEW_CLAUSE)).toHaveCount(0);

  await library.goto(runId);
  await library.expectRow(title, { status: 'Live', current: 'Version 1.1' });
  await library.expectRow(laterTitle, { status: 'Live', current: 'Version 1.0' });

  await search.goto('detergent pods');
  await search.expectHit(title, '1.1', 'Live');
  await search.goto('hold their breath', { history: true });
  await search.expectHit(title, '1.0', 'Superseded');
  await expectAccessible(page, 'search once the version took effect');

  // Ten more days: Germany's date has come too.
  await passDays(admin, [page], today, 20);
  await policy.goto(slug);
  await timeline.expectState('1.1', 'Live');
  await timeline.expectNoMarketNote('1.1', 'Germany');
  await timeline.expectNoMarketNote('1.0', 'Germany');
  await policy.readIn('Germany');
  await inForce.expectVersion('1.1', NEW_CLAUSE);
});
