import { v7 as uuidv7 } from 'uuid';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { prefill } from './agenda-prefill.js';
import { actionIdsOf, carryForward, type PlannedAgendaItem } from './agenda-rules.js';
import type { AgendaContext, AgendaSources } from './agenda-sources.js';
import type { MeetingActionPort } from './meeting-outcome-ports.js';
import * as repo from './meetings.repository.js';
import type { MeetingRow } from './meetings.repository.js';
import type { GroupRow } from './working-groups.repository.js';
import * as groupsRepo from './working-groups.repository.js';

const day = (iso: string) => iso.slice(0, 10);

/**
 * Open items of the previous meeting, and its actions still open (MeetingActionPort.stillOpen). Without
 * the action items module nothing can be known to be closed: carried actions are kept.
 */
export async function carriedFrom(
  trx: DbScope,
  previous: MeetingRow,
  actions: MeetingActionPort | null,
): Promise<PlannedAgendaItem[]> {
  const items = await repo.agendaOf(trx, [previous.id]);
  const outcomes = await repo.outcomesOf(trx, [previous.id]);
  const shaped = items.map((item) => ({
    title: item.title,
    detail: item.detail,
    sourceKind: item.source_kind,
    sourceId: item.source_id,
    href: item.href,
    done: item.done === 1,
    carriedFrom: item.carried_from,
    actions: outcomes
      .filter((o) => o.agenda_item_id === item.id && o.kind === 'action' && o.record_id)
      .map((o) => ({ id: o.record_id!, title: o.record_title ?? o.text, href: o.record_href ?? '' })),
  }));
  const ids = actionIdsOf(shaped);
  const open = actions ? await actions.stillOpen(trx, ids) : new Set(ids);
  return carryForward(day(previous.starts_at), shaped, open);
}

/** What the agenda sources list for this meeting of the group, as the actor may see it. */
export async function prefilled(
  trx: DbScope,
  actor: Actor,
  sources: AgendaSources,
  group: GroupRow,
  meeting: MeetingRow,
  previous: MeetingRow | undefined,
): Promise<PlannedAgendaItem[]> {
  const links = await groupsRepo.linksOf(trx, [group.id]);
  const ids = (kind: string) => links.filter((l) => l.kind === kind).map((l) => l.target_id);
  const context: AgendaContext = {
    workingGroupId: group.id,
    initiativeIds: ids('initiative'),
    changeRequestIds: ids('change_request'),
    policyIds: ids('policy'),
    meetingDate: day(meeting.starts_at),
    previousMeetingDate: previous ? day(previous.starts_at) : null,
  };
  return prefill(trx, actor, sources, context);
}

/** Stores planned items after the `from` items already on the agenda. */
export async function insertItems(
  trx: DbScope,
  meetingId: string,
  items: PlannedAgendaItem[],
  from: number,
  now: string,
): Promise<void> {
  await repo.insertAgendaItems(
    trx,
    items.map((item, i) => ({
      id: uuidv7(),
      meeting_id: meetingId,
      section: item.section,
      title: item.title,
      detail: item.detail,
      source_kind: item.sourceKind,
      source_id: item.sourceId,
      href: item.href,
      carried_from: item.carriedFrom,
      done: 0,
      position: from + i,
      version: 1,
      created_at: now,
    })),
  );
}
