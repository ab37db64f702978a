import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv, type ChartColumn } from './chart-export';

interface Row {
  market: string;
  value: number | null;
}
const columns: ChartColumn<Row>[] = [
  { label: 'Market', value: (row) => row.market },
  { label: 'Overturn rate (%)', value: (row) => row.value },
];

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per row, numbers unformatted and missing values empty', () => {
    expect(
      toCsv(columns, [
        { market: 'DE', value: 12.4 },
        { market: 'FR', value: null },
        { market: 'ES', value: -0.5 },
      ]),
    ).toBe('Market,Overturn rate (%)\r\nDE,12.4\r\nFR,\r\nES,-0.5\r\n');
  });

  it('quotes fields with a comma, a quote or a line break and doubles the quotes (RFC 4180)', () => {
    expect(toCsv(columns, [{ market: 'Korea, Republic of', value: 1 }])).toContain('"Korea, Republic of",1');
    expect(toCsv(columns, [{ market: 'The "new" market', value: 1 }])).toContain('"The ""new"" market",1');
    expect(toCsv(columns, [{ market: 'two\nlines', value: 1 }])).toContain('"two\nlines",1');
  });

  it('writes text a spreadsheet would run as a formula as text', () => {
    expect(toCsv(columns, [{ market: '=HYPERLINK("x")', value: 1 }])).toContain(`"'=HYPERLINK(""x"")",1`);
    expect(toCsv(columns, [{ market: '@SUM(A1)', value: 1 }])).toContain("'@SUM(A1),1");
  });

  it('writes only the header when there are no rows, and an empty cell for a non-finite number', () => {
    expect(toCsv(columns, [])).toBe('Market,Overturn rate (%)\r\n');
    expect(toCsv(columns, [{ market: 'DE', value: Number.NaN }])).toBe('Market,Overturn rate (%)\r\nDE,\r\n');
  });
});

describe('exportFileName', () => {
  const day = new Date('2026-12-01T23:30:00Z');
  it('names the file after the title and the UTC day', () => {
    expect(exportFileName('Overturn rate · Hate speech', 'png', day)).toBe('overturn-rate-hate-speech-2026-12-01.png');
    expect(exportFileName('Overturn rate by market', 'csv', day)).toBe('overturn-rate-by-market-2026-12-01.csv');
  });

  it('drops accents and punctuation and falls back to "chart" for a title with no letters', () => {
    expect(exportFileName('Prévalence — Deutschland (DE)', 'csv', day)).toBe(
      'prevalence-deutschland-de-2026-12-01.csv',
    );
    expect(exportFileName('—', 'png', day)).toBe('chart-2026-12-01.png');
  });

  it('keeps long titles to 80 characters without a trailing dash', () => {
    const name = exportFileName(`${'a'.repeat(79)} b`, 'csv', day);
    expect(name).toBe(`${'a'.repeat(79)}-2026-12-01.csv`);
  });
});
