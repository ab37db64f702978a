import { addDays } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../http/actor.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';
import { raidAgendaSources } from './raid-agenda.js';

const GROUP = '01900000-0000-7000-8000-0000000000aa';

describe.each(DIALECTS)('RAID agenda sources on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
  });
  afterEach(async () => t.close());

  const actorOf = (client: TestClient): Actor => ({
    id: client.userId,
    name: 'x',
    email: 'x',
    role: client.session!.user.role,
    version: 1,
    sessionId: null,
    sessionExpiresAt: null,
    tokenId: null,
    requestId: 'test',
  });

  it('lists open blockers linked to the group or its CRs, and the decisions needed within 14 days', async () => {
    const { policyId } = await policyWithDraft(admin, 'elections');
    const { policyId: hidden } = await policyWithDraft(admin, 'minor-safety', { restricted: true });
    const cr = (
      await admin.post('/api/change-requests', {
        title: 'Political ads',
        type: 'clarification',
        source: 'escalation',
        targetPolicyId: policyId,
        ownerId: admin.userId,
      })
    ).json();
    const today = t.clock.today();
    const blocker = async (title: string, decisionInDays: number | null, links: unknown[], isBlocker = true) =>
      t.services.raid.items.create(actorOf(admin), {
        kind: 'issue',
        title,
        description: '',
        ownerId: null,
        links: links as never,
        isBlocker,
        severity: 'high',
        escalationPath: [],
        decisionNeededBy: decisionInDays === null ? null : addDays(today, decisionInDays),
        resolution: '',
        status: 'open',
      });
    await blocker('Via the CR, decision in 10 days', 10, [{ kind: 'change_request', id: cr.id }]);
    await blocker('Via the CR, decision in 30 days', 30, [{ kind: 'change_request', id: cr.id }]);
    await blocker('Via the CR, decision passed', -3, [{ kind: 'change_request', id: cr.id }]);
    await blocker('Not a blocker', 1, [{ kind: 'change_request', id: cr.id }], false);
    await blocker('Unrelated', 1, []);
    await blocker('Restricted', 1, [
      { kind: 'change_request', id: cr.id },
      { kind: 'policy', id: hidden },
    ]);
    const [open, needed] = raidAgendaSources();
    const context = {
      workingGroupId: GROUP,
      initiativeIds: [],
      changeRequestIds: [cr.id],
      policyIds: [],
      meetingDate: today,
      previousMeetingDate: null,
    };
    const titles = async (source: typeof open, who: TestClient) =>
      (await source!.items(t.database.scope, actorOf(who), context)).map((i) => i.title.replace(/^I-\d+ /, ''));
    expect(open!.section).toBe('open_blockers');
    expect(await titles(open, pm)).toEqual([
      'Via the CR, decision passed',
      'Via the CR, decision in 10 days',
      'Via the CR, decision in 30 days',
    ]);
    expect(await titles(open, admin)).toContain('Restricted');
    expect(needed!.section).toBe('decisions_needed');
    expect(await titles(needed, pm)).toEqual(['Via the CR, decision passed', 'Via the CR, decision in 10 days']);
    const [line] = await open!.items(t.database.scope, actorOf(pm), context);
    expect(line).toMatchObject({ sourceKind: 'raid_item', detail: expect.stringContaining('Decision was needed by') });
  });
});
