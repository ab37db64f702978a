import { describe, expect, it } from 'vitest';
import { dateParam, definedOnly, statusParam, textParam } from './url-params';

describe('query-string values', () => {
  it('keeps trimmed text within its limit', () => {
    expect(textParam(' hate ', 10)).toBe('hate');
    expect(textParam('   ', 10)).toBeUndefined();
    expect(textParam('x'.repeat(11), 10)).toBeUndefined();
    expect(textParam(3, 10)).toBeUndefined();
  });

  it('keeps only calendar dates and known statuses', () => {
    expect(dateParam('2024-06-01')).toBe('2024-06-01');
    expect(dateParam('yesterday')).toBeUndefined();
    expect(statusParam('live')).toBe('live');
    expect(statusParam('published')).toBeUndefined();
  });

  it('leaves out what was dropped', () => {
    expect(definedOnly({ q: 'x', status: undefined })).toEqual({ q: 'x' });
    expect(Object.keys(definedOnly({ a: undefined }))).toEqual([]);
  });
});
