// @vitest-environment jsdom
import type { InitiativeDetail } from '@policyops/contracts';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../lib/api';
import type * as apiModule from '../../lib/api';
import { HealthCard } from './HealthCard';
import { button, click, errorOf, field, renderInApp, settle, typeInto, type Rendered } from '../../test/render-in-app';

vi.mock('../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const GRACE = { id: '01900000-0000-7000-8000-00000000000a', name: 'Grace Hopper', email: 'grace@example.org' };

// Only what the card reads of an initiative.
const initiative = {
  id: 'initiative-1',
  owner: { id: 'owner-1', name: 'Ada Lovelace' },
  abilities: { postUpdate: true },
  updates: { health: 'on_track', due: false, nextDueOn: '2027-01-08', cadence: 'weekly', weekday: 5 },
  recentUpdates: [],
} as unknown as InitiativeDetail;

const get = vi.mocked(api.get);
const post = vi.mocked(api.post);
const NARRATIVE = 'What moved, what is at risk, what you need';
let view: Rendered;

beforeEach(async () => {
  get.mockReset().mockResolvedValue({ items: [GRACE], nextCursor: null });
  post.mockReset();
  view = await renderInApp(<HealthCard initiative={initiative} />);
});
afterEach(async () => view.unmount());

const submit = () =>
  act(async () => {
    document.querySelector<HTMLFormElement>('form[aria-label="Post a health update"]')!.requestSubmit();
  });

describe('HealthCard', () => {
  it('picks a person to mention in the narrative and posts the mention with it', async () => {
    post.mockResolvedValue({ update: { health: 'at_risk' }, schedule: {} });
    const narrative = field<HTMLTextAreaElement>(NARRATIVE);
    await typeInto(narrative, 'Legal slipped; @gra');
    await settle(250);
    await settle();
    expect(get).toHaveBeenCalledWith('/api/users', { q: 'gra', status: 'active', limit: 8 }, expect.anything());
    const options = document.querySelector('[role="listbox"][aria-label="People to mention"]');
    const grace = [...(options?.querySelectorAll('[role="option"]') ?? [])].find((o) =>
      o.textContent?.includes('Grace Hopper'),
    );
    expect(grace).toBeDefined();
    await click(grace!);
    await settle();
    expect(narrative.value).toBe(`Legal slipped; @[Grace Hopper](mention:${GRACE.id}) `);

    await submit();
    await settle();
    expect(post).toHaveBeenCalledWith('/api/roadmap/initiatives/initiative-1/updates', {
      health: 'on_track',
      body: `Legal slipped; @[Grace Hopper](mention:${GRACE.id}) `,
    });
  });

  it('asks for a narrative, and shows the server refusing it on the field', async () => {
    const narrative = field<HTMLTextAreaElement>(NARRATIVE);
    expect(narrative.required).toBe(true);
    await submit();
    expect(errorOf(narrative)).toBe('Say how it is going');
    expect(post).not.toHaveBeenCalled();

    post.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Invalid request',
        errors: [{ path: 'body.body', message: 'Use at most 20,000 characters' }],
      }),
    );
    await typeInto(narrative, 'All fine');
    expect(errorOf(narrative)).toBeNull();
    await click(button('Post update'));
    await settle();
    expect(errorOf(narrative)).toBe('Use at most 20,000 characters');
  });
});
