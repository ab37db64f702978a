import {
  SIGN_OFF_DECISION_LABELS,
  SIGN_OFF_ROLE_LABELS,
  type SignOffDecision,
  type SignOffRole,
} from '@policyops/contracts';
import { viewerOf } from '../policies/policy-access.js';
import type { EngagementSource } from './engagement-sources.js';
import * as repo from './sign-off-engagement.repository.js';

/** Wording of a sign-off line: "Approved as Legal", with "(reset: text changed)" once reset. */
export function signOffDetail(role: string, decision: string, resetAt: string | null): string {
  const decided = SIGN_OFF_DECISION_LABELS[decision as SignOffDecision] ?? decision;
  const as = SIGN_OFF_ROLE_LABELS[role as SignOffRole] ?? role;
  return `${decided} as ${as}${resetAt ? ' (later reset)' : ''}`;
}

/** The CR sign-offs an account gave: contacts sign nothing, so they have none. */
export const signOffEngagementSource: EngagementSource = async (db, actor, person) => {
  if (!person.userId) return [];
  const rows = await repo.signOffsBy(db, viewerOf(actor), person.userId);
  return rows.map((row) => ({
    kind: 'sign_off' as const,
    at: row.at,
    title: `CR-${row.number} · ${row.title}`,
    detail: signOffDetail(row.role, row.decision, row.reset_at),
    href: `/change-requests/${row.change_request_id}`,
  }));
};
