// @vitest-environment jsdom
import { useState, type ReactNode } from 'react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import { click, renderInApp, settle, type Rendered } from '../../../test/render-in-app';
import { FakeXhr, lastXhr } from './fake-xhr';
import { metricImportOf } from './metric-import.fixture';
import { MetricImportFlow } from './MetricImportFlow';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));
// The completed result links to the dashboards; no router is needed to render a link.
vi.mock('../../../ui/router-links', () => ({
  ButtonLink: ({ children, to }: { children: ReactNode; to: string }) => <a href={to}>{children}</a>,
  AnchorLink: ({ children, to }: { children: ReactNode; to: string }) => <a href={to}>{children}</a>,
}));

function Flow() {
  const [importId, setImportId] = useState<string | null>(null);
  return <MetricImportFlow importId={importId} onImportChange={setImportId} />;
}

const get = vi.mocked(api.get);
let view: Rendered;

async function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  await act(async () => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const progressValue = (label: string) =>
  document.querySelector(`[role=progressbar][aria-label="${label}"]`)?.getAttribute('aria-valuenow');

beforeEach(async () => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  get.mockReset();
  view = await renderInApp(<Flow />);
});
afterEach(async () => {
  await view.unmount();
  vi.unstubAllGlobals();
});

describe('MetricImportFlow', () => {
  it('shows the upload progress, then polls the queued job until it completes with its counts', async () => {
    const file = new File(['x'.repeat(4000)], 'two-years.csv');
    await choose(file);
    expect(lastXhr().headers['Content-Type']).toBe('text/csv');
    expect(document.querySelector<HTMLInputElement>('input[type=file]')!.disabled).toBe(true);

    await act(async () => lastXhr().progress(1000, 4000));
    expect(progressValue('Upload progress')).toBe('25');
    expect(document.body.textContent).toContain('Uploading: 25%');

    get
      .mockResolvedValueOnce(
        metricImportOf({ state: 'validating', progress: { rowsRead: 60, rowsWritten: 0, fraction: 0.5 } }),
      )
      .mockResolvedValue(metricImportOf({ state: 'completed', fileName: 'two-years.csv' }));
    await act(async () =>
      lastXhr().respond(
        202,
        metricImportOf({
          state: 'queued',
          fileName: 'two-years.csv',
          progress: { rowsRead: 0, rowsWritten: 0, fraction: 0 },
        }),
      ),
    );
    await settle();
    // The first read of the job (on showing it) finds it checking rows half-way.
    expect(document.querySelector('[data-testid=job-progress]')).not.toBeNull();
    expect(progressValue('Import progress')).toBe('50');
    expect(document.body.textContent).toContain('Checking rows');
    expect(document.body.textContent).toContain('60 rows checked');

    await settle(900);
    expect(get).toHaveBeenCalledWith('/api/metrics/imports/01JD0000000000000000000001', undefined, expect.anything());
    const done = document.querySelector('[data-testid=import-completed]');
    expect(done?.textContent).toContain('Imported two-years.csv');
    expect(done?.textContent).toMatch(/Rows120/);
    expect(done?.textContent).toMatch(/New100/);
    expect(done?.textContent).toMatch(/Replaced20/);
    expect(done?.textContent).toMatch(/Days covered30/);
    expect(done?.querySelector('a[href="/metrics"]')).not.toBeNull();
    expect(document.querySelector<HTMLInputElement>('input[type=file]')!.disabled).toBe(false);

    // Finished: no more polling.
    const calls = get.mock.calls.length;
    await settle(900);
    expect(get.mock.calls.length).toBe(calls);
  });

  it('shows the report of a rejected file from the recorded import', async () => {
    get.mockResolvedValue(
      metricImportOf({
        state: 'rejected',
        fileName: 'bad.csv',
        problems: [{ line: 4, field: 'market', message: 'Unknown market ZZ' }],
        // The record knows the full count; the 400 lists only the problems it carries.
        problemCount: 250,
      }),
    );
    await choose(new File(['date\n'], 'bad.csv'));
    await act(async () =>
      lastXhr().respond(
        400,
        {
          status: 400,
          code: 'VALIDATION_FAILED',
          title: 'Invalid rows',
          errors: [{ path: 'body.market', message: 'Unknown market ZZ', line: 4 }],
        },
        { 'X-Metric-Import-Id': '01JD0000000000000000000001' },
      ),
    );
    await settle();
    const report = document.querySelector('[data-testid=validation-report]');
    expect(get).toHaveBeenCalledWith('/api/metrics/imports/01JD0000000000000000000001', undefined, expect.anything());
    expect(report?.textContent).toContain('bad.csv was rejected: 250 problems');
    expect(report?.textContent).toContain('Showing the first 1 of 250 problems.');
    expect(report?.textContent).toContain('Unknown market ZZ');
    expect(report?.textContent).toContain('Nothing was written. Fix the rows and upload the file again.');
  });

  it('builds the report from the field errors when the refusal carries no import', async () => {
    await choose(new File(['{}\n'], 'bad.ndjson'));
    expect(lastXhr().headers['Content-Type']).toBe('application/x-ndjson');
    await act(async () =>
      lastXhr().respond(400, {
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Invalid rows',
        errors: [{ path: 'body.date', message: 'Not a date', line: 1 }],
      }),
    );
    await settle();
    expect(get).not.toHaveBeenCalled();
    const cells = [...document.querySelectorAll('[data-testid=validation-report] td')].map((c) => c.textContent);
    expect(cells).toEqual(['1', 'dateDate', 'Not a date']);
  });

  it('offers to send the same file again when the upload failed', async () => {
    await choose(new File(['date\n'], 'nov.csv'));
    await act(async () => lastXhr().fail());
    await settle();
    expect(document.body.textContent).toContain("Can't reach PolicyOps");
    const retry = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Retry');
    expect(retry).toBeDefined();
    await click(retry!);
    expect(FakeXhr.sent).toHaveLength(2);
    expect(FakeXhr.sent[1]?.body).toBe(FakeXhr.sent[0]?.body);
  });

  it('refuses a file of another type before sending anything', async () => {
    await choose(new File(['x'], 'metrics.xlsx'));
    expect(FakeXhr.sent).toHaveLength(0);
    expect(document.querySelector('[role=alert]')?.textContent).toContain(
      'metrics.xlsx is not a .csv, .ndjson or .jsonl file',
    );
  });
});
