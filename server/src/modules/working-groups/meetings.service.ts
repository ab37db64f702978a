import type {
  AgendaItemCreateSchema,
  AgendaItemUpdateSchema,
  Meeting,
  MeetingOpenSchema,
  MeetingUpdateSchema,
  OutcomeCreateSchema,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { inTransaction, type DbScope } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { withoutDuplicates } from './agenda-rules.js';
import { carriedFrom, insertItems, prefilled } from './meeting-agenda.js';
import type { AgendaSources } from './agenda-sources.js';
import { endOf, isOccurrence } from './cadence.js';
import type { MeetingActionPort, MeetingDecisionPort, OutcomeRecord } from './meeting-outcome-ports.js';
import { defaultTitle, meetingSnapshot, meetingView } from './meeting-views.js';
import * as repo from './meetings.repository.js';
import type { AgendaItemRow, MeetingRow } from './meetings.repository.js';
import type { GroupRow } from './working-groups.repository.js';
import * as groupsRepo from './working-groups.repository.js';
import { cadenceOf } from './wg-views.js';
import type { StakeholderDirectory, WorkingGroupsService } from './working-groups.service.js';

type OpenInput = z.output<typeof MeetingOpenSchema>;
type UpdateInput = z.output<typeof MeetingUpdateSchema>;
type OutcomeInput = z.output<typeof OutcomeCreateSchema>;

const MEETING = 'This meeting';
const ITEM = 'This agenda item';
const iso = (value: string) => new Date(value).toISOString();
const isUniqueViolation = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' || /UNIQUE constraint failed/.test(message ?? '');
};

