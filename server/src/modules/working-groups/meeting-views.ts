import { formatDay } from '@policyops/contracts';
import {
  AGENDA_SECTIONS,
  type AgendaSection,
  type Meeting,
  type OutcomeKind,
  type StakeholderSummary,
} from '@policyops/contracts';
import type { AgendaItemRow, AttendeeRow, MeetingRow, OutcomeRow } from './meetings.repository.js';
import { safeMarkdown } from './wg-views.js';

const unknownPerson = (id: string): StakeholderSummary => ({
  id,
  name: 'Unknown person',
  kind: 'contact',
  userId: null,
  function: null,
  region: null,
  team: null,
});

const sectionOrder = (section: string) => AGENDA_SECTIONS.indexOf(section as AgendaSection);

/** Agenda rows in the order the meeting shows them: by section, then as added. */
export function sortAgenda<T extends { section: string; position: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section) || a.position - b.position);
}

export interface MeetingViewContext {
  group: { id: string; name: string };
  attendees: AttendeeRow[];
  agenda: AgendaItemRow[];
  outcomes: OutcomeRow[];
  people: Map<string, StakeholderSummary>;
  previous: MeetingRow | undefined;
  canEdit: boolean;
}

export function meetingView(row: MeetingRow, ctx: MeetingViewContext): Meeting {
  return {
    id: row.id,
    workingGroup: ctx.group,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    occurrenceStart: row.occurrence_start,
    location: row.location,
    videoLink: row.video_link,
    cancelled: row.cancelled === 1,
    attendees: ctx.attendees.map((a) => ({
      stakeholder: ctx.people.get(a.stakeholder_id) ?? unknownPerson(a.stakeholder_id),
      attended: a.attended === 1,
    })),
    notes: row.notes,
    notesHtml: safeMarkdown(row.notes),
    agenda: sortAgenda(ctx.agenda).map((item) => ({
      id: item.id,
      section: item.section as AgendaSection,
      title: item.title,
      detail: item.detail,
      source:
        item.source_kind && item.source_id
          ? { kind: item.source_kind, id: item.source_id, href: item.href ?? '' }
          : null,
      carriedFrom: item.carried_from,
      done: item.done === 1,
      outcomes: ctx.outcomes
        .filter((o) => o.agenda_item_id === item.id)
        .map((o) => ({
          id: o.id,
          kind: o.kind as OutcomeKind,
          text: o.text,
          record:
            o.record_id && o.record_title !== null && o.record_href !== null
              ? { id: o.record_id, title: o.record_title, href: o.record_href }
              : null,
          createdAt: o.created_at,
        })),
      version: item.version,
    })),
    previousMeeting: ctx.previous ? { id: ctx.previous.id, startsAt: ctx.previous.starts_at } : null,
    abilities: { edit: ctx.canEdit },
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the audit keeps of a meeting. */
export function meetingSnapshot(row: MeetingRow, attendees: { stakeholderId: string; attended: boolean }[]) {
  return {
    workingGroupId: row.working_group_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    occurrenceStart: row.occurrence_start,
    cancelled: row.cancelled === 1,
    attendeeIds: attendees.map((a) => a.stakeholderId),
    attendedIds: attendees.filter((a) => a.attended).map((a) => a.stakeholderId),
    notesLength: row.notes.length,
    version: row.version,
  };
}

/** "AI-generated content · Dec 1, 2026" (the day in UTC, written as everywhere in the app). */
export function defaultTitle(groupName: string, startsAt: string): string {
  return `${groupName} · ${formatDay(new Date(startsAt).toISOString().slice(0, 10))}`;
}
