import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { DIALECTS, createSampleTestApp, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { SAMPLE_POLICY_AREAS } from './people-and-teams.sample.js';

describe.each(DIALECTS)('sample workspace on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('loads teams for every policy area and XFN function with a dozen people, once', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.get('/api/workspace/sample')).json()).toMatchObject({
      loaded: false,
      sections: [
        'People and teams',
        'Policy library',
        'Where policies apply',
        'Roadmap',
        'OKRs',
        'Change requests',
        'Stakeholders',
        'Working groups',
        'RAID log',
        'Decisions',
        'Action items',
        'Meeting history',
        'Policy metrics',
      ],
    });
    const loaded = await admin.post('/api/workspace/sample');
    expect(loaded.statusCode).toBe(201);
    expect(loaded.json().created).toMatchObject({ teams: 17, people: 13, policyAreas: 8, policies: 9 });
    expect(loaded.json().created.applicabilityCells).toBeGreaterThan(30);
    expect(
      (await admin.get('/api/policies/hate-speech/applicability'))
        .json()
        .cells.some((c: { note: string }) => /DSA/.test(c.note)),
    ).toBe(true);
    const teams = (await admin.get('/api/teams')).json().items.map((team: { name: string }) => team.name);
    for (const area of SAMPLE_POLICY_AREAS) expect(teams).toContain(`${area} Policy`);
    const functions = new Set(
      (await admin.get('/api/teams')).json().items.map((team: { function: string }) => team.function),
    );
    expect(functions.size).toBe(8);
    expect((await admin.get('/api/workspace/sample')).json().loaded).toBe(true);
    expectProblem(await admin.post('/api/workspace/sample'), 409, 'INVALID_STATE');
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });

    const policies = (await admin.get('/api/policies')).json().items;
    expect(policies.filter((p: { status: string }) => p.status === 'live')).toHaveLength(9);
    for (const policy of policies) {
      const versions = (await admin.get(`/api/policies/${policy.slug}/versions`)).json().items;
      const published = versions.filter((v: { state: string }) => !['draft', 'in_review'].includes(v.state));
      expect(published.length, policy.slug).toBeGreaterThanOrEqual(2);
      // Newest first: at most one scheduled, then the one in force, then the superseded ones.
      const states = published.map((v: { state: string }) => v.state).join(' ');
      expect(states, policy.slug).toMatch(/^(scheduled )?live( superseded)*$/);
      const dates = published.map((v: { effectiveDate: string }) => v.effectiveDate);
      expect(dates, policy.slug).toEqual([...dates].sort().reverse());
      const inForce = published.find((v: { state: string }) => v.state === 'live');
      expect(policy.currentVersion.label).toBe(inForce.label);
      // The library's own history changes meaning each time; a sample change request's launch may be editorial.
      const history = published.filter((v: { changeSummary: string }) => !/^CR-\d+:/.test(v.changeSummary));
      const diff = (
        await admin.get(`/api/policies/${policy.slug}/diff?from=${history[1].id}&to=${history[0].id}`)
      ).json();
      expect(diff.stats.addedWords + diff.stats.removedWords, policy.slug).toBeGreaterThan(10);
    }
  });

  // The test above loads the sample for real; this one reads the worker's copy of a load.
  it('keeps the restricted sample policy from people who are not its members', { timeout: 120_000 }, async () => {
    const sample = await createSampleTestApp(dialect);
    onTestFinished(() => sample.t.close());
    const { admin } = sample;
    const viewer = await sample.t.signIn('viewer');
    const restricted = (await admin.get('/api/policies'))
      .json()
      .items.filter((p: { restricted: boolean }) => p.restricted);
    expect(restricted.length).toBeGreaterThan(0);
    for (const policy of restricted) expectProblem(await viewer.get(`/api/policies/${policy.slug}`), 404, 'NOT_FOUND');
    expect((await viewer.get('/api/policies')).json().items.length).toBe(9 - restricted.length);
  });

  it('is loaded by admins only', async () => {
    const pm = await t.signIn('program_manager');
    expectProblem(await pm.post('/api/workspace/sample'), 403, 'FORBIDDEN');
    expect((await pm.get('/api/workspace/sample')).json().loaded).toBe(false);
  });
});
