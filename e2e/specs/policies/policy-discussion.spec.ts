import type { NotificationPage, UnreadCount } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { InboxPage } from '../../pages/inbox.page.js';
import { PolicyPage } from '../../pages/policy.page.js';
import { createArea, createPolicy, publishVersion } from '../../seed/policies.js';

// Seeds a live policy of this run and a policy owner of this run (who approved it), so her inbox holds exactly what
// this journey sends her.
test("a comment with an @mention reaches the mentioned owner's inbox and the policy's activity", async ({
  page,
  admin,
  newPerson,
  pageAs,
  runId,
}) => {
  const title = `Hate Speech ${runId}`;
  const slug = `hate-speech-${runId}`;
  const priya = await newPerson({ name: 'Priya Raman', role: 'policy_owner' });
  const area = await createArea(admin, `Hate Speech ${runId}`);
  await createPolicy(admin, { title, slug, areaId: area.id });
  const body = `# ${title}\n\n## What is not allowed\n\n1. Coded slurs aimed at a protected group.`;
  await publishVersion({ author: admin, approver: priya }, slug, { label: '1.0', body, effectiveDate: '2025-01-01' });
  expect((await priya.get<UnreadCount>('/api/notifications/unread-count')).count).toBe(0);

  const policy = new PolicyPage(page);
  await policy.goto(slug);
  await policy.expectTitle(title);
  const question = 'Can we tighten the coded slurs wording?';
  const comment = await policy.discussion.commentMentioning(question, priya.user, 'please have a look.');
  await expect(comment.getByText(`@${priya.user.name}`)).toBeVisible();
  await policy.discussion.expectWatching();
  await expectAccessible(page, 'policy discussion with a comment');
  await policy.discussion.expectActivity('commented', question);

  // Priya sees the mention in her inbox and follows it to the policy.
  const priyaPage = await pageAs(priya);
  await priyaPage.goto('/');
  const shell = new AppShell(priyaPage);
  await expect(shell.navLink(/Inbox/)).toContainText('1 unread');
  await shell.navigate('Inbox');
  const inbox = new InboxPage(priyaPage);
  await inbox.expectOpen();
  const mentionSummary = `Mentioned you: ${question}`;
  await inbox.follow(mentionSummary, title);
  await expect(priyaPage).toHaveURL(new RegExp(`/policies/${slug}`));

  // Following it marked that very notification read, and nothing else is waiting for her.
  const mentionReadAt = async () => {
    const { items } = await priya.get<NotificationPage>('/api/notifications?limit=50');
    const mention = items.find((n) => n.kind === 'mention' && n.summary.startsWith(mentionSummary));
    if (!mention) throw new Error(`No "${mentionSummary}" notification for ${priya.user.email}`);
    return mention.readAt;
  };
  await expect.poll(mentionReadAt).toEqual(expect.any(String));
  expect((await priya.get<UnreadCount>('/api/notifications/unread-count')).count).toBe(0);
});
