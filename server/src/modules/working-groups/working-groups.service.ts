import {
  WORKING_GROUP_MOVES,
  type LinkedRecordRef,
  type WorkingGroup,
  type WorkingGroupCreateSchema,
  type WorkingGroupStatus,
  type WorkingGroupSummary,
  type WorkingGroupUpdateSchema,
  type CadenceInputSchema,
  type CadencePreviewSchema,
  type Occurrence,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { inTransaction, type DbScope } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import type { StakeholdersService } from '../stakeholders/stakeholders.service.js';
import { endOf, nextOccurrences, parseCadence } from './cadence.js';
import * as meetingsRepo from './meetings.repository.js';
import * as repo from './working-groups.repository.js';
import type { GroupRow } from './working-groups.repository.js';
import { cadenceOf, groupSnapshot, groupSummary, groupView } from './wg-views.js';

type CreateInput = z.output<typeof WorkingGroupCreateSchema>;
type UpdateInput = z.output<typeof WorkingGroupUpdateSchema>;
type CadenceInput = z.output<typeof CadenceInputSchema>;
type Member = { stakeholderId: string; role: string };

const GROUP = 'This working group';

/** The directory calls a working group needs (StakeholdersService provides them). */
export type StakeholderDirectory = Pick<StakeholdersService, 'summaries' | 'requireExisting' | 'forUser'>;

/** Checks the time zone is one the platform knows (IANA name). */
function checkTimeZone(timeZone: string | null): void {
  if (timeZone === null) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw fieldError('body.cadence.timeZone', 'Use an IANA time zone name, e.g. Europe/Berlin');
  }
}

/** The chair is a member with the chair role; anyone else named chair becomes a plain member. */
export function membersWithChair(chairId: string, members: readonly Member[]): Member[] {
  const rest = members
    .filter((m) => m.stakeholderId !== chairId)
    .map((m) => ({ stakeholderId: m.stakeholderId, role: m.role === 'chair' ? 'member' : m.role }));
  return [{ stakeholderId: chairId, role: 'chair' }, ...rest];
}

