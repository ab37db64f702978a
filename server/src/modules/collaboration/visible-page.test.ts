import { describe, expect, it } from 'vitest';
import { decodeCursor, visiblePage, type Cursor } from './visible-page.js';

const rows = Array.from({ length: 1200 }, (_, i) => ({
  id: String(i).padStart(5, '0'),
  created_at: '2026-01-01T00:00:00.000Z',
  entity_type: 'policy',
  entity_id: i % 3 === 0 ? 'open' : 'secret',
}));
const fetchAfter = (source: typeof rows) => async (after: Cursor | null, take: number) =>
  source.filter((r) => !after || r.id > after.id).slice(0, take);
const onlyOpen = async () =>
  new Map([['policy:open', { type: 'policy' as const, id: 'open', title: 'Open', href: '/policies/open' }]]);

describe('visiblePage', () => {
  it('fills a page from several batches, skipping rows the viewer may not see', async () => {
    const page = await visiblePage(fetchAfter(rows), onlyOpen, 40, null);
    expect(page.items).toHaveLength(40);
    expect(page.items.every((i) => i.row.entity_id === 'open')).toBe(true);
    const next = await visiblePage(fetchAfter(rows), onlyOpen, 40, decodeCursor(page.nextCursor!));
    expect(next.items[0]!.row.id).toBe('00120');
  });

  it('returns a short page with a cursor when the scan limit is hit, and no cursor at the end', async () => {
    const hidden = rows.map((r, i) => ({ ...r, entity_id: i === 1100 ? 'open' : 'secret' }));
    const first = await visiblePage(fetchAfter(hidden), onlyOpen, 10, null);
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const found: string[] = [];
    let cursor = first.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = await visiblePage(fetchAfter(hidden), onlyOpen, 10, decodeCursor(cursor));
      found.push(...page.items.map((i) => i.row.id));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(found).toEqual(['01100']);
    expect(pages).toBe(3);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(/cursor/);
  });
});
