import { DECISION_STATUSES, type DecisionStatus } from '@policyops/contracts';

/** The register's filters, kept in the URL so a filtered view can be shared. */
export interface DecisionSearch {
  status?: DecisionStatus;
  policyId?: string;
  workingGroupId?: string;
  q?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the URL, dropping values the API would refuse. */
export function validateDecisionSearch(search: Record<string, unknown>): DecisionSearch {
  const out: DecisionSearch = {};
  if ((DECISION_STATUSES as readonly unknown[]).includes(search.status)) out.status = search.status as DecisionStatus;
  for (const key of ['policyId', 'workingGroupId'] as const) {
    const value = search[key];
    if (typeof value === 'string' && UUID.test(value)) out[key] = value;
  }
  if (typeof search.q === 'string' && search.q.trim() !== '') out.q = search.q.trim().slice(0, 200);
  return out;
}
