// The words of the governance records (links, stakeholders, RAID log, decisions) without their
// schemas (no zod here), so the web app's router can validate a list's URL filters without loading
// zod or those pages' contracts on the first page. governance.contract.ts, raid.contract.ts and
// decisions.contract.ts build their schemas from these and re-export them.

/** Records a RAID item, decision, action or working group can point at. */
export const LINKED_RECORD_KINDS = ['policy', 'initiative', 'change_request', 'working_group', 'meeting'] as const;
export const STAKEHOLDER_KINDS = ['account', 'contact'] as const;

export const RAID_KINDS = ['risk', 'issue', 'assumption', 'dependency'] as const;
export const RISK_STATUSES = ['open', 'mitigating', 'closed', 'occurred'] as const;
export const ISSUE_STATUSES = ['open', 'resolved'] as const;
export const ASSUMPTION_STATUSES = ['unvalidated', 'valid', 'invalid'] as const;
export const DEPENDENCY_STATUSES = ['requested', 'committed', 'delivered', 'blocked', 'rejected'] as const;
/** Every status of every kind, for the list filter. */
export const RAID_STATUSES = [
  ...new Set([...RISK_STATUSES, ...ISSUE_STATUSES, ...ASSUMPTION_STATUSES, ...DEPENDENCY_STATUSES]),
] as [string, ...string[]];

export const DECISION_STATUSES = ['proposed', 'accepted', 'superseded', 'revoked'] as const;
