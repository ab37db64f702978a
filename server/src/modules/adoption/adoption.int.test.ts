import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryBuilder } from '../../db/scope.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { audience, issueLinks, launchable, openCampaign, POLICY_TEXT } from './adoption-test-kit.js';
import { createHash } from 'node:crypto';

const MISSING = '01900000-0000-7000-8000-000000000000';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(DIALECTS)('adoption campaigns on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let viewer: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    viewer = await t.signIn('viewer');
  });
  afterEach(async () => t.close());

  describe('audience directory', () => {
    it('creates, lists with filters, edits with its version and removes', async () => {
      const lisbon = await audience(pm, 'Lisbon site', 120, { kind: 'site' });
      expect(lisbon).toMatchObject({ name: 'Lisbon site', kind: 'site', headcount: 120, active: true, version: 1 });
      await audience(pm, 'Manila vendor', 40, { active: false });
      const list = (await viewer.get('/api/adoption/audiences')).json();
      expect(list.items.map((a: { name: string }) => a.name)).toEqual(['Lisbon site', 'Manila vendor']);
      expect(list.abilities).toEqual({ manage: false });
      expect((await pm.get('/api/adoption/audiences?active=true')).json().items).toHaveLength(1);
      expect((await pm.get('/api/adoption/audiences?kind=vendor')).json().items[0].name).toBe('Manila vendor');

      const edited = await pm.patch(`/api/adoption/audiences/${lisbon.id}`, { version: 1, headcount: 130 });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ headcount: 130, version: 2 });
      expectProblem(
        await pm.patch(`/api/adoption/audiences/${lisbon.id}`, { version: 1, headcount: 1 }),
        409,
        'VERSION_CONFLICT',
      );
      expectProblem(await pm.delete(`/api/adoption/audiences/${lisbon.id}?version=1`), 409, 'VERSION_CONFLICT');
      expect((await pm.delete(`/api/adoption/audiences/${lisbon.id}?version=2`)).statusCode).toBe(204);
      expectProblem(await pm.patch(`/api/adoption/audiences/${lisbon.id}`, { version: 2 }), 404, 'NOT_FOUND');
      const audit = (await admin.get('/api/audit-events?action=adoption_audience.updated')).json();
      expect(audit.items[0].sentence).toContain('edited the audience "Lisbon site"');
    });

    it('refuses bad input with field paths and writes for roles without manage', async () => {
      const bad = expectProblem(
        await pm.post('/api/adoption/audiences', { name: '', kind: 'team', headcount: 0, contactEmail: 'nope' }),
        400,
        'VALIDATION_FAILED',
      );
      expect(bad.errors!.map((e) => e.path).sort()).toEqual([
        'body.contactEmail',
        'body.headcount',
        'body.kind',
        'body.name',
      ]);
      expectProblem(
        await viewer.post('/api/adoption/audiences', { name: 'X', kind: 'site', headcount: 1, contactEmail: 'a@b.co' }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('campaigns', () => {
    it('opens pinned to the version and its sha256, with the active audiences copied in at 95%', async () => {
      const lisbon = await audience(pm, 'Lisbon site', 100, { kind: 'site' });
      await audience(pm, 'Old vendor', 10, { active: false });
      const target = await launchable(t, admin, 'bullying', { ownerId: pm.userId });
      const campaign = await openCampaign(t, pm, target);
      expect(campaign).toMatchObject({
        changeRequestId: target.cr.id,
        changeRequestNumber: target.cr.number,
        policyVersionId: target.versionId,
        contentHash: sha256(POLICY_TEXT),
        materiality: 'material',
        acknowledgementRequired: true,
        status: 'in_progress',
        settings: { training: null, quiz: null, gate: null, reminderCadenceDays: 3 },
        totals: { headcount: 100, acknowledged: 0, acknowledgedPct: 0 },
        adoption: { rule: 'targets', passed: false },
        abilities: { manage: true },
      });
      expect(campaign.materialityNote).toContain('every audience must acknowledge');
      expect(campaign.audiences).toHaveLength(1);
      expect(campaign.audiences[0]).toMatchObject({
        sourceAudienceId: lisbon.id,
        name: 'Lisbon site',
        targetPct: 95,
        progress: { acknowledged: 0, acknowledgedPct: 0, meetsTarget: false },
        readiness: { scores: null, barriers: [] },
      });
      // Opening twice for the same CR version keeps the one campaign.
      const again = await openCampaign(t, pm, target);
      expect(again.id).toBe(campaign.id);
      const list = (await viewer.get(`/api/adoption/campaigns?changeRequestId=${target.cr.id}`)).json();
      expect(list.items.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
      expect((await viewer.get(`/api/adoption/campaigns?changeRequestId=${MISSING}`)).json().items).toEqual([]);
      const opened = (await admin.get('/api/audit-events?action=adoption_campaign.opened')).json();
      expect(opened.items).toHaveLength(1);
    });

    it('an editorial change asks no one, says so, counts as adopted and issues no links', async () => {
      await audience(pm, 'Lisbon site', 100);
      const target = await launchable(t, admin, 'typo', { ownerId: pm.userId, type: 'editorial' });
      const campaign = await openCampaign(t, pm, target, 'editorial');
      expect(campaign).toMatchObject({
        materiality: 'editorial',
        acknowledgementRequired: false,
        status: 'adopted',
        adoption: { rule: 'editorial', passed: true, holding: [] },
      });
      expect(campaign.adoptedAt).not.toBeNull();
      expect(campaign.materialityNote).toContain('earlier acknowledgements stand');
      expect(campaign.audiences[0]!.progress.meetsTarget).toBe(true);
      expectProblem(
        await pm.post(`/api/adoption/campaigns/${campaign.id}/audiences/${campaign.audiences[0]!.id}/links`, {
          people: [{ name: 'Ana' }],
        }),
        409,
        'INVALID_STATE',
      );
    });

    it('POST opens the campaign of a launched CR once (201 then 200), refusing one not launched', async () => {
      const target = await launchable(t, admin, 'hate', { ownerId: pm.userId });
      const refused = expectProblem(
        await pm.post('/api/adoption/campaigns', { changeRequestId: target.cr.id }),
        409,
        'INVALID_STATE',
      );
      expect(refused.errors![0]!.path).toBe('body.changeRequestId');
      const now = new Date().toISOString();
      await queryBuilder(t.database.scope)
        .insertInto('change_request_launches')
        .values({
          change_request_id: target.cr.id,
          policy_version_id: target.versionId,
          effective_date: '2027-01-10',
          approver_id: null,
          launched_by: admin.userId,
          published_at: now,
          launched_at: now,
          scheduled_for: null,
        })
        .execute();
      const first = await pm.post('/api/adoption/campaigns', { changeRequestId: target.cr.id });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({ materiality: 'material', effectiveDate: '2027-01-10' });
      const second = await pm.post('/api/adoption/campaigns', { changeRequestId: target.cr.id });
      expect(second.statusCode).toBe(200);
      expect(second.json().id).toBe(first.json().id);
      expectProblem(await pm.post('/api/adoption/campaigns', { changeRequestId: MISSING }), 404, 'NOT_FOUND');
      expectProblem(await pm.post('/api/adoption/campaigns', { changeRequestId: 'x' }), 400, 'VALIDATION_FAILED');
      expectProblem(await viewer.post('/api/adoption/campaigns', { changeRequestId: target.cr.id }), 403, 'FORBIDDEN');
    });

    it('changes settings with its version; a gate needs the quiz or training it counts', async () => {
      await audience(pm, 'Lisbon site', 2);
      const campaign = await openCampaign(t, pm, await launchable(t, admin, 'bullying', { ownerId: pm.userId }));
      const url = `/api/adoption/campaigns/${campaign.id}`;
      const noQuiz = expectProblem(
        await pm.patch(url, { version: 1, gate: { metric: 'quiz_pass_pct', thresholdPct: 90 } }),
        400,
        'VALIDATION_FAILED',
      );
      expect(noQuiz.errors![0]!.path).toBe('body.gate.metric');
      const quiz = {
        passMarkPct: 80,
        questions: [{ prompt: 'Is a private person fair game?', options: ['Yes', 'No'], correctIndex: 1 }],
      };
      const saved = await pm.patch(url, {
        version: 1,
        quiz,
        training: { title: 'Bullying v3 module', url: 'https://lms.example.com/bullying-v3' },
        gate: { metric: 'quiz_pass_pct', thresholdPct: 90 },
        reminderCadenceDays: 2,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({
        version: 2,
        settings: { quiz, gate: { metric: 'quiz_pass_pct', thresholdPct: 90 }, reminderCadenceDays: 2 },
        adoption: { rule: 'gate', passed: false, holding: [{ name: 'Lisbon site', valuePct: 0, thresholdPct: 90 }] },
      });
      expectProblem(await pm.patch(url, { version: 1, reminderCadenceDays: 5 }), 409, 'VERSION_CONFLICT');
      const badQuiz = expectProblem(
        await pm.patch(url, {
          version: 2,
          quiz: { passMarkPct: 80, questions: [{ prompt: 'Q', options: ['only one'], correctIndex: 3 }] },
          training: { title: 'T', url: 'javascript:alert(1)' },
        }),
        400,
        'VALIDATION_FAILED',
      );
      expect(badQuiz.errors!.map((e) => e.path)).toEqual(
        expect.arrayContaining(['body.quiz.questions.0.options', 'body.training.url']),
      );
      expectProblem(await viewer.patch(url, { version: 2, reminderCadenceDays: 5 }), 403, 'FORBIDDEN');
      expectProblem(await pm.patch(`/api/adoption/campaigns/${MISSING}`, { version: 1 }), 404, 'NOT_FOUND');
    });

    it('adds, edits (readiness with barriers) and removes campaign audiences with their versions', async () => {
      const campaign = await openCampaign(t, pm, await launchable(t, admin, 'bullying', { ownerId: pm.userId }));
      const base = `/api/adoption/campaigns/${campaign.id}/audiences`;
      const added = await pm.post(base, {
        name: 'Dublin regional',
        kind: 'regional',
        headcount: 8,
        contactEmail: 'dublin@example.com',
        targetPct: 90,
      });
      expect(added.statusCode, added.body).toBe(201);
      const dublin = added.json().audiences[0];
      expect(dublin).toMatchObject({ name: 'Dublin regional', targetPct: 90, version: 1, sourceAudienceId: null });
      const readiness = { awareness: 5, desire: 3, knowledge: 2, ability: 4, reinforcement: 4 };
      const edited = await pm.patch(`${base}/${dublin.id}`, { version: 1, readiness, headcount: 10 });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json().audiences[0]).toMatchObject({
        headcount: 10,
        version: 2,
        readiness: { scores: readiness, barriers: ['desire', 'knowledge'], assessedById: pm.userId },
      });
      expectProblem(await pm.patch(`${base}/${dublin.id}`, { version: 1, headcount: 3 }), 409, 'VERSION_CONFLICT');
      const badScore = expectProblem(
        await pm.patch(`${base}/${dublin.id}`, { version: 2, readiness: { ...readiness, ability: 6 } }),
        400,
        'VALIDATION_FAILED',
      );
      expect(badScore.errors![0]!.path).toBe('body.readiness.ability');
      expectProblem(await viewer.patch(`${base}/${dublin.id}`, { version: 2, headcount: 3 }), 403, 'FORBIDDEN');
      expectProblem(await pm.patch(`${base}/${MISSING}`, { version: 1, headcount: 3 }), 404, 'NOT_FOUND');
      expectProblem(await pm.delete(`${base}/${dublin.id}?version=1`), 409, 'VERSION_CONFLICT');
      const removed = await pm.delete(`${base}/${dublin.id}?version=2`);
      expect(removed.statusCode).toBe(200);
      expect(removed.json().audiences).toEqual([]);
    });

    it('issues signed links shown once, lists them without tokens, revokes with the version', async () => {
      await audience(pm, 'Manila vendor', 3);
      const campaign = await openCampaign(t, pm, await launchable(t, admin, 'bullying', { ownerId: pm.userId }));
      const aud = campaign.audiences[0]!;
      const base = `/api/adoption/campaigns/${campaign.id}/audiences/${aud.id}/links`;
      const created = await pm.post(base, {
        people: [{ name: 'Ana Cruz', email: 'ana@vendor.example', externalId: 'E-1' }, { name: 'Ben Ito' }],
        expiresInDays: 10,
      });
      expect(created.statusCode, created.body).toBe(201);
      const items = created.json().items;
      expect(items).toHaveLength(2);
      expect(items[0].url).toMatch(/\/acknowledge\/[A-Za-z0-9_-]{100,130}$/);
      expect(items[0].link).toMatchObject({ personName: 'Ana Cruz', externalId: 'E-1', status: 'active' });
      const listed = await viewer.get(base);
      expect(listed.statusCode).toBe(200);
      const token = items[0].url.split('/').pop();
      expect(listed.body).not.toContain(token);
      expect(listed.json().items.map((l: { personName: string }) => l.personName)).toEqual(['Ana Cruz', 'Ben Ito']);
      // Only the hash is stored.
      const stored = await queryBuilder(t.database.scope).selectFrom('adoption_links').select('token_hash').execute();
      expect(stored.map((r) => r.token_hash)).toContain(sha256(token));
      expect(JSON.stringify(stored)).not.toContain(token);
      const audit = (await admin.get('/api/audit-events?action=adoption_links.issued')).json();
      expect(JSON.stringify(audit)).not.toContain(token);
      expect(audit.items[0].sentence).toContain('issued 2 acknowledgement links to "Manila vendor"');

      const linkId = items[0].link.id;
      const revokeUrl = `/api/adoption/campaigns/${campaign.id}/links/${linkId}/revoke`;
      expectProblem(await viewer.post(revokeUrl, { version: 1 }), 403, 'FORBIDDEN');
      expectProblem(await pm.post(revokeUrl, { version: 2 }), 409, 'VERSION_CONFLICT');
      const revoked = await pm.post(revokeUrl, { version: 1 });
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(revoked.json()).toMatchObject({ status: 'revoked', version: 2 });
      expectProblem(
        await pm.post(`/api/adoption/campaigns/${campaign.id}/links/${MISSING}/revoke`, { version: 1 }),
        404,
      );

      const bad = expectProblem(await pm.post(base, { people: [], expiresInDays: 91 }), 400, 'VALIDATION_FAILED');
      expect(bad.errors!.map((e) => e.path).sort()).toEqual(['body.expiresInDays', 'body.people']);
      expectProblem(await viewer.post(base, { people: [{ name: 'X' }] }), 403, 'FORBIDDEN');
      expectProblem(
        await pm.post(`/api/adoption/campaigns/${campaign.id}/audiences/${MISSING}/links`, { people: [{ name: 'X' }] }),
        404,
      );
    });

    it('follows the visibility of a restricted policy: 404 to others', async () => {
      const member = await t.signIn('program_manager');
      await audience(admin, 'Manila vendor', 3);
      const target = await launchable(t, admin, 'minor-safety', {
        ownerId: member.userId,
        restricted: true,
        memberIds: [member.userId],
      });
      const campaign = await openCampaign(t, member, target);
      expect((await member.get(`/api/adoption/campaigns/${campaign.id}`)).statusCode).toBe(200);
      expectProblem(await pm.get(`/api/adoption/campaigns/${campaign.id}`), 404, 'NOT_FOUND');
      expectProblem(await pm.get(`/api/adoption/campaigns/${campaign.id}/curve`), 404, 'NOT_FOUND');
      expectProblem(await pm.patch(`/api/adoption/campaigns/${campaign.id}`, { version: 1 }), 404, 'NOT_FOUND');
      expect((await pm.get(`/api/adoption/campaigns?changeRequestId=${target.cr.id}`)).json().items).toEqual([]);
      expectProblem(
        await pm.post(`/api/adoption/campaigns/${campaign.id}/audiences/${campaign.audiences[0]!.id}/links`, {
          people: [{ name: 'X' }],
        }),
        404,
      );
      await issueLinks(member, campaign.id, campaign.audiences[0]!.id, ['Ana']);
    });
  });
});
