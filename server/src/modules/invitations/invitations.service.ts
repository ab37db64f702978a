import type { Invitation, InvitationAccept, InvitationCreated, InvitationPreview, Role } from '@policyops/contracts';
import { ROLE_LABELS, type InvitationCreateSchema } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService, RequestMeta, StartedSession } from '../auth/auth.service.js';
import { hashPassword } from '../auth/passwords.js';
import { newSecret, sha256 } from '../auth/tokens.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import * as invitationsRepo from './invitations.repository.js';
import type { InvitationRow } from './invitations.repository.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import { renderMail, type RenderedMail } from '../../platform/mail/mail-template.js';

type InvitationInput = z.output<typeof InvitationCreateSchema>;

function stateOf(row: InvitationRow, now: number): Invitation['state'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return Date.parse(row.expires_at) <= now ? 'expired' : 'pending';
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    teamIds: JSON.parse(row.team_ids) as string[],
    state: stateOf(row, Date.now()),
    invitedBy: row.invited_by ? { id: row.invited_by, name: row.inviter_name ?? 'Deleted user' } : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

const EXPIRY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** The invitee's e-mail: who invited them, as what, the link and when it stops working. */
function invitationMail(invitation: Invitation, inviterName: string, link: string, publicUrl: string): RenderedMail {
  return renderMail(
    {
      subject: "You're invited to PolicyOps",
      paragraphs: [
        [invitation.name ? `Hello ${invitation.name},` : 'Hello,'],
        [`${inviterName} invited you to PolicyOps as ${ROLE_LABELS[invitation.role]}.`],
        [
          `The link below works once and expires on ${EXPIRY_FORMAT.format(new Date(invitation.expiresAt))} UTC. `,
          'If you did not expect this invitation, you can ignore this message.',
        ],
      ],
      action: { href: link, label: 'Accept the invitation' },
    },
    { publicUrl },
  );
}

const INVALID_LINK =
  'This invitation link is invalid, was already used, was revoked or has expired. Ask an admin for a new one.';

/** Inviting people by one-time link and turning an accepted link into an account. */
export class InvitationsService {
  constructor(
    private readonly db: DbScope,
    private readonly publicUrl: string,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
  ) {}

  async list(actor: Actor): Promise<Invitation[]> {
    authorize(actor, 'users.manage');
    return (await invitationsRepo.list(this.db)).map(toInvitation);
  }

  /**
   * Creates an invitation and returns its one-time link (only its hash is stored); a newer
   * invitation replaces a pending one for the same e-mail. With mail on, the link is also e-mailed:
   * queued in the same transaction (key `invitation:<id>`), so a rolled-back invitation sends nothing.
   * Throws FORBIDDEN, ALREADY_EXISTS, VALIDATION_FAILED.
   */
  async create(actor: Actor, input: InvitationInput): Promise<InvitationCreated> {
    authorize(actor, 'users.manage');
    const { secret, hash } = newSecret('');
    const now = new Date();
    const link = `${this.publicUrl}/invite/${secret}`;
    const { row, emailQueued } = await inTransaction(this.db, async (trx) => {
      if (await this.users.findByEmail(trx, input.email)) {
        throw new AppError('ALREADY_EXISTS', `${input.email} already has an account`, [
          { path: 'body.email', message: 'This person already has an account' },
        ]);
      }
      await this.teams.assertTeamsExist(trx, input.teamIds, 'body.teamIds');
      await invitationsRepo.revokePendingFor(trx, input.email, now.toISOString());
      const inserted = {
        id: uuidv7(),
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        team_ids: JSON.stringify([...new Set(input.teamIds)]),
        token_hash: hash,
        invited_by: actor.id,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
        accepted_at: null,
        accepted_user_id: null,
        revoked_at: null,
      };
      await invitationsRepo.insert(trx, inserted);
      const created = { ...inserted, inviter_name: actor.name };
      await this.audit.record(trx, actor, {
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: inserted.id,
        after: toInvitation(created),
      });
      const emailQueued = await this.mail.queue(
        trx,
        inserted.email,
        invitationMail(toInvitation(created), actor.name, link, this.publicUrl),
        `invitation:${inserted.id}`,
      );
      return { row: created, emailQueued };
    });
    return { invitation: toInvitation(row), link, emailQueued };
  }

  /** Throws NOT_FOUND (unknown) or INVALID_STATE (already accepted or revoked). */
  async revoke(actor: Actor, invitationId: string): Promise<void> {
    authorize(actor, 'users.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await invitationsRepo.findById(trx, invitationId);
      if (!before) throw notFound('Invitation');
      if (!(await invitationsRepo.revoke(trx, invitationId, new Date().toISOString()))) {
        throw new AppError('INVALID_STATE', `This invitation is already ${stateOf(before, Date.now())}`);
      }
      await this.audit.record(trx, actor, {
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: invitationId,
        before: toInvitation(before),
      });
    });
  }

  private async pendingByToken(db: DbScope, token: string): Promise<InvitationRow> {
    const row = await invitationsRepo.findByTokenHash(db, sha256(token));
    if (!row || stateOf(row, Date.now()) !== 'pending') throw new AppError('NOT_FOUND', INVALID_LINK);
    return row;
  }

  /** What the invitee sees before accepting. Throws NOT_FOUND for a link that cannot be used. */
  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.pendingByToken(this.db, token);
    return {
      email: row.email,
      name: row.name,
      role: row.role as Role,
      invitedByName: row.inviter_name,
      expiresAt: row.expires_at,
    };
  }

  /** Creates the invitee's account, joins the invited teams and signs them in. Throws NOT_FOUND, ALREADY_EXISTS. */
  async accept(input: InvitationAccept, meta: RequestMeta): Promise<StartedSession> {
    await this.pendingByToken(this.db, input.token);
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.db, async (trx) => {
      const invitation = await this.pendingByToken(trx, input.token);
      const user = await this.users.createInTransaction(
        trx,
        { id: invitation.invited_by, requestId: meta.requestId },
        {
          email: invitation.email,
          name: input.name,
          role: invitation.role as Role,
          passwordHash,
        },
      );
      if (!(await invitationsRepo.markAccepted(trx, invitation.id, user.id, new Date().toISOString())))
        throw new AppError('NOT_FOUND', INVALID_LINK);
      const cause = { id: user.id, requestId: meta.requestId };
      for (const teamId of JSON.parse(invitation.team_ids) as string[]) {
        await this.teams.addMemberInTransaction(trx, cause, teamId, user.id);
      }
      await this.audit.record(trx, cause, {
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        after: { userId: user.id, email: user.email },
      });
      return this.auth.startSessionInTransaction(trx, user, meta);
    });
  }
}
