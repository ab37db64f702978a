import { describe, expect, it } from 'vitest';
import { shortName } from './InfluenceInterestMap';

describe('shortName', () => {
  it('keeps the first name and the initial of the last', () => {
    expect(shortName('Kenji Watanabe')).toBe('Kenji W.');
    expect(shortName('Diego Fernández Ruiz')).toBe('Diego R.');
    expect(shortName('Cher')).toBe('Cher');
  });
});
