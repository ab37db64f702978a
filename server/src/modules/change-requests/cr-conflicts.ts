// The launch conflict check (issue 10, item 7), as a pure rule over what the repository found.
//
//  1. Another CR conflicts when its effective date is within `windowDays` of this CR's (either side)
//     and it touches the same policy, shares a surface, or shares a market. An empty market list means
//     every market (so it shares a market with everything); an empty surface list shares no surface
//     (surfaces not assessed yet). Rejected, withdrawn and closed-without-launch CRs are left out by
//     the caller.
//  2. A version of the same policy in the library (not this CR's own draft) conflicts when it takes
//     effect within the window (scheduled, live, or on its way with a date).
//  3. A freeze window conflicts when it covers the effective date in a shared market.
//  4. Each conflict has a stable key that includes the dates it was judged on: a conflict that moves
//     is a new one and must be acknowledged again.

import { daysBetween, type CrConflict, type CrFreezeWindow, type CrConflictReason } from '@policyops/contracts';
import { listInWords } from './cr-lanes.js';

export interface ConflictSubject {
  id: string;
  effectiveDate: string;
  policyId: string | null;
  draftVersionId: string | null;
  surfaceIds: readonly string[];
  marketIds: readonly string[];
}

export interface ConflictCr {
  id: string;
  number: number;
  title: string;
  stage: string;
  effectiveDate: string;
  policyId: string | null;
  surfaceIds: readonly string[];
  marketIds: readonly string[];
}

export interface ConflictVersion {
  id: string;
  policyId: string;
  policySlug: string;
  policyTitle: string;
  label: string;
  state: string;
  effectiveDate: string;
}

export type FoundConflict = Omit<CrConflict, 'acknowledged'>;

/** Empty means every market. */
export function marketsOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((m) => b.includes(m));
}

function when(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days === 0) return 'the same day';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days > 0 ? 'after' : 'before'}`;
}

const REASON_WORDS: Record<CrConflictReason, string> = {
  same_policy: 'the same policy',
  shared_surface: 'a shared surface',
  shared_market: 'a shared market',
  freeze_window: 'a freeze window',
};

export const changeRequestHref = (id: string) => `/change-requests/${id}`;

export function findConflicts(
  subject: ConflictSubject,
  windowDays: number,
  others: readonly ConflictCr[],
  versions: readonly ConflictVersion[],
  freezes: readonly CrFreezeWindow[],
): FoundConflict[] {
  const near = (date: string) => Math.abs(daysBetween(subject.effectiveDate, date)) <= windowDays;
  const found: FoundConflict[] = [];
  for (const cr of others) {
    if (cr.id === subject.id || !near(cr.effectiveDate)) continue;
    const reasons: CrConflictReason[] = [];
    if (subject.policyId !== null && cr.policyId === subject.policyId) reasons.push('same_policy');
    if (cr.surfaceIds.some((s) => subject.surfaceIds.includes(s))) reasons.push('shared_surface');
    if (marketsOverlap(subject.marketIds, cr.marketIds)) reasons.push('shared_market');
    if (reasons.length === 0) continue;
    found.push({
      key: `change_request:${cr.id}:${cr.effectiveDate}`,
      kind: 'change_request',
      title: `CR-${cr.number} ${cr.title}`,
      detail: `Takes effect on ${cr.effectiveDate}, ${when(subject.effectiveDate, cr.effectiveDate)}; touches ${listInWords(reasons.map((r) => REASON_WORDS[r]))}`,
      reasons,
      date: cr.effectiveDate,
      endsOn: null,
      href: changeRequestHref(cr.id),
      changeRequest: {
        id: cr.id,
        number: cr.number,
        title: cr.title,
        stage: cr.stage as NonNullable<CrConflict['changeRequest']>['stage'],
      },
      policyVersion: null,
      freezeWindow: null,
    });
  }
  for (const v of versions) {
    if (v.id === subject.draftVersionId || v.policyId !== subject.policyId || !near(v.effectiveDate)) continue;
    found.push({
      key: `policy_version:${v.id}:${v.effectiveDate}`,
      kind: 'policy_version',
      title: `${v.policyTitle} ${v.label}`,
      detail: `Version ${v.label} of the same policy (${v.state.replace('_', ' ')}) takes effect on ${v.effectiveDate}, ${when(subject.effectiveDate, v.effectiveDate)}`,
      reasons: ['same_policy'],
      date: v.effectiveDate,
      endsOn: null,
      href: `/policies/${v.policySlug}`,
      changeRequest: null,
      policyVersion: { id: v.id, policyId: v.policyId, policySlug: v.policySlug, label: v.label, state: v.state },
      freezeWindow: null,
    });
  }
  for (const w of freezes) {
    if (w.startsOn > subject.effectiveDate || w.endsOn < subject.effectiveDate) continue;
    if (!marketsOverlap(subject.marketIds, w.marketIds)) continue;
    found.push({
      key: `freeze_window:${w.name}:${w.startsOn}:${w.endsOn}`,
      kind: 'freeze_window',
      title: `${w.name} freeze`,
      detail: `Launch freeze from ${w.startsOn} to ${w.endsOn}${w.marketIds.length === 0 ? ' in every market' : ' in a shared market'}${w.reason ? `: ${w.reason}` : ''}`,
      reasons: ['freeze_window', 'shared_market'],
      date: w.startsOn,
      endsOn: w.endsOn,
      href: '/change-requests/settings',
      changeRequest: null,
      policyVersion: null,
      freezeWindow: w,
    });
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
