// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api';
import { FakeXhr, lastXhr } from './fake-xhr';
import { metricImportOf } from './metric-import.fixture';
import { MetricUploadError, uploadMetricFile, type UploadProgress } from './upload-metric-file';

const file = new File(['date,policy\n2026-11-01,hate-speech\n'], 'nov.csv', { type: 'text/csv' });

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

describe('uploadMetricFile', () => {
  it('sends the file as the raw body with its content type, name, format and the CSRF header', async () => {
    const reply = uploadMetricFile({ file, fileName: 'nov 1.csv', format: 'csv', csrfToken: 'token-1' });
    const xhr = lastXhr();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/metrics/imports?fileName=nov+1.csv&format=csv');
    expect(xhr.headers).toMatchObject({ 'Content-Type': 'text/csv', 'X-CSRF-Token': 'token-1' });
    expect(xhr.body).toBe(file);
    xhr.respond(201, metricImportOf());
    await expect(reply).resolves.toMatchObject({ status: 201, metricImport: { state: 'completed' } });
  });

  it('sends NDJSON as application/x-ndjson and no CSRF header without a session token', async () => {
    const reply = uploadMetricFile({ file, fileName: 'nov.ndjson', format: 'ndjson', csrfToken: null });
    const xhr = lastXhr();
    expect(xhr.headers['Content-Type']).toBe('application/x-ndjson');
    expect(xhr.headers).not.toHaveProperty('X-CSRF-Token');
    xhr.respond(202, metricImportOf({ state: 'queued' }));
    await expect(reply).resolves.toMatchObject({ status: 202, metricImport: { state: 'queued' } });
  });

  it('reports the bytes sent as they go', async () => {
    const seen: UploadProgress[] = [];
    const reply = uploadMetricFile({
      file,
      fileName: 'nov.csv',
      format: 'csv',
      csrfToken: null,
      onProgress: (p) => seen.push(p),
    });
    lastXhr().progress(10, 40);
    lastXhr().progress(40, 40);
    lastXhr().respond(201, metricImportOf());
    await reply;
    expect(seen.slice(0, 2)).toEqual([
      { loaded: 10, total: 40 },
      { loaded: 40, total: 40 },
    ]);
  });

  it('rejects a refused file with its field errors, lines and the id of the rejected import', async () => {
    const reply = uploadMetricFile({ file, fileName: 'nov.csv', format: 'csv', csrfToken: null });
    lastXhr().respond(
      400,
      {
        type: 'about:blank',
        title: 'The request is invalid',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'body.qa_correct', message: 'is above qa_sampled', line: 3 }],
      },
      { 'x-metric-import-id': 'import-7', location: '/api/metrics/imports/import-7' },
    );
    const error = await reply.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetricUploadError);
    expect(error).toBeInstanceOf(ApiError);
    const refused = error as MetricUploadError;
    expect(refused.is('VALIDATION_FAILED')).toBe(true);
    expect(refused.importId).toBe('import-7');
    expect(refused.errors).toEqual([{ path: 'body.qa_correct', message: 'is above qa_sampled', line: 3 }]);
  });

  it('turns a reply that is not JSON into an error named by its status', async () => {
    const reply = uploadMetricFile({ file, fileName: 'nov.csv', format: 'csv', csrfToken: null });
    const xhr = lastXhr();
    xhr.status = 502;
    xhr.responseText = '<html>Bad gateway</html>';
    xhr.onload?.();
    await expect(reply).rejects.toMatchObject({ status: 502, code: 'INTERNAL', importId: null });
  });

  it('rejects with NETWORK_ERROR when the connection drops', async () => {
    const reply = uploadMetricFile({ file, fileName: 'nov.csv', format: 'csv', csrfToken: null });
    lastXhr().fail();
    await expect(reply).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('aborts the request when the signal aborts', async () => {
    const controller = new AbortController();
    const reply = uploadMetricFile({
      file,
      fileName: 'nov.csv',
      format: 'csv',
      csrfToken: null,
      signal: controller.signal,
    });
    controller.abort();
    await expect(reply).rejects.toMatchObject({ name: 'AbortError' });
    expect(lastXhr().aborted).toBe(true);
  });
});
