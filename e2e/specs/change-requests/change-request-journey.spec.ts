import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { AcknowledgePage } from '../../pages/adoption-acknowledge.page.js';
import { AdoptionCampaignPage } from '../../pages/adoption-campaign.page.js';
import { ChangeRequestPage } from '../../pages/change-requests-detail.page.js';
import { ChangeRequestsPage } from '../../pages/change-requests.page.js';
import { PolicyDiffPage } from '../../pages/policy-diff.page.js';
import { PolicyPage } from '../../pages/policy.page.js';
import { PolicyVersionPage } from '../../pages/policy-version.page.js';
import { literally } from '../../pages/text.js';
import { VersionTimelineSection } from '../../pages/version-timeline.section.js';
import {
  changeRequestTakingEffect,
  createAudience,
  createSignOffTeam,
  keepOnlyAudiences,
} from '../../seed/change-requests.js';
import { addDays } from '../../seed/clock.js';
import { createArea, createPolicy, publishVersion } from '../../seed/policies.js';
import { serverToday } from '../../seed/work.js';

const policyText = (title: string, clause3?: string) =>
  [
    `# ${title}`,
    '',
    '## Slurs',
    '',
    '1. Slurs aimed at a protected group are removed.',
    '2. Reclaimed use by members of the group is allowed.',
    ...(clause3 ? [`3. ${clause3}`] : []),
  ].join('\n');

const CODED = 'Coded slurs (numbers, emoji or misspellings standing for a slur) are removed like the slur itself.';
const CODED_WITH_GUIDE = `${CODED.slice(0, -1)}; the moderation guide lists the known codes.`;

