import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csv-table.js';

describe('readCsvTable', () => {
  it('gives each record the line it starts on, across quoted line breaks, CRLF, a BOM and blank lines', () => {
    const table = readCsvTable('\uFEFFa,b\r\n1,"x\r\ny, ""z"""\r\n\r\n,\r\n2,Σ\r\n');
    expect(table).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', 'x\r\ny, "z"'] },
        { line: 6, cells: ['2', 'Σ'] },
      ],
    });
  });

  it('names the line of a record that does not parse', () => {
    const table = readCsvTable('a,b\n1,2\n\n"open,3\n4,5\n');
    expect(table).toMatchObject({ ok: false, line: 4 });
    expect(table.ok ? '' : table.message).not.toMatch(/at line/);
  });
});
