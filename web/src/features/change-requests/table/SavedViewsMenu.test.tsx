// @vitest-environment jsdom
import type { SavedView, SavedViewList } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import { button, click, field, renderInApp, settle, typeInto, type Rendered } from '../../../test/render-in-app';
import type { CrSearch } from '../cr-search';
import { SavedViewsMenu } from './SavedViewsMenu';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const view = (id: string, name: string, query: SavedView['query'], mine: boolean): SavedView => ({
  id,
  entity: 'change_requests',
  name,
  query,
  shared: !mine,
  owner: { id: mine ? 'me' : 'other', name: mine ? 'Me' : 'Lee Park' },
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
  version: 3,
  abilities: { update: mine, delete: mine },
});

const list: SavedViewList = {
  items: [
    view('v1', 'Fast drafts', { stage: 'drafting', lane: 'fast' }, true),
    view('v2', 'Legal queue', { source: 'legal', sort: 'due', order: 'asc' }, false),
  ],
  truncated: false,
};

const get = vi.mocked(api.get);
const post = vi.mocked(api.post);
const onApply = vi.fn();
let rendered: Rendered;

async function openMenu() {
  await click(document.querySelector('button[aria-haspopup="menu"]')!);
  await settle();
}
const item = (text: string) =>
  [...document.querySelectorAll('[role="menuitem"]')].find((i) => i.textContent?.startsWith(text))!;

async function render(search: CrSearch) {
  rendered = await renderInApp(<SavedViewsMenu search={search} onApply={onApply} />);
  await settle();
}

beforeEach(() => {
  get.mockReset().mockResolvedValue(list);
  post.mockReset().mockResolvedValue(list.items[0]);
  onApply.mockReset();
});
afterEach(async () => rendered.unmount());

describe('saved views of the change-request table', () => {
  it('names the view the filters match and applies another one on the table', async () => {
    await render({ tab: 'table', stage: 'drafting', lane: 'fast' });
    expect(document.body.textContent).toContain('View: Fast drafts');
    await openMenu();
    expect(item('Legal queue').textContent).toContain('by Lee Park');
    await click(item('Legal queue'));
    expect(onApply).toHaveBeenCalledWith({ source: 'legal', sort: 'due', order: 'asc', tab: 'table' });
  });

  it('saves the current filters and order, without the tab, under a name', async () => {
    await render({ tab: 'table', type: 'editorial', sort: 'score', order: 'desc' });
    await openMenu();
    await click(item('Save current filters'));
    await settle();
    await typeInto(field('Name'), 'Editorial by score');
    await click(button('Save view'));
    await settle();
    expect(post).toHaveBeenCalledWith('/api/saved-views', {
      entity: 'change_requests',
      name: 'Editorial by score',
      shared: false,
      query: { type: 'editorial', sort: 'score', order: 'desc' },
    });
  });
});
