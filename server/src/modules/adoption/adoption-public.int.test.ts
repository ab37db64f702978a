import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryBuilder } from '../../db/scope.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { AdoptionLinkSigner } from './adoption-link-token.js';
import { audience, issueLinks, launchable, openCampaign } from './adoption-test-kit.js';

const QUIZ = {
  passMarkPct: 100,
  questions: [
    { prompt: 'May a private person be targeted?', options: ['Yes', 'No'], correctIndex: 1 },
    { prompt: 'Is a public figure protected from threats?', options: ['Yes', 'No', 'Only at work'], correctIndex: 0 },
  ],
};

describe.each(DIALECTS)('public acknowledgement links on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let anon: TestClient;
  let campaignId: string;
  let audienceId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    anon = t.anonymous;
    await audience(pm, 'Manila vendor', 2);
    const campaign = await openCampaign(t, pm, await launchable(t, admin, 'bullying', { ownerId: pm.userId }));
    campaignId = campaign.id;
    audienceId = campaign.audiences[0]!.id;
    const saved = await pm.patch(`/api/adoption/campaigns/${campaignId}`, {
      version: 1,
      quiz: QUIZ,
      training: { title: 'Bullying v2 module', url: 'https://lms.example.com/b2' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterEach(async () => t.close());

  const url = (token: string, action = '') => `/api/public/acknowledgements/${token}${action ? `/${action}` : ''}`;
  const campaign = async () => (await pm.get(`/api/adoption/campaigns/${campaignId}`)).json();

  it('shows the person what to do, with the text and the quiz without its answers, signed out', async () => {
    const token = (await issueLinks(pm, campaignId, audienceId, ['Ana Cruz']))[0]!.token;
    const res = await anon.get(url(token));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const page = res.json();
    expect(page).toMatchObject({
      personName: 'Ana Cruz',
      audienceName: 'Manila vendor',
      policyTitle: 'Policy bullying',
      materiality: 'material',
      training: { title: 'Bullying v2 module' },
      tasks: { acknowledge: 'open', training: 'open', quiz: 'open' },
      complete: false,
      quiz: { passMarkPct: 100, questions: [{ prompt: QUIZ.questions[0]!.prompt, options: ['Yes', 'No'] }, {}] },
    });
    expect(page.text.markdown).toContain('Do not target private individuals');
    expect(res.body).not.toContain('correctIndex');
  });

  it('acknowledges once: a repeat returns the first record, counted once, audited with the person as the cause', async () => {
    const token = (await issueLinks(pm, campaignId, audienceId, ['Ana Cruz']))[0]!.token;
    const wrongName = expectProblem(
      await anon.post(url(token, 'acknowledge'), { nameConfirmation: 'Someone Else' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrongName.errors![0]!.path).toBe('body.nameConfirmation');
    const first = await anon.post(url(token, 'acknowledge'), { nameConfirmation: ' ana  cruz ' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ alreadyRecorded: false, page: { tasks: { acknowledge: 'done' } } });
    const second = await anon.post(url(token, 'acknowledge'), {});
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ alreadyRecorded: true, recordedAt: first.json().recordedAt });
    const c = await campaign();
    expect(c.audiences[0].progress).toMatchObject({ acknowledged: 1, acknowledgedPct: 50, meetsTarget: false });
    const events = (await admin.get('/api/audit-events?action=adoption_link.acknowledged')).json().items;
    expect(events).toHaveLength(1);
    expect(events[0].actor).toBeNull();
    expect(events[0].sentence).toBe(
      'Ana Cruz (Manila vendor, through an acknowledgement link) acknowledged the change of CR-1',
    );
    const curve = (await pm.get(`/api/adoption/campaigns/${campaignId}/curve`)).json();
    expect(curve.total.at(-1)).toMatchObject({ acknowledged: 1, acknowledgedPct: 50 });
    expect(curve.audiences[0].points.at(-1).acknowledgedPct).toBe(50);
  });

  it('counts two acknowledgements at once only once', async () => {
    const token = (await issueLinks(pm, campaignId, audienceId, ['Ana Cruz']))[0]!.token;
    const results = await Promise.all([
      anon.post(url(token, 'acknowledge'), {}),
      anon.post(url(token, 'acknowledge'), {}),
      anon.post(url(token, 'acknowledge'), {}),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.json().alreadyRecorded === false)).toHaveLength(1);
    expect(new Set(results.map((r) => r.json().recordedAt)).size).toBe(1);
    expect((await campaign()).audiences[0].progress.acknowledged).toBe(1);
    expect((await admin.get('/api/audit-events?action=adoption_link.acknowledged')).json().items).toHaveLength(1);
  });

  it('records training once and quiz attempts until one passes', async () => {
    const token = (await issueLinks(pm, campaignId, audienceId, ['Ana Cruz']))[0]!.token;
    expectProblem(await anon.post(url(token, 'training'), { completed: false }), 400, 'VALIDATION_FAILED');
    const trained = await anon.post(url(token, 'training'), { completed: true });
    expect(trained.json()).toMatchObject({ alreadyRecorded: false, page: { tasks: { training: 'done' } } });
    expect((await anon.post(url(token, 'training'), { completed: true })).json().alreadyRecorded).toBe(true);

    const short = expectProblem(await anon.post(url(token, 'quiz'), { answers: [1] }), 400, 'VALIDATION_FAILED');
    expect(short.errors![0]!.path).toBe('body.answers');
    const range = expectProblem(await anon.post(url(token, 'quiz'), { answers: [1, 5] }), 400, 'VALIDATION_FAILED');
    expect(range.errors![0]!.path).toBe('body.answers.1');
    const failed = (await anon.post(url(token, 'quiz'), { answers: [1, 1] })).json();
    expect(failed).toMatchObject({ attempt: 1, scorePct: 50, correct: 1, passed: false, passMarkPct: 100 });
    const passed = (await anon.post(url(token, 'quiz'), { answers: [1, 0] })).json();
    expect(passed).toMatchObject({ attempt: 2, scorePct: 100, passed: true, alreadyRecorded: false });
    const again = (await anon.post(url(token, 'quiz'), { answers: [0, 0] })).json();
    expect(again).toMatchObject({ attempt: 2, scorePct: 100, passed: true, alreadyRecorded: true });
    const c = await campaign();
    expect(c.audiences[0].progress).toMatchObject({ trained: 1, quizPassed: 1, quizPassPct: 50, trainedPct: 50 });
    const attempts = (await admin.get('/api/audit-events?action=adoption_link.quiz_attempted')).json().items;
    expect(attempts).toHaveLength(2);
    const links = (await pm.get(`/api/adoption/campaigns/${campaignId}/audiences/${audienceId}/links`)).json();
    expect(links.items[0].record).toMatchObject({ quizAttempts: 2, lastQuizScorePct: 100 });
  });

  it('declines or asks for an exemption with a reason; a declined link records nothing more (410)', async () => {
    const [ana, ben] = await issueLinks(pm, campaignId, audienceId, ['Ana Cruz', 'Ben Ito']);
    expectProblem(await anon.post(url(ana!.token, 'decline'), { reason: ' ' }), 400, 'VALIDATION_FAILED');
    const declined = await anon.post(url(ana!.token, 'decline'), { reason: 'I moved to another queue' });
    expect(declined.json()).toMatchObject({ alreadyRecorded: false, page: { complete: true } });
    expect((await anon.post(url(ana!.token, 'decline'), { reason: 'again' })).json().alreadyRecorded).toBe(true);
    expectProblem(await anon.post(url(ana!.token, 'acknowledge'), {}), 410, 'ACK_LINK_USED');
    expectProblem(await anon.post(url(ana!.token, 'exemption'), { reason: 'x' }), 410, 'ACK_LINK_USED');
    expect((await anon.get(url(ana!.token))).json().record.declineReason).toBe('I moved to another queue');

    await anon.post(url(ben!.token, 'acknowledge'), {});
    expectProblem(await anon.post(url(ben!.token, 'exemption'), { reason: 'On leave' }), 410, 'ACK_LINK_USED');
    const c = await campaign();
    expect(c.audiences[0].progress).toMatchObject({ declined: 1, exemptions: 0, acknowledged: 1 });
    const [carl] = await issueLinks(pm, campaignId, audienceId, ['Carl']);
    expect((await anon.post(url(carl!.token, 'exemption'), { reason: 'On leave' })).statusCode).toBe(200);
    expect((await campaign()).audiences[0].progress.exemptions).toBe(1);
  });

  it('answers 410 for an expired, revoked or stale link and 404 for a forged one', async () => {
    const [a, b, c] = await issueLinks(pm, campaignId, audienceId, ['A', 'B', 'C'], { expiresInDays: 2 });
    // Revoked
    await pm.post(`/api/adoption/campaigns/${campaignId}/links/${b!.link.id}/revoke`, { version: 1 });
    expectProblem(await anon.get(url(b!.token)), 410, 'ACK_LINK_REVOKED');
    expectProblem(await anon.post(url(b!.token, 'acknowledge'), {}), 410, 'ACK_LINK_REVOKED');
    // Forged: altered, cut, made up, signed with another secret
    const altered = a!.token.slice(0, 20) + (a!.token[20] === 'x' ? 'y' : 'x') + a!.token.slice(21);
    expectProblem(await anon.get(url(altered)), 404, 'NOT_FOUND');
    expectProblem(await anon.get(url(a!.token.slice(0, 50))), 404, 'NOT_FOUND');
    expectProblem(await anon.post(url('made-up-token', 'acknowledge'), {}), 404, 'NOT_FOUND');
    const other = new AdoptionLinkSigner('some other server secret, long enough').sign({
      linkId: a!.link.id,
      campaignId,
      audienceId,
      contentHash: (await campaign()).contentHash,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    expectProblem(await anon.get(url(other)), 404, 'NOT_FOUND');
    // Stale: the version text no longer matches the hash the link carries
    const versionId = (await campaign()).policyVersionId;
    await queryBuilder(t.database.scope)
      .updateTable('policy_versions')
      .set({ body: '# Bullying\n\nRewritten.' })
      .where('id', '=', versionId)
      .execute();
    expectProblem(await anon.post(url(c!.token, 'acknowledge'), {}), 410, 'ACK_LINK_STALE');
    const links = (await pm.get(`/api/adoption/campaigns/${campaignId}/audiences/${audienceId}/links`)).json();
    expect(links.items.map((l: { status: string }) => l.status)).toEqual(['stale', 'revoked', 'stale']);
    // Expired (checked before the text)
    t.clock.setToday(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
    const expired = expectProblem(await anon.get(url(a!.token)), 410, 'ACK_LINK_EXPIRED');
    expect(expired.detail).toContain('expired on');
    expect((await campaign()).audiences[0].progress.acknowledged).toBe(0);
  });

  it('records the campaign as adopted when the gate passes, once, with an audit event', async () => {
    const saved = await pm.patch(`/api/adoption/campaigns/${campaignId}`, {
      version: 2,
      gate: { metric: 'quiz_pass_pct', thresholdPct: 50 },
    });
    expect(saved.json().adoption).toMatchObject({ rule: 'gate', passed: false });
    expect(saved.json().adoption.holding[0]).toMatchObject({ name: 'Manila vendor', valuePct: 0, thresholdPct: 50 });
    const [ana] = await issueLinks(pm, campaignId, audienceId, ['Ana Cruz']);
    await anon.post(url(ana!.token, 'acknowledge'), {});
    expect((await campaign()).status).toBe('in_progress');
    await anon.post(url(ana!.token, 'quiz'), { answers: [1, 0] });
    const c = await campaign();
    expect(c).toMatchObject({ status: 'adopted', adoption: { passed: true, holding: [] } });
    expect(c.adoptedAt).not.toBeNull();
    const adopted = (await admin.get('/api/audit-events?action=adoption_campaign.adopted')).json().items;
    expect(adopted).toHaveLength(1);
    expect(adopted[0].sentence).toContain('recorded CR-1 as adopted: its gate passed (50% quiz passed');
  });
});

describe.each(DIALECTS)('public acknowledgement rate limit on %s', (dialect) => {
  let t: TestApp | null = null;
  afterEach(async () => t?.close());

  it('answers 429 past the per-client limit (six times the sign-in rate a minute)', async () => {
    t = await createTestApp(dialect, { LOGIN_RATE_PER_MINUTE: '1' });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push((await t.anonymous.get(`/api/public/acknowledgements/${'x'.repeat(114)}`)).statusCode);
    expect(codes).toEqual([404, 404, 404, 404, 404, 404, 429]);
  });
});
