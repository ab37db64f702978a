import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp } from '../../test/test-app.js';
import { castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('collaboration on initiatives on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
  });
  afterEach(async () => t.close());

  it('takes comments with mentions, watches and shows the activity in words', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Hate speech refresh' });
    const comment = await cast.viewer.post('/api/comments', {
      entityType: 'initiative',
      entityId: initiative.id,
      body: `Does this cover slurs in audio? @[Owner](mention:${cast.owner.userId})`,
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const inbox = (await cast.owner.get('/api/notifications')).json().items;
    expect(inbox.map((n: Json) => n.kind)).toContain('mention');
    expect((await cast.viewer.get(`/api/watches/initiative/${initiative.id}`)).json()).toMatchObject({
      watching: true,
    });

    await cast.owner.patch(`/api/roadmap/initiatives/${initiative.id}`, {
      version: 1,
      status: 'in_progress',
      title: 'Hate speech refresh 2027',
    });
    const activity = (await cast.viewer.get(`/api/activity?entityType=initiative&entityId=${initiative.id}`)).json()
      .items;
    expect(activity.map((e: Json) => e.event)).toEqual([
      'initiative.updated',
      'initiative.status_changed',
      'comment.created',
      'initiative.created',
    ]);
    expect(activity[1].sentence).toContain('from Proposed to In progress');
    expect(activity[0].sentence).toContain('changed the title');
    // Watchers hear of the change.
    expect((await cast.viewer.get('/api/notifications')).json().items.map((n: Json) => n.kind)).toContain('change');
  });
});
