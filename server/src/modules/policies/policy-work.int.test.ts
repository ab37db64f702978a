import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../platform/clock.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const TODAY = '2026-12-01';

type Soon = {
  policy: { slug: string };
  version: { label: string };
  market: { code: string } | null;
  effectiveDate: string;
};

describe.each(DIALECTS)('the work a person starts from on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;
  let areaId: string;

  async function policy(slug: string, extra: object = {}) {
    await owner.post('/api/policies', { title: `Policy ${slug}`, slug, areaId, ownerIds: [owner.userId], ...extra });
  }
  async function publish(
    slug: string,
    date: string,
    marketDates: object[] = [],
    people = { author: writer, approver: owner },
  ) {
    const { author, approver } = people;
    const url = `/api/policies/${slug}/versions`;
    const draft = (await author.post(url, { body: `Rules of ${slug} from ${date}.` })).json();
    let at = 1;
    if (marketDates.length) at = (await author.patch(`${url}/${draft.id}`, { version: 1, marketDates })).json().version;
    await author.post(`${url}/${draft.id}/transitions`, { version: at, action: 'submit' });
    await approver.post(`${url}/${draft.id}/transitions`, { version: at + 1, action: 'approve', effectiveDate: date });
    const live = await approver.post(`${url}/${draft.id}/transitions`, { version: at + 2, action: 'publish' });
    expect(live.statusCode, live.body).toBe(200);
  }
  const soon = async (client: TestClient) =>
    ((await client.get('/api/policy-work')).json().takingEffectSoon.items as Soon[]).map(
      (s) => `${s.policy.slug} ${s.version.label} ${s.market?.code ?? 'Global'} ${s.effectiveDate}`,
    );

  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday(TODAY);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('lists my open drafts and the reviews waiting on me, each reader their own', async () => {
    await policy('hate-speech');
    await policy('bullying');
    const first = (await writer.post('/api/policies/hate-speech/versions', { body: 'A' })).json();
    await writer.post(`/api/policies/hate-speech/versions/${first.id}/transitions`, { version: 1, action: 'submit' });
    await writer.post('/api/policies/bullying/versions', { body: 'B' });

    const mine = (await writer.get('/api/policy-work')).json();
    expect(mine.today).toBe(TODAY);
    expect(mine.myDrafts.total).toBe(2);
    expect(
      mine.myDrafts.items.map((d: { policy: { slug: string }; version: { state: string } }) => [
        d.policy.slug,
        d.version.state,
      ]),
    ).toEqual([
      ['bullying', 'draft'],
      ['hate-speech', 'in_review'],
    ]);
    expect(mine.reviewsWaitingOnMe).toEqual({ items: [], total: 0 });
    const theirs = (await owner.get('/api/policy-work')).json();
    expect(theirs.myDrafts.total).toBe(0);
    expect(theirs.reviewsWaitingOnMe).toMatchObject({ total: 1, items: [{ policy: { slug: 'hate-speech' } }] });
  });

  it('lists what takes effect in the next 30 days, per market, soonest first, only where the reader may look', async () => {
    const de = (await owner.get('/api/applicability/dimensions'))
      .json()
      .markets.find((m: { code: string }) => m.code === 'DE');
    await policy('hate-speech');
    await policy('bullying');
    await policy('secret', { restricted: true });
    await publish('hate-speech', addDays(TODAY, -10), [{ marketId: de.id, effectiveDate: addDays(TODAY, 20) }]);
    await publish('bullying', addDays(TODAY, 5));
    await publish('bullying', addDays(TODAY, 31));
    await publish('secret', addDays(TODAY, 3), [], { author: owner, approver: await t.signIn('admin') });

    expect(await soon(owner)).toEqual([
      `secret 1.0 Global ${addDays(TODAY, 3)}`,
      `bullying 1.0 Global ${addDays(TODAY, 5)}`,
      `hate-speech 1.0 DE ${addDays(TODAY, 20)}`,
    ]);
    expect(await soon(writer)).toEqual([
      `bullying 1.0 Global ${addDays(TODAY, 5)}`,
      `hate-speech 1.0 DE ${addDays(TODAY, 20)}`,
    ]);
    t.clock.setToday(addDays(TODAY, 6));
    expect(await soon(writer)).toEqual([
      `hate-speech 1.0 DE ${addDays(TODAY, 20)}`,
      `bullying 1.1 Global ${addDays(TODAY, 31)}`,
    ]);
    expect((await writer.get('/api/policy-work')).json().takingEffectSoon.total).toBe(2);
    expectProblem(await t.anonymous.get('/api/policy-work'), 401);
  });
});
