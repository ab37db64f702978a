import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import type { DbScope } from '../../db/scope.js';
import { KeyResultFeeds, type KeyResultFeed } from './key-result-feeds.js';

const db = {} as DbScope;
const actor = { id: 'a', role: 'admin' } as Actor;
const initiative = { kind: 'initiative' as const, initiativeId: '01900000-0000-7000-8000-000000000001' };

describe('KeyResultFeeds', () => {
  it('has the manual feed, which reads nothing (check-ins stand)', async () => {
    const feeds = new KeyResultFeeds();
    expect(feeds.kinds()).toEqual(['manual']);
    await feeds.validate(db, actor, { kind: 'manual' }, 'body.source');
    expect(await feeds.read(db, [{ keyResultId: 'k', source: { kind: 'manual' } }])).toEqual(new Map());
  });

  it('refuses a kind nobody registered, naming body.source.kind', async () => {
    const error = await new KeyResultFeeds().validate(db, actor, initiative, 'body.source').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual([
      { path: 'body.source.kind', message: 'No initiative feed is available yet: use manual check-ins' },
    ]);
  });

  it('asks a registered feed once per read, for its own key results only', async () => {
    const asked: string[][] = [];
    const feed: KeyResultFeed<'initiative'> = {
      kind: 'initiative',
      async validate() {},
      async read(_db, krs) {
        asked.push(krs.map((k) => k.keyResultId));
        return new Map(krs.map((k) => [k.keyResultId, { value: 40, asOf: '2027-04-01T00:00:00.000Z' }]));
      },
    };
    const feeds = new KeyResultFeeds();
    feeds.register(feed);
    expect(() => feeds.register(feed)).toThrow('registered twice');
    const readings = await feeds.read(db, [
      { keyResultId: 'fed-1', source: initiative },
      { keyResultId: 'manual', source: { kind: 'manual' } },
      { keyResultId: 'fed-2', source: initiative },
    ]);
    expect(asked).toEqual([['fed-1', 'fed-2']]);
    expect([...readings.keys()]).toEqual(['fed-1', 'fed-2']);
  });
});
