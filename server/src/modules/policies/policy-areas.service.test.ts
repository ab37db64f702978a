import { describe, expect, it } from 'vitest';
import { areaInUseMessage } from './policy-areas.service.js';

describe('areaInUseMessage', () => {
  it('names what the caller can see to move, counted', () => {
    expect(areaInUseMessage(0, 1)).toBe('Move its 1 policy elsewhere before deleting this area');
    expect(areaInUseMessage(2, 3)).toBe('Move its 2 sub-areas and 3 policies elsewhere before deleting this area');
    expect(areaInUseMessage(1, 0)).toBe('Move its 1 sub-area elsewhere before deleting this area');
  });

  it('says only "in use" when all it holds is hidden from the caller', () => {
    expect(areaInUseMessage(0, 0)).toBe('This area cannot be deleted while it is in use');
  });
});
