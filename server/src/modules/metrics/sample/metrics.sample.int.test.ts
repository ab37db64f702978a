import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/clock.js';
import { createTestApp, DIALECTS, type TestApp } from '../../../test/test-app.js';
import { SAMPLE_METRIC_DAYS } from './metrics.sample.js';

// A fixed load day, so that both databases get the same rows whatever the machine's date.
const TODAY = '2026-12-01';
const totals = new Map<string, number>();

afterAll(() => {
  if (totals.size === 2) expect(totals.get('sqlite')).toBe(totals.get('postgres'));
});

describe.each(DIALECTS)('the sample metrics on %s', (dialect) => {
  let t: TestApp;
  let created: Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { SAMPLE_METRICS: 'full' });
    t.clock.setToday(TODAY);
    const admin = await t.signIn('admin');
    const loaded = await admin.post('/api/workspace/sample');
    expect(loaded.statusCode).toBe(201);
    created = loaded.json().created;
  }, 300_000);
  afterAll(() => t?.close());

  const ids = async (table: 'policies' | 'markets', column: 'slug' | 'code', value: string) =>
    (await t.database.db.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow()).id;
  const versionId = async (slug: string, label: string) =>
    (
      await t.database.db
        .selectFrom('policy_versions')
        .select('id')
        .where('policy_id', '=', await ids('policies', 'slug', slug))
        .where('label', '=', label)
        .executeTakeFirstOrThrow()
    ).id;

  /** Sums over the 28 days before a launch, or days 7..34 after it, in some markets (all when none given). */
  async function sums(slug: string, launch: string, window: 'pre' | 'post', marketCodes?: string[]) {
    const [from, to] =
      window === 'pre' ? [addDays(launch, -28), addDays(launch, -1)] : [addDays(launch, 7), addDays(launch, 34)];
    let query = t.database.db
      .selectFrom('metric_daily')
      .where('policy_id', '=', await ids('policies', 'slug', slug))
      .where('day', '>=', from)
      .where('day', '<=', to);
    if (marketCodes)
      query = query.where('market_id', 'in', await Promise.all(marketCodes.map((c) => ids('markets', 'code', c))));
    const row = await query
      .select((eb) => [
        eb.fn.sum<number>('actioned').as('actioned'),
        eb.fn.sum<number>('appeals').as('appeals'),
        eb.fn.sum<number>('appeals_overturned').as('overturned'),
        eb.fn.sum<number>('proactive').as('proactive'),
        eb.fn.sum<number>('views').as('views'),
        eb.fn.sum<number>('violating_views').as('violating'),
      ])
      .executeTakeFirstOrThrow();
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof row, number>;
  }

  it('writes two years of days up to yesterday in ten countries, adding the five the workspace lacked', async () => {
    expect(created.markets).toBe(5);
    expect(created.metricRows).toBeGreaterThan(700_000);
    const span = await t.database.db
      .selectFrom('metric_daily')
      .select((eb) => [
        eb.fn.min('day').as('first'),
        eb.fn.max('day').as('last'),
        eb.fn.count('market_id').distinct().as('markets'),
        eb.fn.countAll().as('rows'),
        eb.fn.sum<number>('actioned').as('actioned'),
      ])
      .executeTakeFirstOrThrow();
    expect(span).toMatchObject({ first: addDays(TODAY, -SAMPLE_METRIC_DAYS), last: addDays(TODAY, -1) });
    expect(Number(span.markets)).toBe(10);
    expect(Number(span.rows)).toBe(created.metricRows);
    totals.set(dialect, Number(span.actioned));
  });

  it('stamps each row with the version in force in its market: Germany keeps hate-speech 1.1 after the launch', async () => {
    const [previous, launched] = await Promise.all([versionId('hate-speech', '1.1'), versionId('hate-speech', '2.0')]);
    const hate = await ids('policies', 'slug', 'hate-speech');
    const versionsOn = async (code: string) =>
      (
        await t.database.db
          .selectFrom('metric_daily')
          .select('version_id')
          .distinct()
          .where('policy_id', '=', hate)
          .where('market_id', '=', await ids('markets', 'code', code))
          .where('day', '=', addDays(TODAY, -1))
          .execute()
      ).map((r) => r.version_id);
    expect(await versionsOn('DE')).toEqual([previous]);
    expect(await versionsOn('FR')).toEqual([launched]);
    expect(await versionsOn('JP')).toEqual([launched]);
  });

  it('shows the planted fall in bullying-and-harassment overturns after 2.0 in the raw counts', async () => {
    const launch = addDays(TODAY, -547);
    const [pre, post] = [
      await sums('bullying-and-harassment', launch, 'pre'),
      await sums('bullying-and-harassment', launch, 'post'),
    ];
    const change = post.overturned / post.appeals / (pre.overturned / pre.appeals);
    expect(change).toBeGreaterThan(0.72);
    expect(change).toBeLessThan(0.84);
  });

  it('keeps India as the control of harmful-misinformation 2.0: it moved elsewhere, not there', async () => {
    const launch = addDays(TODAY, -393);
    const ratio = async (markets: string[]) =>
      (await sums('harmful-misinformation', launch, 'post', markets)).actioned /
      (await sums('harmful-misinformation', launch, 'pre', markets)).actioned;
    expect(await ratio(['US', 'BR', 'DE'])).toBeGreaterThan(1.12);
    expect(Math.abs((await ratio(['IN'])) - 1)).toBeLessThan(0.07);
  });

  it('leaves regulated-goods 2.0 flat within noise: the launch with no effect', async () => {
    const launch = addDays(TODAY, -60);
    const [pre, post] = [await sums('regulated-goods', launch, 'pre'), await sums('regulated-goods', launch, 'post')];
    const changes = [
      post.actioned / pre.actioned,
      post.overturned / post.appeals / (pre.overturned / pre.appeals),
      post.proactive / post.actioned / (pre.proactive / pre.actioned),
      post.violating / post.views / (pre.violating / pre.views),
    ];
    for (const change of changes) expect(Math.abs(change - 1)).toBeLessThan(0.07);
  });
});
