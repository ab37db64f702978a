import { formatDay } from '@policyops/contracts';
import { ACTION_ITEM_STATUS_LABELS, type ActionItemStatus } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { CalendarEntry, CalendarSource } from '../calendar/calendar-sources.js';
import { viewerOf } from '../policies/policy-access.js';
import type { EngagementSource } from '../stakeholders/engagement-sources.js';
import type { AgendaSource } from '../working-groups/agenda-sources.js';
import { actionItemHref } from './action-item-collaboration.js';
import type { StakeholderDirectory } from './action-item-views.js';
import * as repo from './action-items.repository.js';

const shortDate = (date: string) => formatDay(date);

/** Agenda section 'overdue_actions': the group's open actions due before the meeting's day. */
export function overdueActionsAgendaSource(directory: StakeholderDirectory): AgendaSource {
  return {
    section: 'overdue_actions',
    async items(db, actor, context) {
      const rows = await repo.overdueOfGroup(db, viewerOf(actor), context.workingGroupId, context.meetingDate);
      const owners = await directory.summaries(db, [...new Set(rows.map((r) => r.owner_id))]);
      return rows.map((r) => ({
        sourceKind: 'action_item',
        sourceId: r.id,
        title: r.title,
        detail: `${owners.get(r.owner_id)?.name ?? 'Unknown owner'} · due ${shortDate(r.due_date!)} · ${ACTION_ITEM_STATUS_LABELS[r.status as ActionItemStatus].toLowerCase()}`,
        href: actionItemHref(r.id),
      }));
    },
  };
}

/** Engagement kind 'action_owned': every action a person owns, as the caller may see it. */
export const actionsOwnedEngagementSource: EngagementSource = async (db, actor: Actor, person) => {
  const rows = await repo.ownedBy(db, viewerOf(actor), person.stakeholderId, 200);
  return rows.map((r) => ({
    kind: 'action_owned',
    at: r.created_at,
    title: r.title,
    detail: `Owner${r.due_date ? ` · due ${shortDate(r.due_date)}` : ''} · ${ACTION_ITEM_STATUS_LABELS[r.status as ActionItemStatus].toLowerCase()}`,
    href: actionItemHref(r.id),
  }));
};

/** Calendar: each dated action (not cancelled) as an all-day event on its due day. */
export const actionDueDatesCalendarSource: CalendarSource = async (db, actor, owner) => {
  const rows = await repo.dated(
    db,
    viewerOf(actor),
    owner.kind === 'person' ? { ownerId: owner.stakeholderId } : { workingGroupId: owner.workingGroupId },
  );
  return rows.map((r): CalendarEntry => ({
    uid: `action-${r.id}@policyops`,
    summary: `${r.status === 'done' ? 'Done: ' : 'Due: '}${r.title}`,
    description: `Action item · ${ACTION_ITEM_STATUS_LABELS[r.status as ActionItemStatus]}`,
    href: actionItemHref(r.id),
    start: r.due_date!,
    end: null,
    allDay: true,
    categories: ['Action item'],
  }));
};
