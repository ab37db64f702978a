// Lanes (issue 10, item 5): an editorial change (wording, typo, example added, no change in meaning)
// takes the fast lane, approved by the policy owner alone; every other type changes what the policy
// means and takes the full workflow. The lane follows the type alone, so changing the type is the one
// way to change lanes, and the reason says which type decided it.

import { CR_TYPE_LABELS, SIGN_OFF_ROLE_LABELS, type CrLane, type CrType, type SignOffRole } from '@policyops/contracts';

export const FAST_LANE_REASON =
  'Editorial change: wording only, no change in meaning — the policy owner approves alone';

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The lane of a CR and why, in words. `signOffRoles` are the roles the full workflow asks of this CR
 * (its markets decide Regional); they name who signs in the reason.
 */
export function crLane(type: CrType, signOffRoles: readonly SignOffRole[]): { lane: CrLane; reason: string } {
  if (type === 'editorial') return { lane: 'fast', reason: FAST_LANE_REASON };
  const who = signOffRoles.length > 0 ? listInWords(signOffRoles.map((role) => SIGN_OFF_ROLE_LABELS[role])) : null;
  const signs = who ? ` — ${who} sign off` : '';
  return {
    lane: 'full',
    reason: `${CR_TYPE_LABELS[type]}: changes what the policy means, so it takes the full workflow${signs}`,
  };
}