/** Meetings of a group's series: opening (pre-filled, carried forward), agenda, outcomes, notes (issue 11). */
export class MeetingsService {
  private decisions: MeetingDecisionPort | null = null;
  private actions: MeetingActionPort | null = null;

  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly groups: WorkingGroupsService,
    private readonly directory: StakeholderDirectory,
    private readonly agendaSources: AgendaSources,
  ) {}

  /** Wiring (app.ts): the decision register and action items, once they exist. */
  useOutcomePorts(ports: { decisions?: MeetingDecisionPort; actions?: MeetingActionPort }): void {
    if (ports.decisions) this.decisions = ports.decisions;
    if (ports.actions) this.actions = ports.actions;
  }

  async load(db: DbScope, id: string): Promise<MeetingRow> {
    const row = await repo.findMeeting(db, id);
    if (!row) throw notFound('Meeting');
    return row;
  }

  async get(actor: Actor, id: string, db: DbScope = this.db): Promise<Meeting> {
    authorize(actor, 'governance.read');
    const row = await this.load(db, id);
    const group = await this.groups.load(db, row.working_group_id);
    const attendees = await repo.attendeesOf(db, [id]);
    const agenda = await repo.agendaOf(db, [id]);
    const sources = agenda.flatMap((i) =>
      i.source_kind && i.source_id ? [{ kind: i.source_kind, id: i.source_id }] : [],
    );
    const hidden = await this.groups.hiddenSources(db, actor, sources);
    return meetingView(row, {
      group: { id: group.id, name: group.name },
      attendees,
      agenda: agenda.filter((i) => !hidden.has(`${i.source_kind}:${i.source_id}`)),
      outcomes: await repo.outcomesOf(db, [id]),
      people: await this.directory.summaries(
        db,
        attendees.map((a) => a.stakeholder_id),
      ),
      previous: await repo.previousMeeting(db, group.id, row.starts_at, row.id),
      canEdit: await this.groups.mayRunMeetings(db, actor, group.id),
    });
  }

  async list(actor: Actor, groupId: string) {
    authorize(actor, 'governance.read');
    await this.groups.load(this.db, groupId);
    const rows = await repo.meetingsOf(this.db, [groupId]);
    const ids = rows.map((r) => r.id);
    const attendees = await repo.attendeesOf(this.db, ids);
    const agenda = await repo.agendaOf(this.db, ids);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      occurrenceStart: r.occurrence_start,
      cancelled: r.cancelled === 1,
      attendedCount: attendees.filter((a) => a.meeting_id === r.id && a.attended === 1).length,
      openItems: agenda.filter((a) => a.meeting_id === r.id && a.done === 0).length,
    }));
  }

  /**
   * Opens an occurrence of the cadence (idempotent: an occurrence opened already is returned as it is)
   * or an ad hoc meeting. Throws FORBIDDEN, NOT_FOUND, INVALID_STATE (closed group), VALIDATION_FAILED
   * (occurrenceStart not in the series, endsAt not after startsAt).
   */
  async open(actor: Actor, groupId: string, input: OpenInput): Promise<{ meeting: Meeting; created: boolean }> {
    authorize(actor, 'governance.read');
    const group = await this.groups.load(this.db, groupId);
    await this.groups.requireRunMeetings(this.db, actor, groupId);
    if (group.status === 'closed') throw new AppError('INVALID_STATE', 'This working group is closed');
    const times = this.timesOf(group, input);
    if (times.occurrenceStart) {
      const existing = await repo.findOccurrence(this.db, groupId, times.occurrenceStart);
      if (existing) return { meeting: await this.get(actor, existing.id), created: false };
    }
    try {
      const id = await inTransaction(this.db, (trx) => this.insertMeeting(trx, actor, group, input, times));
      return { meeting: await this.get(actor, id), created: true };
    } catch (error) {
      // Two people opened the same occurrence at once: the unique index kept one; both get it.
      if (!times.occurrenceStart || !isUniqueViolation(error)) throw error;
      const existing = await repo.findOccurrence(this.db, groupId, times.occurrenceStart);
      if (!existing) throw error;
      return { meeting: await this.get(actor, existing.id), created: false };
    }
  }

  private timesOf(group: GroupRow, input: OpenInput) {
    if (input.occurrenceStart) {
      const cadence = cadenceOf(group);
      const start = iso(input.occurrenceStart);
      if (!cadence || !isOccurrence(cadence, start))
        throw fieldError('body.occurrenceStart', "Not an occurrence of the group's cadence");
      return { occurrenceStart: start, startsAt: start, endsAt: endOf(cadence, start) };
    }
    if (!input.startsAt) throw fieldError('body.startsAt', 'Give the start of an ad hoc meeting');
    if (!input.endsAt) throw fieldError('body.endsAt', 'Give the end of an ad hoc meeting');
    const startsAt = iso(input.startsAt);
    const endsAt = iso(input.endsAt);
    if (endsAt <= startsAt) throw fieldError('body.endsAt', 'The meeting must end after it starts');
    return { occurrenceStart: null, startsAt, endsAt };
  }

  private async insertMeeting(
    trx: DbScope,
    actor: Actor,
    group: GroupRow,
    input: OpenInput,
    times: { occurrenceStart: string | null; startsAt: string; endsAt: string },
  ): Promise<string> {
    const now = this.clock.now().toISOString();
    const row: MeetingRow = {
      id: uuidv7(),
      working_group_id: group.id,
      title: input.title || defaultTitle(group.name, times.startsAt),
      starts_at: times.startsAt,
      ends_at: times.endsAt,
      occurrence_start: times.occurrenceStart,
      location: input.location ?? '',
      video_link: input.videoLink ?? '',
      notes: '',
      cancelled: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insertMeeting(trx, row);
    const members = await groupsRepo.membersOf(trx, [group.id]);
    const attendees = members.map((m) => ({ stakeholderId: m.stakeholder_id, attended: false }));
    await repo.replaceAttendees(trx, row.id, attendees);
    const previous = await repo.previousMeeting(trx, group.id, row.starts_at, row.id);
    const carried = previous ? await carriedFrom(trx, previous, this.actions) : [];
    const fresh = withoutDuplicates(carried, await prefilled(trx, actor, this.agendaSources, group, row, previous));
    await insertItems(trx, row.id, [...carried, ...fresh], 0, now);
    await this.audit.record(trx, actor, {
      action: 'meeting.opened',
      entityType: 'meeting',
      entityId: row.id,
      after: {
        ...meetingSnapshot(row, attendees),
        agendaItems: carried.length + fresh.length,
        carriedForward: carried.length,
      },
    });
    return row.id;
  }

  private async loadForEdit(trx: DbScope, actor: Actor, id: string): Promise<MeetingRow> {
    const row = await this.load(trx, id);
    await this.groups.requireRunMeetings(trx, actor, row.working_group_id);
    return row;
  }

  /**
   * Edits times, place, notes, attendees or cancels. Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT,
   * VALIDATION_FAILED.
   */
  async update(actor: Actor, id: string, input: UpdateInput): Promise<Meeting> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const before = await this.loadForEdit(trx, actor, id);
      if (before.version !== input.version) throw versionConflict(MEETING, before.version);
      const startsAt = input.startsAt ? iso(input.startsAt) : before.starts_at;
      const endsAt = input.endsAt ? iso(input.endsAt) : before.ends_at;
      if (endsAt <= startsAt) throw fieldError('body.endsAt', 'The meeting must end after it starts');
      const oldAttendees = (await repo.attendeesOf(trx, [id])).map((a) => ({
        stakeholderId: a.stakeholder_id,
        attended: a.attended === 1,
      }));
      if (input.attendees) {
        await this.directory.requireExisting(
          trx,
          input.attendees.map((a) => a.stakeholderId),
          (i) => `body.attendees.${i}.stakeholderId`,
        );
        const seen = new Set<string>();
        input.attendees.forEach((a, i) => {
          if (seen.has(a.stakeholderId)) throw fieldError(`body.attendees.${i}.stakeholderId`, 'Listed twice');
          seen.add(a.stakeholderId);
        });
      }
      const after: MeetingRow = {
        ...before,
        title: input.title ?? before.title,
        starts_at: startsAt,
        ends_at: endsAt,
        location: input.location ?? before.location,
        video_link: input.videoLink ?? before.video_link,
        notes: input.notes ?? before.notes,
        cancelled: input.cancelled === undefined ? before.cancelled : input.cancelled ? 1 : 0,
        updated_at: this.clock.now().toISOString(),
      };
      if (!(await repo.updateMeetingVersioned(trx, after, before.version)))
        throw versionConflict(MEETING, before.version + 1);
      const attendees = input.attendees ?? oldAttendees;
      if (input.attendees) await repo.replaceAttendees(trx, id, input.attendees);
      await this.audit.record(trx, actor, {
        action: 'meeting.updated',
        entityType: 'meeting',
        entityId: id,
        before: meetingSnapshot(before, oldAttendees),
        after: meetingSnapshot({ ...after, version: before.version + 1 }, attendees),
      });
    });
    return this.get(actor, id);
  }

  async addItem(actor: Actor, id: string, input: z.output<typeof AgendaItemCreateSchema>): Promise<Meeting> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const meeting = await this.loadForEdit(trx, actor, id);
      const count = (await repo.agendaOf(trx, [id])).length;
      const planned = { ...input, sourceKind: null, sourceId: null, href: null, carriedFrom: null };
      await insertItems(trx, id, [planned], count, this.clock.now().toISOString());
      await this.audit.record(trx, actor, {
        action: 'meeting.agenda_item_added',
        entityType: 'meeting_agenda_item',
        entityId: id,
        after: {
          meetingId: id,
          meetingTitle: meeting.title,
          section: input.section,
          title: input.title,
          done: false,
          version: 1,
        },
      });
    });
    return this.get(actor, id);
  }

  private async loadItem(trx: DbScope, meetingId: string, itemId: string): Promise<AgendaItemRow> {
    const item = await repo.findAgendaItem(trx, meetingId, itemId);
    if (!item) throw notFound('Agenda item');
    return item;
  }

  async updateItem(
    actor: Actor,
    id: string,
    itemId: string,
    input: z.output<typeof AgendaItemUpdateSchema>,
  ): Promise<Meeting> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const meeting = await this.loadForEdit(trx, actor, id);
      const before = await this.loadItem(trx, id, itemId);
      if (before.version !== input.version) throw versionConflict(ITEM, before.version);
      const after = {
        ...before,
        title: input.title ?? before.title,
        done: input.done === undefined ? before.done : input.done ? 1 : 0,
      };
      if (!(await repo.updateAgendaItemVersioned(trx, after, before.version)))
        throw versionConflict(ITEM, before.version + 1);
      const snap = (row: AgendaItemRow, version: number) => ({
        meetingId: id,
        meetingTitle: meeting.title,
        section: row.section as 'discussion',
        title: row.title,
        done: row.done === 1,
        version,
      });
      await this.audit.record(trx, actor, {
        action: 'meeting.agenda_item_updated',
        entityType: 'meeting_agenda_item',
        entityId: itemId,
        before: snap(before, before.version),
        after: snap(after, before.version + 1),
      });
    });
    return this.get(actor, id);
  }

  /** "Refresh from live data": adds what the sources list now and the agenda lacks; nothing twice. */
  async refresh(actor: Actor, id: string): Promise<Meeting> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const meeting = await this.loadForEdit(trx, actor, id);
      const group = await this.groups.load(trx, meeting.working_group_id);
      const existing = await repo.agendaOf(trx, [id]);
      const previous = await repo.previousMeeting(trx, group.id, meeting.starts_at, meeting.id);
      const keyed = existing.map((e) => ({ sourceKind: e.source_kind, sourceId: e.source_id }));
      const fresh = withoutDuplicates(keyed, await prefilled(trx, actor, this.agendaSources, group, meeting, previous));
      await insertItems(trx, id, fresh, existing.length, this.clock.now().toISOString());
      await this.audit.record(trx, actor, {
        action: 'meeting.agenda_refreshed',
        entityType: 'meeting',
        entityId: id,
        after: { meetingId: id, meetingTitle: meeting.title, added: fresh.length },
      });
    });
    return this.get(actor, id);
  }

  /**
   * Records an outcome on an agenda item; a decision or an action is created inline, in this transaction,
   * through its port. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (body.ownerId), INVALID_STATE when
   * the decision register or action items are not wired.
   */
  async recordOutcome(actor: Actor, id: string, itemId: string, input: OutcomeInput): Promise<Meeting> {
    authorize(actor, 'governance.read');
    await inTransaction(this.db, async (trx) => {
      const meeting = await this.loadForEdit(trx, actor, id);
      await this.loadItem(trx, id, itemId);
      const ref = { id: meeting.id, workingGroupId: meeting.working_group_id, startsAt: meeting.starts_at };
      let record: OutcomeRecord | null = null;
      let text: string;
      if (input.kind === 'information') text = input.text;
      else if (input.kind === 'decision') {
        if (!this.decisions) throw new AppError('INVALID_STATE', 'The decision register is not available');
        const { title, context, decision, rationale, status } = input;
        record = await this.decisions.createFromMeeting(trx, actor, ref, {
          title,
          context,
          decision,
          rationale,
          status,
        });
        text = record.title;
      } else {
        if (!this.actions) throw new AppError('INVALID_STATE', 'Action items are not available');
        await this.directory.requireExisting(trx, [input.ownerId], 'body.ownerId');
        record = await this.actions.createFromMeeting(trx, actor, ref, {
          title: input.title,
          ownerId: input.ownerId,
          dueDate: input.dueDate,
        });
        text = record.title;
      }
      await repo.insertOutcome(trx, {
        id: uuidv7(),
        meeting_id: id,
        agenda_item_id: itemId,
        kind: input.kind,
        text,
        record_id: record?.id ?? null,
        record_title: record?.title ?? null,
        record_href: record?.href ?? null,
        created_by: actor.id,
        created_at: this.clock.now().toISOString(),
      });
      await this.audit.record(trx, actor, {
        action: 'meeting.outcome_recorded',
        entityType: 'meeting_outcome',
        entityId: id,
        after: {
          meetingId: id,
          meetingTitle: meeting.title,
          agendaItemId: itemId,
          kind: input.kind,
          text,
          recordId: record?.id ?? null,
        },
      });
    });
    return this.get(actor, id);
  }
}
