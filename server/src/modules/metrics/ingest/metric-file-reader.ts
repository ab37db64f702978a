import { METRIC_COLUMNS, type MetricImportFormat, type MetricImportProblem } from '@policyops/contracts';
import { CsvLines, CsvSyntaxError } from './csv-lines.js';

/** One data row of a file: its line (1-based; the CSV header is line 1) and its cells by column. */
export interface FileRecord {
  line: number;
  cells: Record<string, unknown>;
}

/** The file cannot be read as rows at all (wrong type, encoding, header): a report at line 0 or 1. */
export class FileProblem extends Error {
  constructor(readonly problem: MetricImportProblem) {
    super(problem.message);
  }
}

const REQUIRED = METRIC_COLUMNS.filter((c) => c !== 'median_hours_to_action' && c !== 'p90_hours_to_action');
const KNOWN = new Set<string>(METRIC_COLUMNS);

/**
 * Decodes the byte stream as UTF-8, refusing invalid sequences and binary content (a NUL byte), and
 * yields text chunks: the check runs as the file streams, so a bad file is refused without reading it whole.
 */
async function* utf8Text(bytes: AsyncIterable<Buffer>, what: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for await (const chunk of bytes) {
    if (chunk.includes(0))
      throw new FileProblem({ line: 0, field: null, message: `${what} is binary, not a text file` });
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new FileProblem({ line: 0, field: null, message: `${what} is not UTF-8 text` });
    }
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new FileProblem({ line: 0, field: null, message: `${what} is not UTF-8 text` });
  }
}

/** The rows of a CSV or NDJSON file, read as a stream. Throws FileProblem when it is not such a file. */
export function readMetricFile(
  bytes: AsyncIterable<Buffer>,
  format: MetricImportFormat,
  what: string,
): AsyncGenerator<FileRecord> {
  return format === 'csv' ? readCsv(bytes, what) : readNdjson(bytes, what);
}

async function* readCsv(bytes: AsyncIterable<Buffer>, what: string): AsyncGenerator<FileRecord> {
  const reader = new CsvLines();
  let header: string[] | null = null;
  let opening = '';
  function* records(found: Iterable<{ record: string[]; line: number }>): Generator<FileRecord> {
    for (const { record, line } of found) {
      if (!header) {
        header = checkHeader(record, what);
        continue;
      }
      if (record.length !== header.length) {
        yield { line, cells: { __columns: `has ${record.length} cells; the header has ${header.length}` } };
        continue;
      }
      const cells: Record<string, unknown> = {};
      for (let i = 0; i < header.length; i++) cells[header[i]!] = record[i];
      yield { line, cells };
    }
  }
  try {
    for await (let text of utf8Text(bytes, what)) {
      if (!opening) {
        text = text.replace(/^\uFEFF/, '');
        opening = text.trimStart().slice(0, 1);
      }
      yield* records(reader.push(text));
    }
    yield* records(reader.end());
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (!header && (opening === '{' || opening === '[')) throw looksLikeJson(what);
    throw new FileProblem({ line: error.line, field: null, message: `${what} is not valid CSV: ${error.message}` });
  }
  if (!header) throw new FileProblem({ line: 0, field: null, message: `${what} is empty: it needs a header and rows` });
}

const looksLikeJson = (what: string) =>
  new FileProblem({
    line: 0,
    field: null,
    message: `${what} looks like JSON, not CSV (send NDJSON as application/x-ndjson)`,
  });

function checkHeader(record: string[], what: string): string[] {
  const first = record[0] ?? '';
  if (first.startsWith('{') || first.startsWith('[')) throw looksLikeJson(what);
  const header = record.map((c) => c.trim().toLowerCase());
  const unknown = header.filter((c) => !KNOWN.has(c));
  if (unknown.length)
    throw new FileProblem({
      line: 1,
      field: null,
      message: `Unknown columns: ${unknown.join(', ')} (the template lists the columns)`,
    });
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length)
    throw new FileProblem({ line: 1, field: null, message: `Missing columns: ${missing.join(', ')}` });
  return header;
}

async function* readNdjson(bytes: AsyncIterable<Buffer>, what: string): AsyncGenerator<FileRecord> {
  let line = 0;
  let rest = '';
  let seenRow = false;
  function* rows(text: string): Generator<FileRecord> {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      line += 1;
      const record = recordOf(text.slice(start, end), line);
      start = end + 1;
      if (record) yield record;
    }
    rest = text.slice(start);
  }
  function recordOf(raw: string, at: number): FileRecord | null {
    const source = (at === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!source) return null;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      if (!seenRow)
        throw new FileProblem({
          line: 0,
          field: null,
          message: `${what} is not NDJSON: line ${at} is not a JSON object`,
        });
      return { line: at, cells: { __json: 'is not valid JSON' } };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (!seenRow)
        throw new FileProblem({
          line: 0,
          field: null,
          message: `${what} is not NDJSON: line ${at} is not a JSON object`,
        });
      return { line: at, cells: { __json: 'is not a JSON object' } };
    }
    seenRow = true;
    return { line: at, cells: value as Record<string, unknown> };
  }
  for await (const text of utf8Text(bytes, what)) yield* rows(rest + text);
  if (rest.trim()) {
    line += 1;
    const record = recordOf(rest, line);
    if (record) yield record;
  }
  if (!seenRow) throw new FileProblem({ line: 0, field: null, message: `${what} is empty: it has no rows` });
}
