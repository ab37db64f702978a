// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import { button, click, renderInApp, settle, type Rendered } from '../../../test/render-in-app';
import { ImportHistory } from './ImportHistory';
import { metricImportOf } from './metric-import.fixture';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const get = vi.mocked(api.get);
const onOpen = vi.fn();
let view: Rendered | null = null;

beforeEach(() => {
  get.mockReset();
  onOpen.mockReset();
});
afterEach(async () => {
  await view?.unmount();
  view = null;
});

const fileNames = () => [...document.querySelectorAll('tbody tr button')].map((b) => b.textContent);

describe('ImportHistory', () => {
  it('says there are no imports yet', async () => {
    get.mockResolvedValue({ items: [], nextCursor: null });
    view = await renderInApp(<ImportHistory onOpen={onOpen} />);
    await settle();
    expect(document.body.textContent).toContain('No imports yet');
    expect(document.querySelector('table')).toBeNull();
  });

  it('lists imports with who, state and counts, loads the next page by cursor and opens one', async () => {
    const rejected = metricImportOf({ id: 'b', fileName: 'bad.csv', state: 'rejected', rows: 40, problemCount: 3 });
    const older = metricImportOf({ id: 'a', fileName: null, source: 'api', format: 'ndjson' });
    get
      .mockResolvedValueOnce({ items: [rejected], nextCursor: 'cursor-2' })
      .mockResolvedValueOnce({ items: [older], nextCursor: null });
    view = await renderInApp(<ImportHistory onOpen={onOpen} />);
    await settle();
    expect(get).toHaveBeenLastCalledWith('/api/metrics/imports', { limit: 20, cursor: undefined }, expect.anything());
    const cells = [...document.querySelectorAll('tbody tr td')].map((c) => c.textContent);
    expect(cells[0]).toContain('bad.csv');
    expect(cells.slice(1)).toEqual(['Ada Admin', expect.any(String), 'Rejected', '40', '3']);

    await click(button('Load more'));
    await settle();
    expect(get).toHaveBeenLastCalledWith('/api/metrics/imports', { limit: 20, cursor: 'cursor-2' }, expect.anything());
    expect(fileNames()).toEqual(['bad.csv', 'Sent by the ingest API']);
    expect(() => button('Load more')).toThrow();

    await click(button('bad.csv'));
    expect(onOpen).toHaveBeenCalledWith(rejected);
  });
});
