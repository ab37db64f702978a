import { roleHas } from '@policyops/contracts';
import type { CalendarEntry, CalendarSource } from './calendar-sources.js';
import { viewerOf } from '../policies/policy-access.js';
import * as repo from './calendar.repository.js';

/** Which initiatives' milestones and CRs' launches belong on a calendar. */
async function scopeOf(db: Parameters<CalendarSource>[0], owner: Parameters<CalendarSource>[2]) {
  if (owner.kind === 'working_group') {
    const links = await repo.groupLinks(db, owner.workingGroupId);
    return { initiatives: { initiativeIds: links.initiativeIds }, crs: { crIds: links.changeRequestIds } };
  }
  if (!owner.userId) return null; // a contact owns no initiatives or CRs
  return { initiatives: { ownerUserId: owner.userId }, crs: { ownerUserId: owner.userId } };
}

/** Roadmap milestones (all-day, on their date) of initiatives the person owns or the group links. */
export const roadmapMilestonesCalendarSource: CalendarSource = async (db, actor, owner) => {
  if (!roleHas(actor.role, 'roadmap.read')) return [];
  const scope = await scopeOf(db, owner);
  if (!scope) return [];
  const rows = await repo.milestones(db, scope.initiatives);
  return rows.map((m): CalendarEntry => ({
    uid: `milestone-${m.id}@policyops`,
    summary: `Milestone: ${m.title} (${m.initiative_title})`,
    description: `Roadmap milestone of "${m.initiative_title}"${m.done_on ? ` · done ${m.done_on}` : ''}`,
    href: `/roadmap/initiatives/${m.initiative_id}`,
    start: m.date,
    end: null,
    allDay: true,
    categories: ['Milestone'],
  }));
};

/** CR launches (all-day, on the effective date) of CRs the person owns or the group links; need-to-know applies. */
export const changeRequestLaunchesCalendarSource: CalendarSource = async (db, actor, owner) => {
  if (!roleHas(actor.role, 'change_requests.read')) return [];
  const scope = await scopeOf(db, owner);
  if (!scope) return [];
  const rows = await repo.launches(db, viewerOf(actor), scope.crs);
  return rows.map((l): CalendarEntry => ({
    uid: `launch-${l.id}@policyops`,
    summary: `Launch: CR-${l.number} ${l.title}`,
    description: `Change request CR-${l.number} takes effect${l.launched_at ? '' : ' (scheduled)'}`,
    href: `/change-requests/${l.id}`,
    start: l.effective_date,
    end: null,
    allDay: true,
    categories: ['Launch'],
  }));
};
