import { formatDay as formatCalendarDay } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { viewerOf } from '../policies/policy-access.js';
import type { AgendaContext, AgendaSource, AgendaSources } from './agenda-sources.js';
import type { PlannedAgendaItem } from './agenda-rules.js';
import * as repo from './working-groups.repository.js';

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
const formatDay = (date: string) => formatCalendarDay(date.slice(0, 10));

/**
 * Recent launches: launches of the group's linked CRs, and of CRs on its policies in scope, since the
 * previous meeting (or the last 30 days for the first), up to the meeting's day. A launch on a policy the
 * caller may not see is left out.
 */
export const recentLaunchesSource: AgendaSource = {
  section: 'recent_launches',
  async items(db: DbScope, actor: Actor, context: AgendaContext) {
    const since = context.previousMeetingDate ?? addDays(context.meetingDate, -30);
    const rows = await repo.launchesSince(db, viewerOf(actor), {
      changeRequestIds: context.changeRequestIds,
      policyIds: context.policyIds,
      since: `${since}T00:00:00.000Z`,
      until: `${context.meetingDate}T23:59:59.999Z`,
    });
    return rows.map((r) => ({
      sourceKind: 'change_request',
      sourceId: r.id,
      title: `CR-${r.number} · ${r.title}`,
      detail: `Launched ${formatDay(r.launched_at ?? r.effective_date)} · effective ${formatDay(r.effective_date)}`,
      href: `/change-requests/${r.id}`,
    }));
  },
};

/** Milestones due: milestones of linked initiatives not done and due within 14 days of the meeting, or overdue. */
export const milestonesDueSource: AgendaSource = {
  section: 'milestones_due',
  async items(db: DbScope, _actor: Actor, context: AgendaContext) {
    const rows = await repo.milestonesDue(db, context.initiativeIds, addDays(context.meetingDate, 14));
    return rows.map((m) => ({
      sourceKind: 'milestone',
      sourceId: m.id,
      title: `${m.initiative_title}: ${m.title}`,
      detail: m.date < context.meetingDate ? `Overdue since ${formatDay(m.date)}` : `Due ${formatDay(m.date)}`,
      href: `/roadmap/initiatives/${m.initiative_id}`,
    }));
  },
};

/** Asks every registered source, in registration order, for its section's items. */
export async function prefill(
  db: DbScope,
  actor: Actor,
  sources: AgendaSources,
  context: AgendaContext,
): Promise<PlannedAgendaItem[]> {
  const planned: PlannedAgendaItem[] = [];
  for (const source of sources.all()) {
    const items = await source.items(db, actor, context);
    for (const item of items)
      planned.push({
        section: source.section,
        title: item.title.slice(0, 300),
        detail: item.detail.slice(0, 500),
        sourceKind: item.sourceKind,
        sourceId: item.sourceId,
        href: item.href,
        carriedFrom: null,
      });
  }
  return planned;
}
