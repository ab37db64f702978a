// @vitest-environment jsdom
import type { ChangeRequest, CrQueue, CrSettings } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import { button, click, field, renderInApp, settle, typeInto, type Rendered } from '../../../test/render-in-app';
import { CrQueueView } from './CrQueueView';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const entry = (number: number, rank: number, patch: Partial<ChangeRequest> = {}) =>
  ({
    id: `cr-${number}`,
    number,
    rank,
    title: `Change ${number}`,
    lane: 'full',
    laneReason: 'Full workflow',
    stage: 'intake',
    overdue: false,
    dueDate: null,
    score: { value: 30, formula: 'severity × reach × urgency ÷ effort', worked: '4 × 3 × 5 ÷ 2 = 30' },
    owner: { id: 'u1', name: 'Priya Shah' },
    manualPlacement: null,
    version: 2,
    abilities: { reorder: true },
    ...patch,
  }) as unknown as ChangeRequest;

const queue: CrQueue = {
  items: [
    entry(4, 1),
    entry(9, 2, {
      score: { value: null, formula: 'severity × reach × urgency ÷ effort', worked: 'not scored yet' },
      manualPlacement: {
        afterId: 'cr-4',
        reason: 'Ofcom deadline',
        by: { id: 'u2', name: 'Lee Park' },
        at: '2026-11-30T10:00:00Z',
      },
    }),
  ],
  lapsedPlacements: [],
};

const get = vi.mocked(api.get);
const post = vi.mocked(api.post);
let view: Rendered;

beforeEach(async () => {
  get
    .mockReset()
    .mockImplementation(async (path: string) =>
      path.endsWith('/settings') ? ({ formula: 'severity × reach × urgency ÷ effort' } as CrSettings) : queue,
    );
  post.mockReset().mockResolvedValue(queue.items[0]);
  view = await renderInApp(<CrQueueView />);
  await settle();
});
afterEach(async () => view.unmount());

describe('the intake queue', () => {
  it('shows rank, score with its sum, and a hand placement with its reason', () => {
    const rows = [...document.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('#1');
    expect(rows[0]).toContain('4 × 3 × 5 ÷ 2 = 30');
    expect(rows[1]).toContain('Placed by hand below CR-4');
    expect(rows[1]).toContain('“Ofcom deadline” — Lee Park');
    expect(rows[1]).toContain('not scored yet');
  });

  it('places a CR at the top only with a reason, sending its version', async () => {
    await click(button('Place CR-9 after…'));
    await settle();
    const where = field('Place after');
    await click(where);
    await settle();
    const top = [...document.querySelectorAll('[role="option"]')].find(
      (o) => o.textContent === 'At the top of the queue',
    );
    await click(top!);
    await click(button('Place'));
    await settle();
    expect(post).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('Say why it belongs there');
    await typeInto(field<HTMLTextAreaElement>('Reason'), 'Legal asked for it this week');
    await click(button('Place'));
    await settle();
    expect(post).toHaveBeenCalledWith('/api/change-requests/cr-9/placement', {
      version: 2,
      afterId: null,
      reason: 'Legal asked for it this week',
    });
  });
});
