import { addDays } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MailOutbox } from '../../platform/mail/mail-jobs.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { contact } from './action-items-test-kit.js';
import { actionItemsSample } from './action-items.sample.js';

const GROUPS = ['ai-generated-content', 'youth-safety', 'elections-integrity'];
const ACCOUNTS = ['priya', 'diego', 'amara', 'olivia', 'marco', 'david', 'kenji', 'hannah', 'sofia', 'fatima'];

describe('the action items of the sample workspace', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp('sqlite');
    t.clock.setToday('2026-12-01');
  });
  afterEach(async () => t.close());

  it('records actions from past meetings by key, skipping people and meetings that are absent', async () => {
    const admin = await t.signIn('admin');
    const people = new Map<string, string>();
    for (const key of ACCOUNTS) people.set(key, (await t.signIn('program_manager', `${key}@example.com`)).userId);
    const records = new Map<string, string>();
    const today = t.clock.today();
    for (const slug of GROUPS) {
      records.set(`working-group:${slug}`, uuidv7());
      for (const weeksAgo of [1, 2, 3, 4]) records.set(`meeting:${slug}:${addDays(today, -7 * weeksAgo)}`, uuidv7());
    }
    records.set('stakeholder:tom', await contact(admin, 'Tom Becker'));
    records.set('stakeholder:ana', await contact(admin, 'Ana Souza', 'ana@example.com'));
    // kwame and rosa are missing: their actions are left out.

    const section = actionItemsSample({
      clock: t.clock,
      audit: t.services.audit,
      stakeholders: t.services.stakeholders.directory,
      mailOutbox: new MailOutbox(t.services.jobs, t.services.mailer),
      collaboration: t.services.collaboration,
      publicUrl: 'http://localhost:3000',
    });
    const counts = await section.load({
      trx: t.database.scope,
      cause: { id: admin.userId, requestId: null },
      people,
      teams: new Map(),
      records,
    });
    expect(counts).toEqual({ actionItems: 13 });

    const all = (await admin.get('/api/action-items?limit=50')).json().items as {
      id: string;
      title: string;
      status: string;
      overdue: boolean;
      owner: { name: string };
      source: { kind: string; id: string };
    }[];
    expect(all).toHaveLength(13);
    expect(all.every((a) => a.source.kind === 'meeting')).toBe(true);
    expect(all.filter((a) => a.status === 'done')).toHaveLength(4);
    expect(all.filter((a) => a.overdue).map((a) => a.title)).toEqual([
      'Report classifier precision on synthetic audio',
      'Chase legal sign-off on political-ad labels in Brazil',
    ]);
    // Priya's open action comes from AI-generated content's latest meeting (it carries forward to the next).
    const priyas = all.find((a) => a.id === records.get('action:ai-label-taxonomy'))!;
    expect(priyas).toMatchObject({ status: 'open' });
    expect(priyas.source.id).toBe(records.get(`meeting:ai-generated-content:${addDays(today, -7)}`));
    expect(records.has('action:youth-vendor-site')).toBe(false);
  });
});
