import { formatDay } from '@policyops/contracts';
// What the RAID log puts on a working group's agenda: its open blockers, and the decisions needed
// soon (open blockers whose decision date is within 14 days of the meeting, or past).
import { addDays, type LinkedRecordRef } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import type { AgendaContext, AgendaSource, AgendaSourceItem } from '../working-groups/agenda-sources.js';
import { viewerOf } from '../policies/policy-access.js';
import { keyOf, pathOf, raidHref } from './raid-views.js';
import * as repo from './raid.repository.js';
import type { RaidRow } from './raid.repository.js';

/** How far ahead of the meeting a decision date puts a blocker under "decisions needed". */
export const DECISIONS_NEEDED_WINDOW_DAYS = 14;

function linkedTo(context: AgendaContext): LinkedRecordRef[] {
  return [
    { kind: 'working_group', id: context.workingGroupId },
    ...context.initiativeIds.map((id) => ({ kind: 'initiative' as const, id })),
    ...context.changeRequestIds.map((id) => ({ kind: 'change_request' as const, id })),
  ];
}

function line(row: RaidRow, meetingDate: string): AgendaSourceItem {
  const parts: string[] = [];
  if (row.decision_needed_by)
    parts.push(
      row.decision_needed_by < meetingDate
        ? `Decision was needed by ${formatDay(row.decision_needed_by)}`
        : `Decision needed by ${formatDay(row.decision_needed_by)}`,
    );
  const level = pathOf(row)[row.current_level - 1];
  if (row.current_level > 1 && level) parts.push(`escalated to level ${row.current_level} (${level.label})`);
  if (row.severity) parts.push(`${row.severity} severity`);
  return {
    sourceKind: 'raid_item',
    sourceId: row.id,
    title: `${keyOf(row)} ${row.title}`,
    detail: parts.join(' · ') || 'Open blocker',
    href: raidHref(row.id),
  };
}

/** The two agenda sections the RAID log fills; the lead registers them with AgendaSources. */
export function raidAgendaSources(): AgendaSource[] {
  return [
    {
      section: 'open_blockers',
      async items(scope: DbScope, actor: Actor, context: AgendaContext) {
        const rows = await repo.openBlockers(scope, viewerOf(actor), { linkedToAny: linkedTo(context) });
        return rows.map((row) => line(row, context.meetingDate));
      },
    },
    {
      section: 'decisions_needed',
      async items(scope: DbScope, actor: Actor, context: AgendaContext) {
        const rows = await repo.openBlockers(scope, viewerOf(actor), {
          linkedToAny: linkedTo(context),
          decisionBy: addDays(context.meetingDate, DECISIONS_NEEDED_WINDOW_DAYS),
        });
        return rows.map((row) => line(row, context.meetingDate));
      },
    },
  ];
}
