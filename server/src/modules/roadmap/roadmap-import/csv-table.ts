// CSV as RFC 4180 has it (quoted fields with commas, quotes and line breaks; CRLF or LF; a UTF-8
// BOM), read by csv-parse, with the line each record starts on: the line a user finds in a text
// editor, which is what a row error names (a spreadsheet's row number differs once a cell holds a
// line break). Blank records (every cell empty, like the ",," preamble of a Google-Sheets export)
// are left out; the lines still count.

import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRow {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
}

export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

const NEWLINE = 0x0a;

/** Every non-blank record with its starting line, or the line where the file stops being CSV. */
export function readCsvTable(input: string | Uint8Array): CsvTable {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
  let records: { record: string[]; info: { bytes: number } }[];
  // Where the last good record ended: a record that fails to parse starts there.
  let parsedTo = 0;
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record, context) => {
        parsedTo = context.bytes;
        return record;
      },
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    if (error instanceof CsvError)
      // csv-parse's own "at line N" counts CRLF twice; the line is worked out from the offset instead.
      return { ok: false, line: lineAt(bytes, parsedTo), message: error.message.replace(/\s+at line \d+/, '') };
    throw error;
  }
  const rows: CsvRow[] = [];
  // info.bytes is where each record ends (after its line break): the next one starts there.
  let offset = 0;
  let line = 1;
  for (const { record, info } of records) {
    if (record.some((cell) => cell.trim() !== '')) rows.push({ line, cells: record });
    for (let at = offset; at < info.bytes; at++) if (bytes[at] === NEWLINE) line++;
    offset = info.bytes;
  }
  return { ok: true, rows };
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at++) if (bytes[at] === NEWLINE) line++;
  return line;
}
