import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';

/** The sections of a meeting's agenda that live data fills before the meeting. */
export const PREFILLED_AGENDA_SECTIONS = [
  'open_blockers',
  'decisions_needed',
  'overdue_actions',
  'recent_launches',
  'milestones_due',
] as const;
export type PrefilledAgendaSection = (typeof PREFILLED_AGENDA_SECTIONS)[number];

/** What an agenda source is asked about: the group, what it links to, and the meeting's window. */
export interface AgendaContext {
  workingGroupId: string;
  initiativeIds: string[];
  changeRequestIds: string[];
  policyIds: string[];
  /** The meeting's day (UTC date): "overdue" and "due" are read against it. */
  meetingDate: string;
  /** The previous meeting of the series (UTC date), or null for the first: "recent" starts there. */
  previousMeetingDate: string | null;
}

/** One pre-filled agenda line, pointing at the record it came from. */
export interface AgendaSourceItem {
  /** e.g. 'raid_item', 'decision', 'action_item', 'change_request', 'milestone'. */
  sourceKind: string;
  sourceId: string;
  title: string;
  /** One line of why it is on the agenda, e.g. "Decision needed by 3 Dec · escalated to level 2". */
  detail: string;
  href: string;
}

/**
 * A module that contributes to agendas (RAID log: open blockers and decisions needed; decisions:
 * proposed decisions; action items: overdue actions; change requests: recent launches; roadmap:
 * milestones due). Items must already follow the caller's need-to-know rule.
 */
export interface AgendaSource {
  section: PrefilledAgendaSection;
  items(db: DbScope, actor: Actor, context: AgendaContext): Promise<AgendaSourceItem[]>;
}

/** The sources, registered at wiring (app.ts); the meetings service asks each when it pre-fills. */
export class AgendaSources {
  private readonly sources: AgendaSource[] = [];

  register(source: AgendaSource): void {
    this.sources.push(source);
  }

  all(): readonly AgendaSource[] {
    return this.sources;
  }
}
