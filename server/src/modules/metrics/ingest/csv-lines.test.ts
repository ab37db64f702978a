import { describe, expect, it } from 'vitest';
import { CsvLines, CsvSyntaxError } from './csv-lines.js';

function readAll(text: string, chunkSize: number) {
  const reader = new CsvLines();
  const out: { record: string[]; line: number }[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...reader.push(text.slice(i, i + chunkSize)));
  out.push(...reader.end());
  return out;
}

describe('CsvLines', () => {
  const text = 'a,b,c\r\n1,"x, y",3\n\n"multi\nline","say ""hi""",\n4,5,6';

  it.each([1, 2, 3, 7, 1000])(
    'reads quoted fields, CRLF, blank lines and a last line without a break (chunks of %i)',
    (size) => {
      const records = readAll(text, size);
      expect(records.map((r) => r.record)).toEqual([
        ['a', 'b', 'c'],
        ['1', 'x, y', '3'],
        ['multi\nline', 'say "hi"', ''],
        ['4', '5', '6'],
      ]);
      expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    },
  );

  it('refuses an unclosed quote and text after a closing quote, with the line', () => {
    expect(() => readAll('a,b\n"open,2\n', 4)).toThrow(CsvSyntaxError);
    expect(() => readAll('a,b\n"x"y,2\n', 4)).toThrow('line 2: text follows a closing quote');
  });
});
