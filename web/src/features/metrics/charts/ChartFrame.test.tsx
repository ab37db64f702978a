// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../../lib/save-file';
import { button, click, renderInApp, type Rendered } from '../../../test/render-in-app';
import { ChartFrame } from './ChartFrame';

vi.mock('../../../lib/save-file', () => ({ saveFile: vi.fn() }));

let view: Rendered;
afterEach(async () => {
  await view.unmount();
  vi.mocked(saveFile).mockReset();
});

const rows = [
  { market: 'DE', value: 12.4 },
  { market: 'Korea, Republic of', value: null },
];
const columns = [
  { label: 'Market', value: (row: (typeof rows)[number]) => row.market },
  {
    label: 'Overturn rate (%)',
    value: (row: (typeof rows)[number]) => row.value,
    display: (row: (typeof rows)[number]) => (row.value === null ? '—' : `${row.value}%`),
  },
  { label: 'Appeals', value: () => 200, csvOnly: true },
];

describe('ChartFrame', () => {
  it('gives the chart a heading and its data as a table screen readers read, shown on request', async () => {
    view = await renderInApp(
      <ChartFrame title="Overturn rate by market" columns={columns} rows={rows}>
        <svg className="recharts-surface" />
      </ChartFrame>,
    );
    expect(document.querySelector('h3')?.textContent).toBe('Overturn rate by market');
    const cells = () => [...document.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells()).toEqual(['DE', '12.4%', 'Korea, Republic of', '—']);
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Market',
      'Overturn rate (%)',
    ]);
    expect(document.querySelector('caption')?.textContent).toBe('Overturn rate by market: the data of the chart');
    await click(button('Show table'));
    expect(button('Hide table').getAttribute('aria-pressed')).toBe('true');
    expect(cells()).toHaveLength(4);
  });

  it('downloads the data as CSV named after the title', async () => {
    view = await renderInApp(
      <ChartFrame title="Overturn rate by market" columns={columns} rows={rows}>
        <svg className="recharts-surface" />
      </ChartFrame>,
    );
    await click(button('Download Overturn rate by market'));
    const item = [...document.querySelectorAll('[role="menuitem"]')].find((el) => el.textContent === 'Download CSV');
    await click(item!);
    const [blob, name] = vi.mocked(saveFile).mock.calls[0]!;
    expect(name).toMatch(/^overturn-rate-by-market-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blob.text()).toBe('Market,Overturn rate (%),Appeals\r\nDE,12.4,200\r\n"Korea, Republic of",,200\r\n');
  });
});
