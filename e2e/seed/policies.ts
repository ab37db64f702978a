import type {
  ApplicabilityDimensions,
  ApplicabilityState,
  PolicyApplicability,
  PolicyArea,
  PolicyDetail,
  PolicyVersion,
} from '@policyops/contracts';
import type { ApiSession } from './api-session.js';

/** A policy area of the spec's own, so its policies never sit among another spec's. Throws on a duplicate name. */
export function createArea(admin: ApiSession, name: string): Promise<PolicyArea> {
  return admin.post<PolicyArea>('/api/policy-areas', { name, description: `Seeded for a browser journey: ${name}` });
}

/** A policy with no versions yet. Throws when the slug is taken or the area is unknown. */
export function createPolicy(
  owner: ApiSession,
  policy: { title: string; slug: string; areaId: string; ownerIds?: string[] },
): Promise<PolicyDetail> {
  return owner.post<PolicyDetail>('/api/policies', { ownerIds: [owner.user.id], ...policy });
}

/**
 * A live version through the four-eyes review: the author drafts, submits and makes it live; the approver (another
 * policy owner or admin) approves. Throws when any step is refused (e.g. an effective date before the live one).
 */
export async function publishVersion(
  people: { author: ApiSession; approver: ApiSession },
  policySlug: string,
  version: { label: string; body: string; effectiveDate: string; changeSummary?: string },
): Promise<PolicyVersion> {
  const { author, approver } = people;
  const path = `/api/policies/${policySlug}/versions`;
  const draft = await author.post<PolicyVersion>(path, { changeSummary: '', ...version });
  const transition = (by: ApiSession, current: PolicyVersion, action: 'submit' | 'approve' | 'publish') =>
    by.post<PolicyVersion>(`${path}/${current.id}/transitions`, { version: current.version, action });
  const submitted = await transition(author, draft, 'submit');
  const approved = await transition(approver, submitted, 'approve');
  return transition(author, approved, 'publish');
}

/**
 * Sets a policy's whole applicability grid from names (surface name, market code). Throws when a surface or market
 * does not exist, or the grid is refused (e.g. differs without a note).
 */
export async function setApplicability(
  admin: ApiSession,
  policySlug: string,
  cells: { surface: string; market: string; state: ApplicabilityState; note?: string }[],
): Promise<PolicyApplicability> {
  const dimensions = await admin.get<ApplicabilityDimensions>('/api/applicability/dimensions');
  const idOf = <T extends { id: string }>(items: T[], match: (item: T) => boolean, what: string) => {
    const found = items.find(match);
    if (!found) throw new Error(`No ${what} in this workspace`);
    return found.id;
  };
  const path = `/api/policies/${policySlug}/applicability`;
  const current = await admin.get<PolicyApplicability>(path);
  return admin.put<PolicyApplicability>(path, {
    version: current.version,
    cells: cells.map((cell) => ({
      surfaceId: idOf(dimensions.surfaces, (s) => s.name === cell.surface, `surface ${cell.surface}`),
      marketId: idOf(dimensions.markets, (m) => m.code === cell.market, `market ${cell.market}`),
      state: cell.state,
      note: cell.note ?? '',
    })),
  });
}
