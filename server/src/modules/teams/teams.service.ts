import type { Team, TeamCreateSchema, TeamDetail, TeamFunction, TeamUpdate } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize, can, type Actor } from '../../http/actor.js';
import { AppError, notFound, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { UsersService } from '../users/users.service.js';
import * as teamsRepo from './teams.repository.js';
import type { TeamRow } from './teams.repository.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

type TeamInput = z.output<typeof TeamCreateSchema>;

function auditTeam(row: Pick<TeamRow, 'id' | 'name' | 'function' | 'description' | 'version'>) {
  return {
    id: row.id,
    name: row.name,
    function: row.function as TeamFunction,
    description: row.description,
    version: row.version,
  };
}

const nameTaken = (name: string) =>
  new AppError('ALREADY_EXISTS', `A team named "${name}" already exists`, [
    { path: 'body.name', message: 'A team with this name already exists' },
  ]);

/** Policy teams and XFN functions, and who belongs to them. */
export class TeamsService {
  constructor(
    private readonly db: DbScope,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  private toTeam(actor: Actor, row: TeamRow): Team {
    const manage = can(actor, 'teams.manage');
    return {
      id: row.id,
      name: row.name,
      function: row.function as TeamFunction,
      description: row.description,
      memberCount: row.member_count,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      abilities: { update: manage, delete: manage },
    };
  }

  async list(actor: Actor, fn?: TeamFunction): Promise<Team[]> {
    authorize(actor, 'directory.read');
    return (await teamsRepo.list(this.db, fn)).map((r) => this.toTeam(actor, r));
  }

  /** Throws NOT_FOUND. */
  async get(actor: Actor, teamId: string): Promise<TeamDetail> {
    authorize(actor, 'directory.read');
    const row = await teamsRepo.findById(this.db, teamId);
    if (!row) throw notFound('Team');
    return { ...this.toTeam(actor, row), members: await teamsRepo.members(this.db, teamId) };
  }

  /** Throws FORBIDDEN, ALREADY_EXISTS. */
  async create(actor: Actor, input: TeamInput): Promise<TeamDetail> {
    authorize(actor, 'teams.manage');
    const id = await inTransaction(this.db, (trx) => this.createInTransaction(trx, actor, input));
    return this.get(actor, id);
  }

  async createInTransaction(trx: DbScope, cause: AuditCause, input: TeamInput): Promise<string> {
    if (await teamsRepo.findByName(trx, input.name)) throw nameTaken(input.name);
    const now = new Date().toISOString();
    const row = {
      id: uuidv7(),
      name: input.name,
      function: input.function,
      description: input.description,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await teamsRepo.insert(trx, row);
    await this.audit.record(trx, cause, {
      action: 'team.created',
      entityType: 'team',
      entityId: row.id,
      after: auditTeam(row),
    });
    return row.id;
  }

  /** Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, ALREADY_EXISTS. */
  async update(actor: Actor, teamId: string, input: TeamUpdate): Promise<TeamDetail> {
    authorize(actor, 'teams.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await teamsRepo.findById(trx, teamId);
      if (!before) throw notFound('Team');
      if (before.version !== input.version) throw versionConflict('This team', before.version);
      if (input.name && input.name !== before.name && (await teamsRepo.findByName(trx, input.name)))
        throw nameTaken(input.name);
      const patch = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.function !== undefined ? { function: input.function } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        updated_at: new Date().toISOString(),
      };
      if (!(await teamsRepo.updateVersioned(trx, teamId, input.version, patch)))
        throw versionConflict('This team', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'team.updated',
        entityType: 'team',
        entityId: teamId,
        before: auditTeam(before),
        after: auditTeam({ ...before, ...patch, version: input.version + 1 }),
      });
    });
    return this.get(actor, teamId);
  }

  /** Deletes a team (memberships go with it). Throws FORBIDDEN, NOT_FOUND, VERSION_CONFLICT. */
  async delete(actor: Actor, teamId: string, version: number): Promise<void> {
    authorize(actor, 'teams.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await teamsRepo.findById(trx, teamId);
      if (!before) throw notFound('Team');
      if (before.version !== version || !(await teamsRepo.deleteVersioned(trx, teamId, version)))
        throw versionConflict('This team', before.version);
      await this.audit.record(trx, actor, {
        action: 'team.deleted',
        entityType: 'team',
        entityId: teamId,
        before: auditTeam(before),
      });
    });
  }

  /** Adds a member; adding an existing member changes nothing. Throws FORBIDDEN, NOT_FOUND. */
  async addMember(actor: Actor, teamId: string, userId: string): Promise<void> {
    authorize(actor, 'teams.manage');
    await inTransaction(this.db, async (trx) => {
      if (!(await teamsRepo.findById(trx, teamId))) throw notFound('Team');
      if (!(await this.users.findById(trx, userId))) throw notFound('User');
      await this.addMemberInTransaction(trx, actor, teamId, userId);
    });
  }

  async addMemberInTransaction(trx: DbScope, cause: AuditCause, teamId: string, userId: string): Promise<void> {
    if (await teamsRepo.isMember(trx, teamId, userId)) return;
    await teamsRepo.addMember(trx, teamId, userId, new Date().toISOString());
    await this.audit.record(trx, cause, {
      action: 'team.member_added',
      entityType: 'team',
      entityId: teamId,
      after: { userId },
    });
  }

  /** Throws FORBIDDEN, NOT_FOUND (team, or the person is not a member). */
  async removeMember(actor: Actor, teamId: string, userId: string): Promise<void> {
    authorize(actor, 'teams.manage');
    await inTransaction(this.db, async (trx) => {
      if (!(await teamsRepo.findById(trx, teamId))) throw notFound('Team');
      if (!(await teamsRepo.removeMember(trx, teamId, userId))) throw notFound('Team membership');
      await this.audit.record(trx, actor, {
        action: 'team.member_removed',
        entityType: 'team',
        entityId: teamId,
        before: { userId },
      });
    });
  }

  /** Throws VALIDATION_FAILED naming the field when any id is not a team. */
  async assertTeamsExist(trx: DbScope, ids: string[], path: string): Promise<void> {
    const found = await teamsRepo.existingIds(trx, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length)
      throw new AppError('VALIDATION_FAILED', `Unknown team(s): ${missing.join(', ')}`, [
        { path, message: 'Contains a team that does not exist' },
      ]);
  }
}
