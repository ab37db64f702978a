// @vitest-environment jsdom
import type { MetricHeatMap } from '@policyops/contracts';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import { renderInApp, settle, type Rendered } from '../../../test/render-in-app';
import { useCan } from '../../auth';
import { MetricsOverview } from './MetricsOverview';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));
vi.mock('../../auth', () => ({ useCan: vi.fn() }));
vi.mock('@tanstack/react-router', () => ({ useNavigate: () => vi.fn() }));
// Links as plain anchors: the overview is tested without a router.
vi.mock('../../../ui/router-links', () => {
  const link = ({ to, params, children }: { to: string; params?: Record<string, string>; children: ReactNode }) => (
    <a href={to.replace(/\$(\w+)/g, (_, name: string) => params?.[name] ?? '')}>{children}</a>
  );
  return { AnchorLink: link, ButtonLink: link };
});

const get = vi.mocked(api.get);
const can = vi.mocked(useCan);
let view: Rendered;

const figure = (value: number) => ({ value, lower: null, upper: null, numerator: null, denominator: 1000 });
const heatMap: MetricHeatMap = {
  metrics: ['overturn_rate', 'accuracy'],
  rows: [
    {
      policy: { id: 'p1', slug: 'hate-speech', title: 'Hate speech', restricted: false },
      launch: { versionId: 'v2', label: '2.0', effectiveDate: '2026-03-04' },
      before: { from: '2026-02-04', to: '2026-03-03' },
      after: { from: '2026-03-04', to: '2026-03-31' },
      cells: [
        { metric: 'overturn_rate', previous: figure(10), current: figure(8), change: -2, relativeChange: -0.2 },
        { metric: 'accuracy', previous: figure(90), current: figure(88), change: -2, relativeChange: -0.022 },
      ],
    },
    {
      policy: { id: 'p2', slug: 'spam', title: 'Spam', restricted: true },
      launch: null,
      before: null,
      after: null,
      cells: [],
    },
  ],
};

const cells = () =>
  [...document.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => [...cell.querySelectorAll('p')].map((p) => p.textContent).join(' ')),
  );

beforeEach(() => {
  get.mockReset();
  can.mockReset().mockReturnValue(true);
});
afterEach(async () => {
  await view.unmount();
});

describe('MetricsOverview', () => {
  it('shows each policy’s change since its launch with arrow and value, and links the row to its dashboard', async () => {
    get.mockResolvedValue(heatMap);
    view = await renderInApp(<MetricsOverview />);
    await settle();
    expect(get).toHaveBeenCalledWith('/api/metrics/heat-map', undefined, expect.anything());
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Policy and launch compared',
      'Overturn rate',
      'Accuracy',
    ]);
    expect(cells()).toEqual([
      ['↓ −2.0 pts 8.0%', '↓ −2.0 pts 88.0%'],
      ['', ''],
    ]);
    const firstRow = document.querySelector('tbody tr')!;
    expect(firstRow.querySelector('a')?.getAttribute('href')).toBe('/metrics/policies/hate-speech');
    expect(firstRow.textContent).toContain('Version 2.0, in force Mar 4, 2026');
    expect(firstRow.textContent).toContain('Overturn rate fell 2.0 points: better');
    expect(firstRow.textContent).toContain('Accuracy fell 2.0 points: worse');
    expect(document.body.textContent).toContain('No launch with data before and after · Restricted');
    expect(document.body.textContent).toContain('Accuracy: no launch to compare');
    expect(document.body.textContent).toContain('Better (large change)');
  });

  it('says how data arrives when there is none, linking to Metric imports for those who may import', async () => {
    get.mockResolvedValue({ metrics: ['overturn_rate'], rows: [] });
    view = await renderInApp(<MetricsOverview />);
    await settle();
    expect(document.querySelector('h2')?.textContent).toBe('No metric data yet');
    expect(document.body.textContent).toContain('Figures arrive as daily rows per policy');
    expect(document.querySelector('a[href="/metrics/imports"]')).not.toBeNull();
  });

  it('asks those who may not import to ask someone who may', async () => {
    can.mockReturnValue(false);
    get.mockResolvedValue({ metrics: ['overturn_rate'], rows: [] });
    view = await renderInApp(<MetricsOverview />);
    await settle();
    expect(document.querySelector('a[href="/metrics/imports"]')).toBeNull();
    expect(document.body.textContent).toContain('Ask a program manager or an admin to import the first file.');
  });
});
