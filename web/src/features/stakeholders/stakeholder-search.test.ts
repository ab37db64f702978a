import { describe, expect, it } from 'vitest';
import { validateStakeholderSearch } from './stakeholder-search';

describe('validateStakeholderSearch', () => {
  it('keeps the filters the API accepts', () => {
    expect(
      validateStakeholderSearch({ q: ' ana ', function: 'legal', region: 'EMEA', kind: 'contact', active: 'false' }),
    ).toEqual({ q: 'ana', function: 'legal', region: 'EMEA', kind: 'contact', active: false });
    expect(validateStakeholderSearch({ active: true })).toEqual({ active: true });
  });
  it('drops unknown functions, kinds and empty text', () => {
    expect(validateStakeholderSearch({ q: '  ', function: 'hr', kind: 'robot', active: 'maybe' })).toEqual({});
  });
});
