import {
  roleHas,
  type AuditAction,
  type Permission,
  type PolicyVersion,
  type PolicyVersionSummary,
  type PolicyVersionTransition,
  type VersionState,
} from '@policyops/contracts';
import type { PoliciesTable, PolicyVersionsTable } from '../../db/schema.js';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../http/app-error.js';
import type { VersionRow } from './policy-versions.repository.js';

/**
 * A version as lists show it (no text), in the state a reader sees today (`state`: derived by
 * `publishedStates` for a published version; the stored state is what the workflow did).
 */
export function summaryOf(row: VersionRow, state: VersionState): PolicyVersionSummary {
  return {
    id: row.id,
    policyId: row.policy_id,
    label: row.label,
    state,
    effectiveDate: row.effective_date,
    changeSummary: row.change_summary,
    author: row.author_id ? { id: row.author_id, name: row.author_name ?? 'Deleted user' } : null,
    approver: row.approver_id ? { id: row.approver_id, name: row.approver_name ?? 'Deleted user' } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Audit snapshot: the text is summarised by length, since every version keeps its full text anyway. */
export function auditVersion(row: PolicyVersionsTable) {
  return {
    id: row.id,
    label: row.label,
    state: row.state as VersionState,
    effectiveDate: row.effective_date,
    changeSummary: row.change_summary,
    bodyLength: row.body.length,
    version: row.version,
  };
}

/** The refusal to edit anything but a draft (POLICY_VERSION_LOCKED). */
export const locked = (state: string) =>
  new AppError(
    'POLICY_VERSION_LOCKED',
    `This version is ${state.replace('_', ' ')}; only drafts can be edited. Start a new draft instead.`,
  );

/** The audit actions of the review steps: they share one payload (the version before and after). */
type VersionStepAction = Extract<
  AuditAction,
  'policy_version.submitted' | 'policy_version.approved' | 'policy_version.rejected' | 'policy_version.published'
>;

/** The review workflow: each step's permission, the state it starts from and ends in, and its audit action. */
export const VERSION_TRANSITIONS: Record<
  PolicyVersionTransition['action'],
  { permission: Permission; from: VersionState; to: VersionState; audit: VersionStepAction }
> = {
  submit: { permission: 'policies.draft', from: 'draft', to: 'in_review', audit: 'policy_version.submitted' },
  approve: { permission: 'policies.approve', from: 'in_review', to: 'approved', audit: 'policy_version.approved' },
  reject: { permission: 'policies.approve', from: 'in_review', to: 'draft', audit: 'policy_version.rejected' },
  // Stored as `live` (published); a reader sees it scheduled until its effective date.
  publish: { permission: 'policies.publish', from: 'approved', to: 'live', audit: 'policy_version.published' },
};

/**
 * What the caller may do with a version (in the state a reader sees today), for the web app to show
 * only those controls: edit, submit or discard a draft; approve one in review unless they wrote it;
 * publish an approved one; put a version in force or scheduled of a non-restricted policy on the
 * public changelog once. A retired policy takes no steps.
 */
export function versionAbilities(
  actor: Pick<Actor, 'id' | 'role'>,
  version: Pick<PolicyVersionsTable, 'state' | 'author_id'>,
  policy: Pick<PoliciesTable, 'retired_at' | 'restricted'>,
  onChangelog: boolean,
): PolicyVersion['abilities'] {
  const open = policy.retired_at === null;
  const { state } = version;
  const can = (permission: Permission) => roleHas(actor.role, permission);
  return {
    addToChangelog:
      !onChangelog && (state === 'live' || state === 'scheduled') && policy.restricted === 0 && can('policies.publish'),
    edit: open && state === 'draft' && can('policies.draft'),
    submit: open && state === 'draft' && can('policies.draft'),
    approve: open && state === 'in_review' && can('policies.approve') && version.author_id !== actor.id,
    publish: open && state === 'approved' && can('policies.publish'),
    discard: state === 'draft' && can('policies.draft'),
  };
}
