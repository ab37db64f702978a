import { formatDay } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { DecisionPage, DecisionsPage } from '../../pages/decisions.page.js';
import { MeetingPage } from '../../pages/meeting.page.js';
import { MyActionsPage } from '../../pages/my-actions.page.js';
import { RaidItemPage } from '../../pages/raid.page.js';
import { literally } from '../../pages/text.js';
import { WorkingGroupPage, WorkingGroupsPage } from '../../pages/working-groups.page.js';
import { addDays, setServerToday } from '../../seed/clock.js';
import { createBlocker, directoryEntryOf, RAID_ESCALATION_SWEEP, runScheduledJobNow } from '../../seed/governance.js';
import { serverToday } from '../../seed/work.js';

// Step 7 puts the clock back itself; this covers a timeout in the middle of it, which skips its `finally`.
test.afterEach(async ({ admin }) => {
  await setServerToday(admin, null);
});

// Seeds through the API what the journey does not exercise: the people of this run (the program manager who runs
// the group, and the head of policy the blocker escalates to) and the open blocker of the group with its two-level
// escalation path. Everything carries the run id. The server's clock moves two days ahead for the escalation step
// only, and is always put back (other specs share the server).
test('a working group meets, decides, acts, supersedes a decision, escalates a blocker and carries an action', async ({
  admin,
  newPerson,
  pageAs,
  runId,
}) => {
  // Eight steps with seven accessibility scans, a moved clock and a background job to wait for (about 40 s alone):
  // more than one journey's default minute on a busy machine.
  test.setTimeout(150_000);
  const today = await serverToday(admin);
  const pmName = `Nadia Karimi ${runId}`;
  const headName = `Oskar Lindqvist ${runId}`;
  const pm = await newPerson({ name: pmName, role: 'program_manager' });
  const head = await newPerson({ name: headName, role: 'policy_owner' });

  const pmPage = await pageAs(pm);
  const groupName = `Elections integrity ${runId}`;
  const group = new WorkingGroupPage(pmPage, groupName);
  const meeting = new MeetingPage(pmPage);
  let groupUrl = '';

  await test.step('1. the program manager forms a working group that meets weekly', async () => {
    const list = new WorkingGroupsPage(pmPage);
    await list.open();
    await list.create({
      name: groupName,
      chair: pmName,
      purpose: 'Keep election rules consistent across **ads, search and short video** in the run-up to polls.',
      repeats: 'Weekly',
    });
    groupUrl = pmPage.url();
    await expect(group.cadence()).toContainText(/^Meets every week on \w+day, 45 minutes$/);
    await expect(pmPage.getByRole('table', { name: 'Members' })).toContainText(pmName);
    await expectAccessible(pmPage, 'working group page');
  });

  const blockerTitle = `Political ads verification backlog ${runId}`;
  const blocker = await test.step('2. an open blocker of the group, escalating to the head of policy', async () => {
    const [pmEntry, headEntry] = [await directoryEntryOf(pm, pm), await directoryEntryOf(pm, head)];
    return createBlocker(pm, {
      title: blockerTitle,
      workingGroupId: groupUrl.split('/').pop()!,
      ownerId: pmEntry.id,
      decisionNeededBy: addDays(today, 1),
      escalationPath: [
        { stakeholderId: pmEntry.id, label: 'Working group chair' },
        { stakeholderId: headEntry.id, label: 'Head of Policy' },
      ],
    });
  });
  const agendaTitle = `${blocker.key} ${blockerTitle}`;

  await test.step("3. the next meeting's agenda is pre-filled with the open blocker", async () => {
    await group.openNextMeeting();
    await meeting.expectOpen(groupName);
    await expect(meeting.section('Open blockers')).toContainText(agendaTitle);
    await expect(meeting.item(agendaTitle)).toContainText(`Decision needed by ${formatDay(addDays(today, 1))}`);
    await expectAccessible(pmPage, 'meeting page');
  });

  const decisionTitle = `Verify political advertisers before their first ad ${runId}`;
  const actions = [`Brief the ads review vendor ${runId}`, `Draft the advertiser FAQ ${runId}`] as const;
  await test.step('4. a decision and two actions for the program manager are recorded on the blocker', async () => {
    await meeting.recordDecision(agendaTitle, {
      title: decisionTitle,
      decision: 'Advertisers are verified **before** their first political ad runs, not within 72 hours.',
      rationale: 'The backlog lets unverified ads run for days during the campaign period.',
    });
    await meeting.addAction(agendaTitle, { title: actions[0], owner: pmName, dueDate: addDays(today, 3) });
    await meeting.addAction(agendaTitle, { title: actions[1], owner: pmName, dueDate: addDays(today, 10) });
  });

  const myActions = new MyActionsPage(pmPage);
  const register = new DecisionsPage(pmPage);
  await test.step('5. the actions are in "My actions", the decision in the register', async () => {
    await myActions.open();
    for (const title of actions) await expect(myActions.row(title)).toContainText(groupName);
    await expectAccessible(pmPage, 'my actions page');
    await register.open();
    await register.search(decisionTitle);
    await expect(register.row(decisionTitle)).toContainText('Accepted');
    await expectAccessible(pmPage, 'decision register');
  });

  const newTitle = `Verify political advertisers, renewing yearly ${runId}`;
  await test.step('6. the decision is superseded by an accepted one; the two link to each other', async () => {
    const decision = new DecisionPage(pmPage);
    await register
      .row(decisionTitle)
      .getByRole('link', { name: literally(decisionTitle) })
      .click();
    await decision.expectTitle(decisionTitle);
    // Decisions recorded from a meeting are taken there: accepted, so only a new decision can change them.
    await decision.expectStatus('Accepted');
    await decision.supersede({
      title: newTitle,
      decision: 'Advertisers are verified before their first political ad, and again every twelve months.',
      rationale: 'Verified advertisers change hands between election cycles.',
    });
    await expect(decision.link('Supersedes', decisionTitle)).toBeVisible();
    await decision.accept();
    await decision.link('Supersedes', decisionTitle).click();
    await decision.expectTitle(decisionTitle);
    await decision.expectStatus('Superseded');
    await expect(pmPage.getByRole('note')).toContainText(`Superseded by`);
    await expectAccessible(pmPage, 'superseded decision page');
    await decision.link('Superseded by', newTitle).click();
    await decision.expectTitle(newTitle);
    await decision.expectStatus('Accepted');
  });

  await test.step('7. two days on, past its decision date, the daily sweep escalates the blocker', async () => {
    const raidItem = new RaidItemPage(pmPage, blockerTitle);
    try {
      await setServerToday(admin, addDays(today, 2));
      await runScheduledJobNow(admin, RAID_ESCALATION_SWEEP);
      await raidItem.goto(blocker.id);
      // The sweep queues a job per blocker due; the worker runs it within seconds.
      await expect(async () => {
        await pmPage.reload();
        await expect(raidItem.currentLevel()).toContainText('Head of Policy', { timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
      await expect(raidItem.currentLevel()).toContainText(headName);
      await expect(raidItem.escalation).toContainText('Level 1 → 2');
      await expect(raidItem.escalation).toContainText('Automatically, by the daily escalation job');
      await expectAccessible(pmPage, 'escalated RAID item page');
    } finally {
      await setServerToday(admin, null);
    }
  });

  await test.step('8. one action done, the other open: the following meeting carries the open one', async () => {
    await myActions.open();
    await myActions.setStatus(actions[0], 'Done');
    await group.goto(groupUrl);
    await group.openNextMeeting();
    const carried = meeting.section('Carried forward');
    await expect(carried).toContainText(actions[1]);
    await expect(meeting.item(actions[1])).toContainText(/Carried from \w{3} \d{1,2}, \d{4}/);
    await expect(carried).not.toContainText(actions[0]);
  });
});
