import { readFileSync } from 'node:fs';
import type { PolicyRedline } from '@policyops/contracts';
import { expect, test } from '../../fixtures.js';
import { PolicyDiffPage } from '../../pages/policy-diff.page.js';
import { importGuidelines } from '../../seed/library.js';

/** The real rewrite of 2023 (45 kB → 100 kB), and the small revision that followed it. */
const REWRITE = ['2023-03-21', '2023-10-19'] as const;
const REVISION = '2024-04-17';

const summaryLine = ({ summary }: PolicyRedline) =>
  `${summary.reworded} clauses reworded, ${summary.added} added, ${summary.removed} removed, ${summary.moved} moved, ${summary.renumbered} renumbered`;
const sectionLine = ({ summary, sections }: PolicyRedline) =>
  `${sections.length} sections: ${summary.sections.changed} changed, ${summary.sections.added} added, ${summary.sections.removed} removed`;

// Seeds three real captures of the Community Guidelines as versions of a policy of this run, through the import API.
test('a reviewer reads the redline of a real rewrite by section, steps through its changes, and sends it on', async ({
  page,
  admin,
  runId,
}) => {
  test.slow(); // A thousand clauses, drawn and scanned for accessibility twice.
  const slug = `community-guidelines-${runId}`;
  const ids = await importGuidelines(admin, slug, [...REWRITE, REVISION]);
  const from = ids.get(REWRITE[0])!;
  const to = ids.get(REWRITE[1])!;
  const expected = await admin.get<PolicyRedline>(`/api/policies/${slug}/redline?from=${from}&to=${to}`);

  const diff = new PolicyDiffPage(page);
  await diff.goto(slug, { from, to });
  await diff.expectSummary(summaryLine(expected), sectionLine(expected));
  await diff.expectFullyDrawn();

  // It reads as the policy does: sections with their headings, formatted text, no Markdown marks.
  await expect(diff.sectionHeading('§1 Balance')).toBeVisible();
  await expect(diff.section('§2 Minor safety').getByText('Removed section')).toBeVisible();
  await expect(diff.section('§12 Disordered Eating and Body Image').getByText('Added section')).toBeVisible();
  const text = await diff.visibleText();
  expect(text).not.toMatch(/^#{1,6} /m);
  // Bold words are bold, not wrapped in asterisks (the capture's own "**Spam****,**" leaves "**,**" in any CommonMark).
  expect(text).not.toMatch(/\*\*[A-Za-z][^*\n]*\*\*/);
  await expect(diff.section('§1 Balance').locator('strong').first()).toBeVisible();
  expect(text).not.toContain('](');
  await diff.expectAccessible('redline of the real pair');

  // Next and previous change, with the buttons: the first stop is the document's changed title.
  const total = Number((await diff.toolbar.getByText(/^\d+ changes$/).innerText()).split(' ')[0]);
  expect(total).toBeGreaterThan(800);
  await diff.expectPosition(`${total} changes`);
  await diff.next();
  await diff.expectPosition(`Change 1 of ${total}`);
  await diff.expectLandedOn(diff.focused());
  await expect(diff.focused()).toContainText('Title changed');
  await diff.next();
  await diff.expectPosition(`Change 2 of ${total}`);
  await diff.expectLandedOn(diff.focused());
  await expect(diff.focused()).toContainText('Removed');
  await diff.expectAnnounced(new RegExp(`^Change 2 of ${total}: §0\\.\\d+ removed$`));
  await diff.previous();
  await diff.expectPosition(`Change 1 of ${total}`);

  // And with the keyboard: n / j forward, p / k back, round the ends.
  await diff.press('n');
  await diff.expectPosition(`Change 2 of ${total}`);
  await diff.press('j');
  await diff.expectPosition(`Change 3 of ${total}`);
  await diff.expectLandedOn(diff.focused());
  await diff.press('k');
  await diff.press('p');
  await diff.expectPosition(`Change 1 of ${total}`);
  await diff.press('p');
  await diff.expectPosition(`Change ${total} of ${total}`);
  await diff.expectLandedOn(diff.focused());

  // Jump to a section: its heading comes into view with the focus, and the next change is the first one in it.
  await diff.jumpTo('Disordered', /^§12 Disordered Eating and Body Image/);
  const added = diff.section('§12 Disordered Eating and Body Image');
  await diff.expectLandedOn(added.locator('*:focus'));
  await diff.next();
  await diff.expectLandedOn(added.locator('*:focus'));
  await diff.expectAnnounced(/: §12 Disordered Eating and Body Image: section added$/);

  // Side by side keeps the reader's place: the change they are on stays in view.
  await diff.next();
  const current = await diff.focused().getAttribute('id');
  await diff.layout('Side by side');
  await diff.expectSideBySide('1.0', '1.1');
  await diff.expectLandedOn(page.locator(`[id="${current}"]`));
  await diff.expectAccessible('side-by-side redline');

  // The HTML export: a standalone document named after the policy and the versions, with the marks in it.
  const download = await diff.exportHtml();
  expect(download.suggestedFilename()).toBe(`${slug}-redline-1.0-to-1.1.html`);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toContain('<del');
  expect(html).toContain('<ins');
  const reply = await page.request.get(download.url());
  expect(reply.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(reply.headers()['content-disposition']).toBe(`attachment; filename="${download.suggestedFilename()}"`);

  // The revision that followed changed little: its unchanged sections are folded, and open on request.
  await diff.layout('Inline');
  await diff.compare(/^Version 1\.1 /, /^Version 1\.2 /);
  await expect(diff.sectionHeading('§1 Balance')).toHaveCount(0);
  await diff.foldedSections(5).click();
  await expect(diff.sectionHeading('§1 Balance')).toBeVisible();
  await expect(diff.foldedSections(5)).toHaveCount(0);
  await diff.expectAccessible('redline with a folded run opened');
});
