import type { MetricImport, MetricImportFormat, Problem } from '@policyops/contracts';
import { ApiError } from '../../../lib/api';
import { contentTypeOf } from './import-format';

export const METRIC_IMPORTS_PATH = '/api/metrics/imports';

/** Bytes of the file sent so far, for the upload's progress bar. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadMetricFileOptions {
  file: Blob;
  fileName: string;
  format: MetricImportFormat;
  /** The session's CSRF token, sent as the API client sends it on every unsafe request. */
  csrfToken: string | null;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** 201: a small file, imported (or rejected) within the request; 202: a large one, queued as a job. */
export interface UploadReply {
  status: number;
  metricImport: MetricImport;
}

/** A refused upload: the API's problem, plus the id of the import the server recorded, if it did. */
export class MetricUploadError extends ApiError {
  readonly importId: string | null;

  constructor(problem: ConstructorParameters<typeof ApiError>[0], importId: string | null) {
    super(problem);
    this.name = 'MetricUploadError';
    this.importId = importId;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The server names the rejected import in a header (and its Location); older replies put it in the body. */
function importIdOf(xhr: XMLHttpRequest, body: Record<string, unknown>): string | null {
  const header = xhr.getResponseHeader('X-Metric-Import-Id');
  if (header) return header;
  return typeof body.importId === 'string' ? body.importId : null;
}

function errorOf(xhr: XMLHttpRequest): MetricUploadError {
  const body = parseJson(xhr.responseText);
  if (body && typeof body === 'object') {
    const problem = body as Partial<Problem> & Record<string, unknown>;
    return new MetricUploadError(
      {
        ...problem,
        status: problem.status ?? xhr.status,
        code: problem.code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST'),
        title: problem.title ?? `The upload failed (${xhr.status})`,
      },
      importIdOf(xhr, problem),
    );
  }
  const serverSide = xhr.status >= 500;
  return new MetricUploadError(
    {
      status: xhr.status,
      code: serverSide ? 'INTERNAL' : xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
      title: serverSide ? 'Something went wrong on our side' : `The upload failed (${xhr.status})`,
      requestId: xhr.getResponseHeader('x-request-id') ?? undefined,
    },
    null,
  );
}

/**
 * Sends a metric file as the raw request body. XMLHttpRequest rather than fetch: only it reports
 * upload progress, which a file of millions of rows needs. Resolves with the import the server
 * recorded; rejects with MetricUploadError (VALIDATION_FAILED for invalid rows, CSRF_TOKEN_INVALID,
 * PAYLOAD_TOO_LARGE, NETWORK_ERROR) or an AbortError when the signal aborts.
 */
export function uploadMetricFile(options: UploadMetricFileOptions): Promise<UploadReply> {
  const { file, fileName, format, csrfToken, onProgress, signal } = options;
  return new Promise<UploadReply>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName, format });
    xhr.open('POST', `${METRIC_IMPORTS_PATH}?${query.toString()}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', contentTypeOf(format));
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);

    xhr.upload.onprogress = (event) => {
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        const body = parseJson(xhr.responseText);
        if (body && typeof body === 'object' && 'id' in body) {
          onProgress?.({ loaded: file.size, total: file.size });
          resolve({ status: xhr.status, metricImport: body as MetricImport });
          return;
        }
        reject(
          new MetricUploadError(
            { status: xhr.status, code: 'UNEXPECTED_RESPONSE', title: 'The server sent an unexpected reply' },
            null,
          ),
        );
        return;
      }
      reject(errorOf(xhr));
    };
    xhr.onerror = () =>
      reject(
        new MetricUploadError(
          {
            status: 0,
            code: 'NETWORK_ERROR',
            title: "Can't reach PolicyOps",
            detail: 'The upload was interrupted. Check your connection and upload the file again.',
          },
          null,
        ),
      );
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));

    if (signal) {
      if (signal.aborted) {
        // An XMLHttpRequest not yet sent fires no abort event.
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}
