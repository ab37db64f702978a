import { describe, expect, it } from 'vitest';
import { compareLabels, labelTaken, nextMinorLabel } from './version-labels.js';

describe('version labels', () => {
  it('suggests the next minor version, counting past 9', () => {
    expect(nextMinorLabel(undefined)).toBe('1.0');
    expect(nextMinorLabel('1.2')).toBe('1.3');
    expect(nextMinorLabel('1.9')).toBe('1.10');
    expect(nextMinorLabel('3')).toBe('3.1');
  });

  it('orders labels numerically, not as text', () => {
    expect(['1.10', '1.9', '2.0', '1.2'].sort(compareLabels)).toEqual(['1.2', '1.9', '1.10', '2.0']);
  });

  it('refuses a label in use on the label field', () => {
    const error = labelTaken('1.2');
    expect([error.code, error.detail]).toEqual(['ALREADY_EXISTS', 'Version 1.2 already exists']);
    expect(error.fieldErrors?.[0]?.path).toBe('body.label');
  });
});
