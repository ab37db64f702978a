import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

// A health update's narrative goes through the collaboration module as a comment does: the people it
// @mentions hear of it in their inbox, once, with a link to the initiative.
describe.each(DIALECTS)('mentions in health updates on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let initiative: Json;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    initiative = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      status: 'in_progress',
      title: 'Age assurance rollout',
    });
  });
  afterEach(async () => t.close());

  const mention = (who: TestClient, name: string) => `@[${name}](mention:${who.userId})`;
  const inbox = async (who: TestClient): Promise<Json[]> => (await who.get('/api/notifications')).json().items;
  const postUpdate = async (body: string) => {
    const res = await cast.owner.post(`/api/roadmap/initiatives/${initiative.id}/updates`, {
      health: 'at_risk',
      body,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  it('notifies the person mentioned, naming the initiative and linking to it', async () => {
    await postUpdate(`Vendor contract slipped; ${mention(cast.xfn, 'Xavier')} can legal sign by Friday?`);
    const [notification, ...more] = await inbox(cast.xfn);
    expect(more).toEqual([]);
    expect(notification).toMatchObject({
      kind: 'mention',
      entity: { type: 'initiative', id: initiative.id, title: 'Age assurance rollout', href: expect.any(String) },
      actor: { id: cast.owner.userId },
      readAt: null,
    });
    expect(notification!.entity.href).toContain(initiative.id);
    expect(notification!.summary).toContain('Age assurance rollout');
    expect(notification!.summary).toContain('@Xavier can legal sign by Friday?');
    expect(notification!.summary).not.toContain('mention:');
    expect((await cast.xfn.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect(await inbox(cast.viewer)).toEqual([]);
  });

  it('does not notify the author mentioning themselves, nor a mention written as code', async () => {
    await postUpdate(
      `Note to self ${mention(cast.owner, 'Owner')}; the syntax is \`${mention(cast.viewer, 'Viewer')}\``,
    );
    // The owner was told of the initiative's creation; nothing of their own update.
    expect((await inbox(cast.owner)).map((n) => n.kind).sort()).toEqual(['assignment', 'change']);
    expect(await inbox(cast.viewer)).toEqual([]);
  });

  it('tells a mentioned watcher once, as a mention, and the other watchers of the change', async () => {
    for (const who of [cast.viewer, cast.xfn])
      expect((await who.put(`/api/watches/initiative/${initiative.id}`)).statusCode).toBe(200);
    await postUpdate(`Blocked on ${mention(cast.viewer, 'Viewer')}`);
    expect((await inbox(cast.viewer)).map((n) => n.kind)).toEqual(['mention']);
    expect((await inbox(cast.xfn)).map((n) => n.kind)).toEqual(['change']);
  });
});
