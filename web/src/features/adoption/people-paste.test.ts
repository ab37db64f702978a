import { describe, expect, it } from 'vitest';
import { parsePastedPeople, toCsv } from './people-paste';

describe('parsePastedPeople', () => {
  it('reads names with and without an e-mail, skipping blank lines', () => {
    const { people, problems } = parsePastedPeople('Ana Ruiz <Ana@Vendor.example>\n\n  Bo Chen  \nc@site.example\n');
    expect(problems).toEqual([]);
    expect(people).toEqual([
      { name: 'Ana Ruiz', email: 'ana@vendor.example' },
      { name: 'Bo Chen', email: null },
      { name: 'c@site.example', email: 'c@site.example' },
    ]);
  });

  it('reports malformed lines and repeated e-mails with their line numbers', () => {
    const { people, problems } = parsePastedPeople('A <a@x.example>\nB <not-an-email>\nC <A@x.example>\nD');
    expect(people.map((p) => p.name)).toEqual(['A', 'D']);
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('toCsv', () => {
  it('quotes commas and quotes and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=1+1']])).toBe('"a,b","say ""hi""",\'=1+1\r\n');
  });
});
