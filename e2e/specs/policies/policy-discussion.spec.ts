import { expect, test } from '@playwright/test';
import { expectAccessible } from '../../accessibility.js';
import { INVITEE, signInThroughApi } from '../../fixtures.js';

// Runs after the foundation journeys: the sample workspace is loaded and Priya has accepted her invitation.
test("a comment with an @mention reaches the mentioned owner's inbox and the policy's activity", async ({
  page,
  browser,
}) => {
  await signInThroughApi(page);
  await page.goto('/policies/hate-speech');
  await expect(page.getByRole('heading', { level: 1, name: 'Hate Speech' })).toBeVisible();

  const editor = page.getByRole('textbox', { name: 'Add a comment' });
  await editor.scrollIntoViewIfNeeded();
  await editor.fill('Can we tighten the coded slurs wording? @Pri');
  await page.getByRole('option', { name: /priya@policyops\.test/ }).click();
  await editor.press('End');
  await editor.pressSequentially('please have a look.');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const comment = page.getByRole('article').filter({ hasText: 'Can we tighten the coded slurs wording?' });
  await expect(comment).toBeVisible();
  await expect(comment.getByText('@Priya Raman')).toBeVisible();
  await expect(page.getByRole('button', { name: /Watching/ })).toBeVisible();
  await expectAccessible(page, 'policy discussion with a comment');

  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByText(/commented/i).first()).toBeVisible();

  // Priya sees the mention in her inbox and follows it to the policy.
  const priyaContext = await browser.newContext();
  const priya = await priyaContext.newPage();
  expect((await priya.request.post('/api/auth/login', { data: INVITEE })).status()).toBe(200);
  await priya.goto('/');
  const inboxLink = priya.getByRole('navigation').getByRole('link', { name: /Inbox/ });
  await expect(inboxLink).toContainText(/\d/);
  await inboxLink.click();
  await expect(priya.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  const notification = priya
    .getByRole('listitem')
    .filter({ hasText: 'Mentioned you: Can we tighten the coded slurs wording?' });
  await expect(notification).toBeVisible();
  await expectAccessible(priya, 'inbox with a mention');
  await notification.getByRole('link', { name: 'Hate Speech' }).click();
  await expect(priya).toHaveURL(/\/policies\/hate-speech/);
  const unread = (await (await priya.request.get('/api/notifications/unread-count')).json()).count as number;
  const all = (await (await priya.request.get('/api/notifications?limit=50')).json()).items as {
    readAt: string | null;
    summary: string;
  }[];
  expect(all.find((n) => n.summary.startsWith('Mentioned you'))?.readAt).not.toBeNull();
  expect(unread).toBe(all.filter((n) => n.readAt === null).length);
  await priyaContext.close();
});