/** Working groups: charter, members, cadence, status and links (issue 11). */
export class WorkingGroupsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly directory: StakeholderDirectory,
    private readonly links: LinkedRecords,
  ) {}

  /** Throws NOT_FOUND. Groups are never hidden whole: their restricted links are left out instead. */
  async load(db: DbScope, id: string): Promise<GroupRow> {
    const row = await repo.findGroup(db, id);
    if (!row) throw notFound('Working group');
    return row;
  }

  /**
   * Agenda items are stored as whoever opened or refreshed the meeting saw them: on reading, an item about
   * a CR or policy the reader may not see is left out (the need-to-know rule holds in agendas too).
   */
  async hiddenSources(db: DbScope, actor: Actor, sources: { kind: string; id: string }[]): Promise<Set<string>> {
    const refs = sources.filter((s) => s.kind === 'change_request' || s.kind === 'policy') as LinkedRecordRef[];
    const seen = new Set((await this.links.resolve(db, actor, refs)).map((r) => `${r.kind}:${r.id}`));
    return new Set(refs.map((r) => `${r.kind}:${r.id}`).filter((key) => !seen.has(key)));
  }

  /** Manage permission, or chair or secretary of this group: they run its meetings. */
  async mayRunMeetings(db: DbScope, actor: Actor, groupId: string): Promise<boolean> {
    if (can(actor, 'governance.manage')) return true;
    const me = await this.directory.forUser(db, actor.id);
    const members = await repo.membersOf(db, [groupId]);
    return members.some((m) => m.stakeholder_id === me.id && (m.role === 'chair' || m.role === 'secretary'));
  }

  async requireRunMeetings(db: DbScope, actor: Actor, groupId: string): Promise<void> {
    authorize(actor, 'governance.read');
    if (!(await this.mayRunMeetings(db, actor, groupId)))
      throw new AppError(
        'FORBIDDEN',
        "Only the group's chair or secretary, or governance.manage, may run its meetings",
      );
  }

  async list(actor: Actor, status: WorkingGroupStatus | undefined): Promise<WorkingGroupSummary[]> {
    authorize(actor, 'governance.read');
    const rows = await repo.listGroups(this.db, status);
    const members = await repo.membersOf(
      this.db,
      rows.map((r) => r.id),
    );
    const people = await this.directory.summaries(this.db, [...new Set(rows.map((r) => r.chair_id))]);
    const now = this.clock.now();
    return rows.map((row) =>
      groupSummary(row, people, members.filter((m) => m.working_group_id === row.id).length, now),
    );
  }

  async get(actor: Actor, id: string, db: DbScope = this.db): Promise<WorkingGroup> {
    authorize(actor, 'governance.read');
    return this.view(db, actor, await this.load(db, id));
  }

  private async view(db: DbScope, actor: Actor, row: GroupRow): Promise<WorkingGroup> {
    const members = await repo.membersOf(db, [row.id]);
    const links = await repo.linksOf(db, [row.id]);
    const people = await this.directory.summaries(db, [row.chair_id, ...members.map((m) => m.stakeholder_id)]);
    const refs = (kind: 'policy' | 'other') =>
      links
        .filter((l) => (kind === 'policy' ? l.kind === 'policy' : l.kind !== 'policy'))
        .map((l) => ({ kind: l.kind, id: l.target_id }) as LinkedRecordRef);
    return groupView(row, {
      people,
      members,
      links,
      policies: await this.links.resolve(db, actor, refs('policy')),
      linked: await this.links.resolve(db, actor, refs('other')),
      now: this.clock.now(),
      abilities: {
        update: can(actor, 'governance.manage'),
        runMeetings: await this.mayRunMeetings(db, actor, row.id),
      },
    });
  }

  /** The next occurrences of the cadence from now, with the meeting already opened for each. */
  async occurrences(actor: Actor, id: string, count: number): Promise<Occurrence[]> {
    authorize(actor, 'governance.read');
    const row = await this.load(this.db, id);
    const cadence = cadenceOf(row);
    if (!cadence || row.status === 'closed') return [];
    const starts = nextOccurrences(cadence, this.clock.now(), count);
    const opened = new Map(
      (await meetingsRepo.meetingsOf(this.db, [id]))
        .filter((m) => m.occurrence_start)
        .map((m) => [m.occurrence_start!, m.id]),
    );
    return starts.map((startsAt) => ({
      startsAt,
      endsAt: endOf(cadence, startsAt),
      meetingId: opened.get(startsAt) ?? null,
    }));
  }

  /** Next dates of a cadence not saved yet (the "New working group" dialog's live preview). */
  preview(actor: Actor, input: z.output<typeof CadencePreviewSchema>): { summary: string; occurrences: string[] } {
    authorize(actor, 'governance.read');
    checkTimeZone(input.cadence.timeZone);
    const cadence = parseCadence(input.cadence);
    const from = new Date(Math.max(this.clock.now().getTime(), new Date(input.cadence.startsAt).getTime()));
    return { summary: cadence.summary, occurrences: nextOccurrences(cadence, from, input.count) };
  }

  private async checkPeople(trx: DbScope, chairId: string, members: readonly Member[]): Promise<void> {
    await this.directory.requireExisting(trx, [chairId], 'body.chairId');
    await this.directory.requireExisting(
      trx,
      members.map((m) => m.stakeholderId),
      (i) => `body.members.${i}.stakeholderId`,
    );
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.stakeholderId)) throw fieldError(`body.members.${i}.stakeholderId`, 'Listed twice');
      seen.add(m.stakeholderId);
    });
  }

  private cadenceColumns(cadence: CadenceInput | null) {
    if (cadence === null)
      return { cadence_rule: null, cadence_starts_at: null, cadence_time_zone: null, cadence_duration_minutes: null };
    checkTimeZone(cadence.timeZone);
    const parsed = parseCadence(cadence);
    return {
      cadence_rule: parsed.rule,
      cadence_starts_at: new Date(cadence.startsAt).toISOString(),
      cadence_time_zone: cadence.timeZone,
      cadence_duration_minutes: cadence.durationMinutes,
    };
  }

  /** Throws FORBIDDEN, VALIDATION_FAILED naming the field (cadence.rule, chairId, members, policies, links). */
  async create(actor: Actor, input: CreateInput): Promise<WorkingGroup> {
    authorize(actor, 'governance.manage');
    const id = await inTransaction(this.db, async (trx) => {
      const cadence = this.cadenceColumns(input.cadence);
      await this.checkPeople(trx, input.chairId, input.members);
      const policyRefs = input.charter.policyIds.map((pid) => ({ kind: 'policy' as const, id: pid }));
      await this.links.requireAll(trx, actor, policyRefs, 'body.charter.policyIds');
      await this.links.requireAll(trx, actor, input.links, 'body.links');
      const now = this.clock.now().toISOString();
      const row: GroupRow = {
        id: uuidv7(),
        name: input.name,
        status: 'forming',
        purpose: input.charter.purpose,
        deliverables: JSON.stringify(input.charter.deliverables),
        success_criteria: JSON.stringify(input.charter.successCriteria),
        end_date: input.charter.endDate,
        chair_id: input.chairId,
        ...cadence,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertGroup(trx, row);
      const members = membersWithChair(input.chairId, input.members);
      await repo.replaceMembers(trx, row.id, members);
      const links = [...policyRefs, ...input.links];
      await repo.replaceLinks(trx, row.id, links);
      await this.audit.record(trx, actor, {
        action: 'working_group.created',
        entityType: 'working_group',
        entityId: row.id,
        after: groupSnapshot(row, members, links),
      });
      return row.id;
    });
    return this.get(actor, id);
  }

  /** Links the editor cannot see stay as they are: an edit never drops what it could not show. */
  private async hiddenLinks(trx: DbScope, actor: Actor, refs: LinkedRecordRef[]): Promise<LinkedRecordRef[]> {
    const visible = new Set((await this.links.resolve(trx, actor, refs)).map((r) => `${r.kind}:${r.id}`));
    return refs.filter((r) => !visible.has(`${r.kind}:${r.id}`));
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED. */
  async update(actor: Actor, id: string, input: UpdateInput): Promise<WorkingGroup> {
    authorize(actor, 'governance.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.load(trx, id);
      if (before.version !== input.version) throw versionConflict(GROUP, before.version);
      const oldMembers = (await repo.membersOf(trx, [id])).map((m) => ({
        stakeholderId: m.stakeholder_id,
        role: m.role,
      }));
      const oldLinks = (await repo.linksOf(trx, [id])).map(
        (l) => ({ kind: l.kind, id: l.target_id }) as LinkedRecordRef,
      );
      const chairId = input.chairId ?? before.chair_id;
      const members = membersWithChair(
        chairId,
        input.members ?? oldMembers.filter((m) => m.role !== 'chair' || m.stakeholderId === chairId),
      );
      if (input.chairId !== undefined || input.members !== undefined)
        await this.checkPeople(trx, chairId, input.members ?? []);
      let policyRefs = oldLinks.filter((l) => l.kind === 'policy');
      if (input.charter) {
        const given = input.charter.policyIds.map((pid) => ({ kind: 'policy' as const, id: pid }));
        await this.links.requireAll(trx, actor, given, 'body.charter.policyIds');
        const kept = (await this.hiddenLinks(trx, actor, policyRefs)).filter((h) => !given.some((g) => g.id === h.id));
        policyRefs = [...given, ...kept];
      }
      let otherRefs = oldLinks.filter((l) => l.kind !== 'policy');
      if (input.links) {
        await this.links.requireAll(trx, actor, input.links, 'body.links');
        const kept = (await this.hiddenLinks(trx, actor, otherRefs)).filter(
          (h) => !input.links!.some((g) => g.kind === h.kind && g.id === h.id),
        );
        otherRefs = [...input.links, ...kept];
      }
      const after: GroupRow = {
        ...before,
        name: input.name ?? before.name,
        ...(input.charter
          ? {
              purpose: input.charter.purpose,
              deliverables: JSON.stringify(input.charter.deliverables),
              success_criteria: JSON.stringify(input.charter.successCriteria),
              end_date: input.charter.endDate,
            }
          : {}),
        chair_id: chairId,
        ...(input.cadence !== undefined ? this.cadenceColumns(input.cadence) : {}),
        updated_at: this.clock.now().toISOString(),
      };
      if (!(await repo.updateGroupVersioned(trx, after, before.version)))
        throw versionConflict(GROUP, before.version + 1);
      await repo.replaceMembers(trx, id, members);
      const links = [...policyRefs, ...otherRefs];
      await repo.replaceLinks(trx, id, links);
      await this.audit.record(trx, actor, {
        action: 'working_group.updated',
        entityType: 'working_group',
        entityId: id,
        before: groupSnapshot(before, oldMembers, oldLinks),
        after: groupSnapshot({ ...after, version: before.version + 1 }, members, links),
      });
    });
    return this.get(actor, id);
  }

  /** forming → active → paused ↔ active → closed. Throws INVALID_STATE naming the moves allowed. */
  async transition(
    actor: Actor,
    id: string,
    input: { version: number; to: WorkingGroupStatus },
  ): Promise<WorkingGroup> {
    authorize(actor, 'governance.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await this.load(trx, id);
      if (before.version !== input.version) throw versionConflict(GROUP, before.version);
      const allowed = WORKING_GROUP_MOVES[before.status as WorkingGroupStatus];
      if (!allowed.includes(input.to)) {
        const message =
          allowed.length === 0
            ? `A ${before.status} group cannot move`
            : `From ${before.status} a group may move to ${allowed.join(' or ')}`;
        throw new AppError('INVALID_STATE', message, [{ path: 'body.to', message }]);
      }
      const after = { ...before, status: input.to, updated_at: this.clock.now().toISOString() };
      if (!(await repo.updateGroupVersioned(trx, after, before.version)))
        throw versionConflict(GROUP, before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'working_group.status_changed',
        entityType: 'working_group',
        entityId: id,
        before: { name: before.name, status: before.status as WorkingGroupStatus, version: before.version },
        after: { name: after.name, status: input.to, version: before.version + 1 },
      });
    });
    return this.get(actor, id);
  }
}
