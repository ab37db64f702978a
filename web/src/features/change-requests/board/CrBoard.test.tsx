// @vitest-environment jsdom
import type { ChangeRequest, CrPage, CrSettings } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import { button, click, field, renderInApp, settle, typeInto, type Rendered } from '../../../test/render-in-app';
import { CrBoard } from './CrBoard';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const stage = (key: string, targetDays: number | null = 5) => ({
  key,
  lanes: ['fast', 'full'],
  requiredFields: [],
  signOffs: { roles: [], order: 'parallel' },
  targetDays,
});
const settings = {
  workflow: { stages: [stage('intake'), stage('scoping'), stage('drafting'), stage('closed', null)] },
  scoringModel: { exponents: { severity: 1, reach: 1, urgency: 1, effort: 1 } },
  formula: 'severity × reach × urgency ÷ effort',
  version: 1,
  updatedAt: null,
  abilities: { update: true },
} as unknown as CrSettings;

const blockers = { fields: [], signOffs: [], orderViolations: [], reasonMissing: false };
const cr = {
  id: 'cr-3',
  number: 3,
  title: 'Clarify credible threats',
  type: 'clarification',
  targetPolicy: { id: 'p1', slug: 'violent-speech', title: 'Violent Speech' },
  lane: 'full',
  laneReason: 'A clarification changes what the rule means: the full workflow',
  stage: 'scoping',
  stageDueOn: '2027-01-10',
  overdue: true,
  score: { value: 30, formula: 'severity × reach × urgency ÷ effort', worked: '4 × 3 × 5 ÷ 2 = 30' },
  owner: { id: 'u1', name: 'Priya Shah' },
  dueDate: '2027-03-01',
  version: 4,
  moves: [
    { to: 'drafting', allowed: false, blockers: { ...blockers, fields: ['dueDate'], message: 'It needs a due date' } },
    { to: 'rejected', allowed: false, blockers: { ...blockers, reasonMissing: true, message: 'Say why' } },
  ],
  abilities: { transition: true },
} as unknown as ChangeRequest;

const get = vi.mocked(api.get);
const post = vi.mocked(api.post);
let view: Rendered;

const columnOf = (number: number) =>
  document.querySelector(`[data-cr-card="${number}"]`)?.closest('section')?.querySelector('h2')?.textContent;

async function chooseMove(label: string) {
  await click(button('Move CR-3 to…'));
  await settle();
  const item = [...document.querySelectorAll('[role="menuitem"]')].find((i) => i.textContent?.startsWith(label));
  if (!item) throw new Error(`No menu item ${label}`);
  await click(item);
  await settle();
}

beforeEach(async () => {
  get.mockReset().mockImplementation(async (path: string) => {
    if (path === '/api/change-requests/settings') return settings;
    return { items: [cr], nextCursor: null } satisfies CrPage;
  });
  post.mockReset();
  view = await renderInApp(<CrBoard filters={{}} />);
  await settle();
});
afterEach(async () => view.unmount());

describe('the change-request board', () => {
  it('shows the workspace stages in order with the card, its lane, score and overdue flag', () => {
    const headings = [...document.querySelectorAll('section h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Intake', 'Scoping', 'Drafting', 'Closed', 'Rejected', 'Withdrawn']);
    expect(columnOf(3)).toBe('Scoping');
    const card = document.querySelector('[data-cr-card="3"]')!;
    expect(card.textContent).toContain('Violent Speech');
    expect(card.textContent).toContain('Overdue');
    expect(card.querySelector('[aria-label^="Full workflow: A clarification"]')).not.toBeNull();
  });

  it('explains a refused move with what is missing and puts the card back', async () => {
    post.mockRejectedValue(
      new ApiError({
        status: 409,
        code: 'CR_REQUIREMENTS_MISSING',
        title: 'Requirements missing',
        detail: 'CR-3 cannot leave Scoping yet: it needs a due date',
        errors: [{ path: 'requirements.fields.dueDate', message: 'Due date is required' }],
      }),
    );
    await chooseMove('Drafting');
    expect(post).toHaveBeenCalledWith('/api/change-requests/cr-3/transitions', { to: 'drafting', version: 4 });
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('CR-3 stays in Scoping: it cannot move to Drafting');
    expect(alert.textContent).toContain('it needs a due date');
    expect(alert.textContent).toContain('Due date is required');
    expect(columnOf(3)).toBe('Scoping');
  });

  it('asks a reason before rejecting, and sends it', async () => {
    post.mockResolvedValue({ ...cr, stage: 'rejected' });
    await chooseMove('Rejected');
    expect(post).not.toHaveBeenCalled();
    await click(button('Reject'));
    expect(post).not.toHaveBeenCalled();
    await typeInto(field<HTMLTextAreaElement>('Reason'), 'Covered by the new threats policy');
    await click(button('Reject'));
    await settle();
    expect(post).toHaveBeenCalledWith('/api/change-requests/cr-3/transitions', {
      to: 'rejected',
      version: 4,
      reason: 'Covered by the new threats policy',
    });
  });
});
