import type { ApplicabilityDimensions, PolicyVersion, PolicyWork, UnreadCount } from '@policyops/contracts';
import type { ApiSession } from './api-session.js';

const versionsOf = (slug: string) => `/api/policies/${slug}/versions`;

/** The server's today (YYYY-MM-DD), which "taking effect soon" counts from. */
export async function serverToday(session: ApiSession): Promise<string> {
  return (await session.get<PolicyWork>('/api/policy-work')).today;
}

/** What a new draft says; without a body it starts from the newest version's text. */
export interface DraftInput {
  body?: string;
  changeSummary?: string;
}

/** A draft the author keeps working on. Throws when the author may not draft on the policy (or one is open). */
export function startDraft(author: ApiSession, slug: string, version: DraftInput = {}): Promise<PolicyVersion> {
  return author.post<PolicyVersion>(versionsOf(slug), { changeSummary: '', ...version });
}

/** A draft submitted for review by the people named. Throws when a reviewer may not approve on the policy. */
export async function requestReview(
  author: ApiSession,
  slug: string,
  version: DraftInput,
  reviewerIds: string[],
): Promise<PolicyVersion> {
  const draft = await startDraft(author, slug, version);
  return author.post<PolicyVersion>(`${versionsOf(slug)}/${draft.id}/transitions`, {
    version: draft.version,
    action: 'submit',
    reviewerIds,
  });
}

/**
 * A version published ahead of its dates: `effectiveDate` globally and a date of its own in each market named by
 * code. The author drafts, submits and publishes; the approver approves. Throws when a market is unknown or a step
 * is refused.
 */
export async function scheduleVersion(
  people: { author: ApiSession; approver: ApiSession },
  slug: string,
  version: { body: string; effectiveDate: string; marketDates: { market: string; effectiveDate: string }[] },
): Promise<PolicyVersion> {
  const { author, approver } = people;
  const { markets } = await author.get<ApplicabilityDimensions>('/api/applicability/dimensions');
  const marketDates = version.marketDates.map(({ market, effectiveDate }) => {
    const found = markets.find((m) => m.code === market);
    if (!found) throw new Error(`No market ${market} in this workspace`);
    return { marketId: found.id, effectiveDate };
  });
  const path = versionsOf(slug);
  const draft = await startDraft(author, slug, { body: version.body });
  const dated = await author.patch<PolicyVersion>(`${path}/${draft.id}`, {
    version: draft.version,
    effectiveDate: version.effectiveDate,
    marketDates,
  });
  const step = (by: ApiSession, current: PolicyVersion, action: 'submit' | 'approve' | 'publish', extra = {}) =>
    by.post<PolicyVersion>(`${path}/${current.id}/transitions`, { version: current.version, action, ...extra });
  const submitted = await step(author, dated, 'submit', { reviewerIds: [approver.user.id] });
  const approved = await step(approver, submitted, 'approve');
  return step(author, approved, 'publish');
}

/** The person starts watching the policy (its changes reach their inbox and home). */
export function watchPolicy(person: ApiSession, policyId: string): Promise<unknown> {
  return person.put(`/api/watches/policy/${policyId}`, {});
}

/** How many of the person's notifications are unread. */
export async function unreadCount(person: ApiSession): Promise<number> {
  return (await person.get<UnreadCount>('/api/notifications/unread-count')).count;
}
