import { describe, expect, it } from 'vitest';
import { contentTypeOf, fileProblemOf, inferMetricFormat } from './import-format';

describe('inferMetricFormat', () => {
  it('reads CSV from .csv in any case', () => {
    expect(inferMetricFormat('metrics-2026-11.csv')).toBe('csv');
    expect(inferMetricFormat('EXPORT.CSV')).toBe('csv');
  });

  it('reads NDJSON from .ndjson and .jsonl', () => {
    expect(inferMetricFormat('daily.ndjson')).toBe('ndjson');
    expect(inferMetricFormat('daily.JSONL')).toBe('ndjson');
  });

  it('refuses other and missing extensions, looking only at the last one', () => {
    expect(inferMetricFormat('metrics.xlsx')).toBeNull();
    expect(inferMetricFormat('metrics.csv.gz')).toBeNull();
    expect(inferMetricFormat('csv')).toBeNull();
    expect(inferMetricFormat('')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('sends the media type the server reads each format by', () => {
    expect(contentTypeOf('csv')).toBe('text/csv');
    expect(contentTypeOf('ndjson')).toBe('application/x-ndjson');
  });
});

describe('fileProblemOf', () => {
  it('names the file and the extensions it accepts', () => {
    expect(fileProblemOf({ name: 'report.pdf', size: 10 })).toMatch(/report\.pdf is not a \.csv, \.ndjson or \.jsonl/);
  });

  it('refuses an empty file', () => {
    expect(fileProblemOf({ name: 'empty.csv', size: 0 })).toMatch(/empty\.csv is empty/);
  });

  it('accepts a non-empty metric file', () => {
    expect(fileProblemOf({ name: 'ok.ndjson', size: 120 })).toBeNull();
  });
});
