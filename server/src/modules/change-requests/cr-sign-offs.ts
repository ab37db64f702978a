// Sign-off rules that do not depend on the stage: what an edit resets, and who may approve.
// The reasons are in the rule list at the top of cr-workflow.ts (rules 6 and 7).

import { APPROVING_DECISIONS, SIGN_OFF_ROLE_LABELS, type SignOffDecision } from '@policyops/contracts';
import { listInWords } from './cr-lanes.js';
import type { CrSignOffState } from './cr-workflow.js';

export interface CrEdit {
  /** ISO timestamp of the edit. */
  at: string;
  /** The proposed text (the draft version) changed. */
  textChanged: boolean;
  /** Markets the edit added to the impact assessment. */
  marketsAdded: readonly string[];
}

/**
 * The sign-offs an edit resets, and the sentence to show: every approval given up to the edit when the
 * text changed, and Regional's when markets were added. `signOffs` are those that still count.
 */
export function signOffsInvalidatedByEdit(
  signOffs: readonly CrSignOffState[],
  edit: CrEdit,
): { reset: CrSignOffState[]; message: string | null } {
  const approvals = signOffs.filter((s) => APPROVING_DECISIONS.includes(s.decision) && s.at <= edit.at);
  const reset = approvals.filter((s) => edit.textChanged || (edit.marketsAdded.length > 0 && s.role === 'regional'));
  if (reset.length === 0) return { reset, message: null };
  const roles = [...new Set(reset.map((s) => SIGN_OFF_ROLE_LABELS[s.role]))];
  const cause = edit.textChanged ? 'The proposed text changed' : 'Markets were added';
  const verb = roles.length === 1 ? 'needs' : 'need';
  return {
    reset,
    message: `${cause} after sign-off, so ${listInWords(roles)} ${verb} to sign off again (their earlier approval no longer counts)`,
  };
}

export type ApprovalCheck = { allowed: true } | { allowed: false; reason: string };

/**
 * Four eyes on the text: its last editor may not approve it, in any role (a 403, FORBIDDEN). Asking for
 * changes stays open to them. A CR without text yet has no last editor.
 */
export function mayApprove(
  person: { id: string },
  cr: { lastTextEditorId: string | null },
  decision: SignOffDecision = 'approve',
): ApprovalCheck {
  if (!APPROVING_DECISIONS.includes(decision) || cr.lastTextEditorId !== person.id) return { allowed: true };
  return {
    allowed: false,
    reason: 'You edited the proposed text last, so someone else must approve it',
  };
}