// Seeds through the API what the journey does not exercise: the people of this run, the three sign-off teams they
// belong to, the policy they change (owned by one of them, live since long before the conflict window), an
// audience of the directory, and another team's change request taking effect on the same policy three days after
// this one (the conflict to acknowledge). Everything carries the run id; the server's clock is not moved.
test('a change request from a performance finding is scored, drafted, signed off, launched and adopted', async ({
  admin,
  newPerson,
  pageAs,
  visitorPage,
  runId,
}) => {
  // Fourteen steps by five people and a signed-out moderator, with seven accessibility scans (about 35 s alone):
  // more than one journey's default minute on a busy machine.
  test.setTimeout(150_000);
  const today = await serverToday(admin);
  const pmName = `Priya Raman ${runId}`;
  const legalName = `Lena Vogel ${runId}`;
  const modOpsName = `Marcus Oyelaran ${runId}`;
  const productName = `Sofia Mendes ${runId}`;
  const ownerName = `Tomás Herrera ${runId}`;
  const pm = await newPerson({ name: pmName, role: 'program_manager' });
  const legal = await newPerson({ name: legalName, role: 'xfn_reviewer' });
  const modOps = await newPerson({ name: modOpsName, role: 'xfn_reviewer' });
  const product = await newPerson({ name: productName, role: 'xfn_reviewer' });
  const owner = await newPerson({ name: ownerName, role: 'policy_owner' });
  await createSignOffTeam(admin, { name: `Legal ${runId}`, function: 'legal', members: [legal] });
  await createSignOffTeam(admin, {
    name: `Trust & Safety Ops ${runId}`,
    function: 'moderation_ops',
    members: [modOps],
  });
  await createSignOffTeam(admin, { name: `Comments product ${runId}`, function: 'product', members: [product] });

  const policyTitle = `Hate speech in comments ${runId}`;
  const slug = `hate-speech-in-comments-${runId}`;
  const area = await createArea(admin, `Hateful Conduct ${runId}`);
  const policy = await createPolicy(owner, { title: policyTitle, slug, areaId: area.id });
  await publishVersion({ author: owner, approver: admin }, slug, {
    label: '1.0',
    body: policyText(policyTitle),
    effectiveDate: addDays(today, -200),
  });
  const audience = `Lisbon review site ${runId}`;
  await createAudience(pm, {
    name: audience,
    kind: 'site',
    headcount: 2,
    contactEmail: `lisbon.${runId}@vendor.example`,
  });
  const other = await changeRequestTakingEffect(owner, {
    title: `Age-gating comment replies ${runId}`,
    type: 'enforcement_guidance',
    source: 'escalation',
    targetPolicyId: policy.id,
    problemStatement: 'Teen accounts receive slur-laden replies before moderation reaches them.',
    surfaces: ['Comments'],
    effectiveDate: addDays(today, 3),
  });

  const pmPage = await pageAs(pm);
  const list = new ChangeRequestsPage(pmPage);
  const cr = new ChangeRequestPage(pmPage);
  const title = `Coded slurs slip through comment review ${runId}`;
  let crUrl = '';
  let crNumber = '';

  await test.step('1. the program manager opens a CR from a performance finding and scores it', async () => {
    await list.open();
    const dialog = await list.fillNew({
      title,
      type: 'Clarification',
      source: 'Performance finding',
      policy: policyTitle,
      problemStatement: 'QA found **38%** of coded slurs in comments left up: the rule names slurs, not their codes.',
      proposal: 'Say that coded slurs count as the slur, and point to the list of known codes.',
      dueDate: addDays(today, 30),
      surfaces: ['Comments'],
      volumeChangePct: '12',
      workload: 'Slightly more work per case',
      risk: 'High',
      score: { severity: 4, reach: 3, urgency: 5, effort: 2 },
    });
    await expect(dialog.getByText(/^Workspace formula:/)).toContainText(
      'severity × reach × urgency ÷ effort. Score: 30 (4 × 3 × 5 ÷ 2 = 30)',
    );
    await list.submitNew(dialog, title);
    crUrl = pmPage.url();
    crNumber = await cr.number();
    await cr.expectStage('Intake');
    await expect(cr.header).toContainText('Score 30 · severity × reach × urgency ÷ effort · 4 × 3 × 5 ÷ 2 = 30');
    await expect(cr.header).toContainText('Full workflow');
    await expect(cr.header).toContainText('Why this lane: Clarification: changes what the policy means');
    await expectAccessible(pmPage, 'change request page');
  });

  await test.step('2. scoped, then the draft is started and written in the library editor', async () => {
    await cr.moveTo('Scoping');
    await cr.moveTo('Drafting');
    await cr.startDraft();
    await cr.openLibraryEditor();
    const editor = new PolicyVersionPage(pmPage);
    await editor.write({ text: policyText(policyTitle, CODED), preview: CODED });
    await editor.save();
    await cr.goto(crUrl);
    await expect(cr.proposedText.locator('ins').filter({ hasText: 'Coded slurs' }).first()).toBeVisible();
    await expect(cr.proposedText).toContainText(`Last edited by ${pmName}, who may not approve it.`);
    await cr.edit({ effectiveDate: today });
    await cr.moveTo('Cross-functional review');
  });

  await test.step('3. the board shows it in review', async () => {
    await list.open();
    await expect(list.card('Cross-functional review', title)).toBeVisible();
    await expectAccessible(pmPage, 'change request board');
  });

  const legalPage = await pageAs(legal);
  const legalCr = new ChangeRequestPage(legalPage);
  await test.step('4. Legal finds it waiting on them and approves', async () => {
    const waiting = new ChangeRequestsPage(legalPage);
    await waiting.open('Waiting on me');
    const row = waiting.waitingRow(title);
    await expect(row).toContainText('Legal');
    await row.getByRole('link', { name: /^CR-\d+$/ }).click();
    await expect(legalCr.heading).toContainText(title);
    await legalCr.signOff('Approve');
    await expect(legalCr.signOffState('Legal')).toHaveText('Approved');
    await expect(legalCr.signOffRole('Legal')).toContainText(legalName);
  });

  const modOpsPage = await pageAs(modOps);
  const modOpsCr = new ChangeRequestPage(modOpsPage);
  await test.step('5. Moderation Ops requests changes: the CR returns to Drafting', async () => {
    await modOpsCr.goto(crUrl);
    await modOpsCr.signOff(
      'Request changes',
      'Say where moderators find the known codes; without a list the clause cannot be applied at queue speed.',
    );
    await modOpsCr.expectStage('Drafting');
    await expect(modOpsCr.signOffState('Moderation Ops')).toHaveText('Requested changes');
  });

  await test.step("6. the program manager's edit of the text resets Legal's approval, and says so", async () => {
    await cr.goto(crUrl);
    await cr.expectStage('Drafting');
    await cr.openLibraryEditor();
    const editor = new PolicyVersionPage(pmPage);
    await editor.write({ text: policyText(policyTitle, CODED_WITH_GUIDE), preview: 'the moderation guide lists' });
    await editor.save();
    await cr.goto(crUrl);
    await expect(cr.signOffState('Legal')).toHaveText('Waiting');
    await expect(cr.signOffRole('Legal')).toContainText(
      'The proposed text changed after sign-off, so Legal needs to sign off again (their earlier approval no longer counts)',
    );
    await cr.moveTo('Cross-functional review');
  });

  await test.step('7. Legal, Moderation Ops and Product approve; the CR moves to Approval', async () => {
    await legalCr.goto(crUrl);
    await legalCr.signOff('Approve');
    await modOpsCr.goto(crUrl);
    await modOpsCr.signOff('Approve');
    const productPage = await pageAs(product);
    const productCr = new ChangeRequestPage(productPage);
    await productCr.goto(crUrl);
    await productCr.signOff('Approve');
    await expect(productCr.signOffState('Product')).toHaveText('Approved');
    await cr.goto(crUrl);
    for (const role of ['Legal', 'Moderation Ops', 'Product'] as const)
      await expect(cr.signOffState(role)).toHaveText('Approved');
    await expect(cr.signOffState('Policy owner')).toHaveText('Waiting');
    await cr.moveTo('Approval');
  });

  await test.step('8. the conflict check lists the other launch on the policy; it is acknowledged', async () => {
    const conflict = cr.conflict(`CR-${other.number} ${other.title}`);
    await expect(conflict).toBeVisible();
    // The conflict's title, its reasons and its date stand on one line.
    await expect(conflict.locator('xpath=..')).toContainText('Same policy');
    const missing = await cr.missingFor('Enablement');
    await expect(missing).toContainText('Approval from Policy owner');
    await expect(missing).toContainText(/Acknowledge (the conflict|\d+ conflicts) in the conflict check/);
    await pmPage.keyboard.press('Escape');
    await cr.acknowledgeAllConflicts('Both clarify the same rule; Comments Ops briefs moderators on the two at once.');
    await expect(cr.conflicts).toContainText(`Acknowledged by ${pmName}`);
  });

  await test.step('9. the policy owner approves', async () => {
    const ownerPage = await pageAs(owner);
    const ownerCr = new ChangeRequestPage(ownerPage);
    await ownerCr.goto(crUrl);
    await ownerCr.signOff('Approve');
    await expect(ownerCr.signOffState('Policy owner')).toHaveText('Approved');
    await expect(ownerCr.signOffRole('Policy owner')).toContainText(ownerName);
  });

  let versionLabel = '';
  await test.step('10. enablement, then the launch makes the draft the live version', async () => {
    await cr.goto(crUrl);
    await cr.moveTo('Enablement');
    await cr.launch(today);
    await expect(cr.launchedVersion()).toBeVisible();
    versionLabel = (await cr.launchedVersion().innerText()).replace(/^Version /, '');
    await expect(cr.launchSection).toContainText(`Version ${versionLabel} in force from`);
  });

  await test.step('11. the library shows the new live version, from the CR, and its diff', async () => {
    await cr.launchedVersion().click();
    await expect(
      pmPage.getByRole('heading', { level: 1, name: `${policyTitle}: version ${versionLabel}` }),
    ).toBeVisible();
    await expect(pmPage.getByRole('link', { name: `From ${crNumber}`, exact: true })).toBeVisible();
    const policyPage = new PolicyPage(pmPage);
    await policyPage.goto(slug);
    const versions = new VersionTimelineSection(pmPage);
    await versions.expectState(versionLabel, 'Live');
    await versions.expectState('1.0', 'Superseded');
    await policyPage.compareVersions();
    await new PolicyDiffPage(pmPage).expectInserted('the moderation guide lists the known codes');
  });

  const campaign = new AdoptionCampaignPage(pmPage);
  const question = 'A comment writes a slur with a digit in place of a letter. What happens to it?';
  const answer = 'It is removed like the slur itself';
  await test.step('12. the campaign asks a quiz and gates adoption on it; links for the site', async () => {
    await cr.goto(crUrl);
    await cr.adoption.getByRole('link', { name: 'Open the campaign' }).click();
    await campaign.expectOpen();
    const campaignId = pmPage.url().split('/').pop()!;
    await keepOnlyAudiences(pm, campaignId, [audience]);
    await pmPage.reload();
    await expect(pmPage.getByText('Material change', { exact: true })).toBeVisible();
    await campaign.requireQuizGate({ question, correct: answer, wrong: 'It stays up: it is not the slur' });
    await campaign.expectGate('Holding');
    await expect(campaign.holder(audience)).toContainText('quiz passed 0% of 90% needed');
    await expectAccessible(pmPage, 'adoption campaign page');
  });

  const people = [`Ana Ruiz ${runId}`, `Bo Chen ${runId}`];
  let links = new Map<string, string>();
  await test.step('13. signed out, a moderator acknowledges through their link and passes the quiz', async () => {
    links = await campaign.createLinks(audience, people);
    const ack = new AcknowledgePage(visitorPage);
    await ack.open(links.get(people[0]!)!, { person: people[0]!, audience, policy: policyTitle });
    await expect(visitorPage.getByText(literally(CODED_WITH_GUIDE))).toBeVisible();
    await expectAccessible(visitorPage, 'acknowledge page');
    await ack.acknowledge(people[0]!);
    await ack.passQuiz(question, answer);
    await pmPage.reload();
    await campaign.expectGate('Holding');
    await expect(campaign.holder(audience)).toContainText('quiz passed 50% of 90% needed');
  });

  await test.step('14. the second moderator does too: adoption reaches the gate', async () => {
    const ack = new AcknowledgePage(visitorPage);
    await ack.open(links.get(people[1]!)!, { person: people[1]!, audience, policy: policyTitle });
    await ack.acknowledge(people[1]!);
    await ack.passQuiz(question, answer);
    await pmPage.reload();
    await campaign.expectGate('Passed');
    await expect(campaign.gate.getByRole('alert')).toHaveCount(0);
    await expect(campaign.audienceRow(audience)).toContainText('2 (100%)');
    await expect(pmPage.getByText('Adopted', { exact: true })).toBeVisible();
  });
});
