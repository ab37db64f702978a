import {
  WORKING_GROUP_MOVES,
  type StakeholderSummary,
  type WorkingGroup,
  type WorkingGroupStatus,
  type WorkingGroupSummary,
} from '@policyops/contracts';
import { renderSafeHtml } from '../../markdown/html.js';
import { nextOccurrences, parseCadence, type ParsedCadence } from './cadence.js';
import type { GroupLinkRow, GroupRow, MemberRow } from './working-groups.repository.js';

/** Renders a note or purpose: nothing of the author's passes through as HTML (server/src/markdown). */
export const safeMarkdown = (markdown: string): string =>
  renderSafeHtml(markdown, { appUrl: '', insertStyle: '', deleteStyle: '' });

/** The stored cadence, parsed (null when the group has none). */
export function cadenceOf(row: GroupRow): ParsedCadence | null {
  if (!row.cadence_rule || !row.cadence_starts_at || !row.cadence_duration_minutes) return null;
  return parseCadence({
    rule: row.cadence_rule,
    startsAt: row.cadence_starts_at,
    durationMinutes: row.cadence_duration_minutes,
  });
}

/** The next start of the group's cadence from now; none for a closed or paused group. */
export function nextMeetingAt(row: GroupRow, now: Date): string | null {
  const cadence = cadenceOf(row);
  if (!cadence || row.status === 'closed' || row.status === 'paused') return null;
  return nextOccurrences(cadence, now, 1)[0] ?? null;
}

const unknownPerson = (id: string): StakeholderSummary => ({
  id,
  name: 'Unknown person',
  kind: 'contact',
  userId: null,
  function: null,
  region: null,
  team: null,
});

export interface GroupViewContext {
  people: Map<string, StakeholderSummary>;
  members: MemberRow[];
  links: GroupLinkRow[];
  policies: WorkingGroup['charter']['policies'];
  linked: WorkingGroup['links'];
  now: Date;
  abilities: WorkingGroup['abilities'];
}

export function groupView(row: GroupRow, ctx: GroupViewContext): WorkingGroup {
  const cadence = cadenceOf(row);
  const person = (id: string) => ctx.people.get(id) ?? unknownPerson(id);
  return {
    id: row.id,
    name: row.name,
    status: row.status as WorkingGroupStatus,
    moves: [...WORKING_GROUP_MOVES[row.status as WorkingGroupStatus]],
    charter: {
      purpose: row.purpose,
      purposeHtml: safeMarkdown(row.purpose),
      policies: ctx.policies,
      deliverables: JSON.parse(row.deliverables) as string[],
      successCriteria: JSON.parse(row.success_criteria) as string[],
      endDate: row.end_date,
    },
    chair: person(row.chair_id),
    members: ctx.members.map((m) => ({ stakeholder: person(m.stakeholder_id), role: m.role as 'member' })),
    cadence:
      cadence && row.cadence_starts_at && row.cadence_duration_minutes
        ? {
            rule: cadence.rule,
            startsAt: row.cadence_starts_at,
            timeZone: row.cadence_time_zone,
            durationMinutes: row.cadence_duration_minutes,
            summary: cadence.summary,
          }
        : null,
    links: ctx.linked,
    nextMeetingAt: nextMeetingAt(row, ctx.now),
    abilities: ctx.abilities,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function groupSummary(
  row: GroupRow,
  people: Map<string, StakeholderSummary>,
  memberCount: number,
  now: Date,
): WorkingGroupSummary {
  return {
    id: row.id,
    name: row.name,
    status: row.status as WorkingGroupStatus,
    chair: people.get(row.chair_id) ?? unknownPerson(row.chair_id),
    memberCount,
    nextMeetingAt: nextMeetingAt(row, now),
    cadenceSummary: cadenceOf(row)?.summary ?? null,
  };
}

/** What the audit keeps of a group. */
export function groupSnapshot(
  row: GroupRow,
  members: { stakeholderId: string }[],
  links: { kind: string; id: string }[],
) {
  return {
    name: row.name,
    status: row.status as WorkingGroupStatus,
    chairId: row.chair_id,
    memberIds: members.map((m) => m.stakeholderId),
    policyIds: links.filter((l) => l.kind === 'policy').map((l) => l.id),
    linkIds: links.filter((l) => l.kind !== 'policy').map((l) => l.id),
    cadenceRule: row.cadence_rule,
    cadenceStartsAt: row.cadence_starts_at,
    endDate: row.end_date,
    version: row.version,
  };
}
