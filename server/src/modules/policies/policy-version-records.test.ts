import { describe, expect, it } from 'vitest';
import { VERSION_TRANSITIONS, versionAbilities } from './policy-version-records.js';

const open = { retired_at: null, restricted: 0 };
const owner = { id: 'owner', role: 'policy_owner' as const };

describe('versionAbilities', () => {
  it('lets the author edit a draft but not approve their own version', () => {
    expect(versionAbilities(owner, { state: 'draft', author_id: 'owner' }, open, false)).toMatchObject({
      edit: true,
      submit: true,
      discard: true,
      approve: false,
    });
    expect(versionAbilities(owner, { state: 'in_review', author_id: 'owner' }, open, false).approve).toBe(false);
    expect(versionAbilities(owner, { state: 'in_review', author_id: 'someone' }, open, false).approve).toBe(true);
  });

  it('offers the public changelog once, for the live version of a non-restricted policy', () => {
    const live = { state: 'live', author_id: 'someone' };
    expect(versionAbilities(owner, live, open, false).addToChangelog).toBe(true);
    expect(versionAbilities(owner, live, open, true).addToChangelog).toBe(false);
    expect(versionAbilities(owner, live, { ...open, restricted: 1 }, false).addToChangelog).toBe(false);
  });

  it('takes no workflow step on a retired policy, and none a role does not allow', () => {
    const retired = { retired_at: '2025-01-01T00:00:00Z', restricted: 0 };
    const abilities = versionAbilities(owner, { state: 'approved', author_id: 'x' }, retired, false);
    expect([abilities.publish, abilities.approve, abilities.edit]).toEqual([false, false, false]);
    const viewer = { id: 'v', role: 'viewer' as const };
    expect(Object.values(versionAbilities(viewer, { state: 'draft', author_id: 'v' }, open, false))).not.toContain(
      true,
    );
  });
});

describe('VERSION_TRANSITIONS', () => {
  it('moves a version draft -> in review -> approved -> live, and back to draft on rejection', () => {
    const path = (['submit', 'approve', 'publish'] as const).map((a) => VERSION_TRANSITIONS[a]);
    expect(path.map((step) => `${step.from}>${step.to}`)).toEqual([
      'draft>in_review',
      'in_review>approved',
      'approved>live',
    ]);
    expect(VERSION_TRANSITIONS.reject).toMatchObject({
      from: 'in_review',
      to: 'draft',
      permission: 'policies.approve',
    });
  });
});
