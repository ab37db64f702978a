import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../platform/clock.js';
import { DIALECTS, createSampleTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

type Version = {
  label: string;
  state: string;
  effectiveDate: string | null;
  marketStates: { marketCode: string; state: string }[];
};

/** Sample people sign in only once invited; a test creates them first, with the sample's e-mail. */
const PRIYA = 'priya.raman@sample.policyops.dev';
const HANNAH = 'hannah.schmidt@sample.policyops.dev';

describe.each(DIALECTS)('the sample workspace, alive on the day it is loaded, on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function loadOn(today: string): Promise<{ admin: TestClient; priya: TestClient; hannah: TestClient }> {
    const sample = await createSampleTestApp(dialect, {
      today,
      people: [
        ['policy_owner', PRIYA],
        ['policy_owner', HANNAH],
      ],
    });
    t = sample.t;
    const [priya, hannah] = sample.people as [TestClient, TestClient];
    return { admin: sample.admin, priya, hannah };
  }
  const versions = async (client: TestClient, slug: string) =>
    (await client.get(`/api/policies/${slug}/versions`)).json().items as Version[];

  it.each(['2026-12-01', '2031-03-15'])('dates everything from the day it is loaded (%s)', async (today) => {
    const { admin } = await loadOn(today);
    // The sample change request on adult nudity has a draft open (2.1); the library's own history is below it.
    const nudity = (await versions(admin, 'adult-nudity')).filter((v) => v.state !== 'draft');
    expect(nudity.map((v) => [v.label, v.state, v.effectiveDate])).toEqual([
      ['2.0', 'scheduled', addDays(today, 10)],
      ['1.1', 'live', addDays(today, -1044)],
      ['1.0', 'superseded', addDays(today, -1380)],
    ]);
    const [hate] = await versions(admin, 'hate-speech');
    expect(hate).toMatchObject({ label: '2.0', state: 'live', effectiveDate: addDays(today, -30) });
    expect(hate!.marketStates).toEqual([expect.objectContaining({ marketCode: 'DE', state: 'scheduled' })]);
    const inGermany = (await admin.get(`/api/policies/hate-speech/as-of?date=${today}&market=DE`)).json();
    expect(inGermany.label).toBe('1.1');

    const changes = (await admin.get(`/api/policy-changes?from=${addDays(today, -90)}&to=${today}`)).json().items;
    expect(changes.map((c: { policy: { slug: string } }) => c.policy.slug).sort()).toEqual([
      'hate-speech',
      'regulated-goods',
      'suicide-and-self-harm', // launched by a sample change request 30 days ago
      'violent-extremism',
    ]);

    const work = (await admin.get('/api/policy-work')).json();
    expect(
      work.takingEffectSoon.items.map(
        (s: { policy: { slug: string }; market: { code: string } | null; effectiveDate: string }) =>
          `${s.policy.slug} ${s.market?.code ?? 'Global'} ${s.effectiveDate}`,
      ),
    ).toEqual([
      `minor-safety Global ${addDays(today, 7)}`, // a sample change request's scheduled launch
      `adult-nudity Global ${addDays(today, 10)}`,
      `hate-speech DE ${addDays(today, 21)}`,
    ]);
  });

  it('has two drafts in review with reviews waiting on the sample owners', async () => {
    const { priya, hannah } = await loadOn('2026-12-01');
    const waitingOn = async (client: TestClient) =>
      (
        (await client.get('/api/policy-work')).json().reviewsWaitingOnMe.items as {
          policy: { slug: string };
          version: { label: string };
        }[]
      ).map((r) => `${r.policy.slug} ${r.version.label}`);
    expect(await waitingOn(priya)).toEqual(['harmful-misinformation 2.1']);
    expect(await waitingOn(hannah)).toEqual(['grooming-and-sextortion 1.2']);
    expect((await versions(hannah, 'grooming-and-sextortion'))[0]).toMatchObject({ label: '1.2', state: 'in_review' });
  });
});
