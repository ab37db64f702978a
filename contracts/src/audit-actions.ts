import { z } from 'zod';
import { MarketKindSchema } from './applicability.contract.js';
import { CollaborationEntityTypeSchema } from './collaboration.contract.js';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { InvitationStateSchema } from './invitations.contract.js';
import { RoleSchema } from './permissions.js';
import { ROADMAP_AUDIT_ACTIONS, ROADMAP_AUDIT_PAYLOAD_SCHEMAS } from './roadmap-audit.js';
import { OKR_AUDIT_ACTIONS, OKR_AUDIT_PAYLOAD_SCHEMAS } from './okrs-audit.js';
import { ROADMAP_PORTFOLIO_AUDIT_ACTIONS, ROADMAP_PORTFOLIO_AUDIT_PAYLOAD_SCHEMAS } from './roadmap-portfolio-audit.js';
import {
  ROADMAP_BASELINE_AUDIT_ACTIONS,
  ROADMAP_BASELINE_AUDIT_PAYLOAD_SCHEMAS,
} from './roadmap-baselines.contract.js';
import {
  INITIATIVE_KEY_RESULT_AUDIT_ACTIONS,
  INITIATIVE_KEY_RESULT_AUDIT_PAYLOAD_SCHEMAS,
} from './roadmap-key-results.contract.js';
import { IsoDateSchema, VersionStateSchema } from './policies.contract.js';
import { MAIL_AUDIT_ACTIONS, MAIL_AUDIT_PAYLOAD_SCHEMAS } from './mail.contract.js';
import { JOB_AUDIT_ACTIONS, JOB_AUDIT_PAYLOAD_SCHEMAS } from './jobs.contract.js';
import { CHANGE_REQUEST_AUDIT_ACTIONS, CHANGE_REQUEST_AUDIT_PAYLOAD_SCHEMAS } from './change-requests-audit.js';
import { ADOPTION_AUDIT_ACTIONS, ADOPTION_AUDIT_PAYLOAD_SCHEMAS } from './adoption-audit.js';
import { STAKEHOLDER_AUDIT_ACTIONS, STAKEHOLDER_AUDIT_PAYLOAD_SCHEMAS } from './stakeholders-audit.js';
import { WORKING_GROUP_AUDIT_ACTIONS, WORKING_GROUP_AUDIT_PAYLOAD_SCHEMAS } from './working-groups-audit.js';
import { ACTION_ITEM_AUDIT_ACTIONS, ACTION_ITEM_AUDIT_PAYLOAD_SCHEMAS } from './action-items-audit.js';
import { RAID_AUDIT_ACTIONS, RAID_AUDIT_PAYLOAD_SCHEMAS } from './raid-audit.js';
import { DECISION_AUDIT_ACTIONS, DECISION_AUDIT_PAYLOAD_SCHEMAS } from './decisions-audit.js';
import { CALENDAR_AUDIT_ACTIONS, CALENDAR_AUDIT_PAYLOAD_SCHEMAS } from './calendar-audit.js';
import { METRICS_AUDIT_ACTIONS, METRICS_AUDIT_PAYLOAD_SCHEMAS } from './metrics-audit.js';
import { TeamFunctionSchema } from './teams.contract.js';
import { UserStatusSchema } from './users.contract.js';

/** Audit action names: `<entity>.<past-tense verb>`. */
export const AUDIT_ACTIONS = [
  'user.created',
  'user.updated',
  'user.password_changed',
  'user.logged_in',
  'user.login_failed',
  'user.logged_out',
  'user.locked_out',
  'session.revoked',
  'api_token.created',
  'api_token.revoked',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'team.created',
  'team.updated',
  'team.deleted',
  'team.member_added',
  'team.member_removed',
  'workspace.setup_completed',
  'workspace.sample_loaded',
  'workspace.settings_updated',
  'policy_area.created',
  'policy_area.updated',
  'policy_area.deleted',
  'policy.created',
  'policy.updated',
  'policy_version.created',
  'policy_version.updated',
  'policy_version.discarded',
  'policy_version.submitted',
  'policy_version.approved',
  'policy_version.rejected',
  'policy_version.published',
  'policy_review.requested',
  'policy_review.decided',
  'policy_review.withdrawn',
  'clock.moved',
  'changelog_entry.published',
  'library.imported',
  'surface.created',
  'surface.updated',
  'surface.deleted',
  'market.created',
  'market.updated',
  'market.deleted',
  'policy.applicability_updated',
  'library.exported',
  'comment.created',
  'comment.updated',
  'comment.deleted',
  'watch.started',
  'watch.stopped',
  'audit.checkpoint_exported',
  'audit.legacy_sealed',
  ...ROADMAP_AUDIT_ACTIONS,
  ...OKR_AUDIT_ACTIONS,
  ...ROADMAP_PORTFOLIO_AUDIT_ACTIONS,
  ...INITIATIVE_KEY_RESULT_AUDIT_ACTIONS,
  ...ROADMAP_BASELINE_AUDIT_ACTIONS,
  ...JOB_AUDIT_ACTIONS,
  ...MAIL_AUDIT_ACTIONS,
  ...CHANGE_REQUEST_AUDIT_ACTIONS,
  ...ADOPTION_AUDIT_ACTIONS,
  ...STAKEHOLDER_AUDIT_ACTIONS,
  ...WORKING_GROUP_AUDIT_ACTIONS,
  ...ACTION_ITEM_AUDIT_ACTIONS,
  ...RAID_AUDIT_ACTIONS,
  ...DECISION_AUDIT_ACTIONS,
  ...CALENDAR_AUDIT_ACTIONS,
  ...METRICS_AUDIT_ACTIONS,
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS).describe('What happened');
export type AuditAction = z.infer<typeof AuditActionSchema>;

// ---- Snapshots: what the log keeps of a record (never a secret: no password or token hash, no key) ----

const NOTHING = z.null().optional().describe('Nothing recorded');
const Count = (what: string) => z.number().int().min(0).describe(what);
const Ids = (what: string) => z.array(IdSchema).describe(what);

const UserSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The person'),
    email: z.string().describe('Sign-in e-mail'),
    name: z.string().describe('Display name'),
    role: RoleSchema,
    status: UserStatusSchema,
    version: VersionSchema,
  })
  .describe('A person, without the password hash or sign-in counters');

const ApiTokenSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The token'),
    name: z.string().describe('What its owner called it'),
    prefix: z
      .string()
      .describe('The first characters of the secret, to recognise it by (never the secret or its hash)'),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema.nullable().describe('When it stops working (null: never)'),
    lastUsedAt: TimestampSchema.nullable().describe('When it was last used'),
  })
  .describe('A personal API token, without its secret or hash');

const InvitationSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The invitation'),
    email: z.string().describe('Invitee e-mail'),
    name: z.string().nullable().describe('Suggested display name'),
    role: RoleSchema,
    teamIds: Ids('Teams the invitee joins on accepting'),
    state: InvitationStateSchema,
    invitedBy: z
      .strictObject({ id: IdSchema.describe('The inviter'), name: z.string().describe('Their name then') })
      .nullable()
      .describe('Who invited (null: deleted user)'),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema.describe('When the link stops working'),
    acceptedAt: TimestampSchema.nullable().describe('When it was accepted'),
  })
  .describe('An invitation, without its link token or hash');

const TeamSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The team'),
    name: z.string().describe('Team name'),
    function: TeamFunctionSchema,
    description: z.string().describe('What the team does'),
    version: VersionSchema,
  })
  .describe('A team');

const MemberSchema = z.strictObject({ userId: IdSchema.describe('The member') }).describe('A team member');

const AreaSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The area'),
    name: z.string().describe('Area name'),
    parentId: IdSchema.nullable().describe('Parent area (null: top level)'),
    description: z.string().describe('What the area covers'),
    version: VersionSchema,
  })
  .describe('A policy area');

const PolicySnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The policy'),
    slug: z.string().describe('URL name'),
    title: z.string().describe('Title'),
    areaId: IdSchema.describe('Area it sits in'),
    owningTeamId: IdSchema.nullable().describe('Owning team'),
    tags: z.array(z.string()).describe('Tags'),
    restricted: z.boolean().describe('Need-to-know: only owners, members and admins see it'),
    retired: z.boolean().describe('Retired from the library'),
    ownerIds: Ids('Owners'),
    memberIds: Ids('Members (restricted policies)'),
    version: VersionSchema,
  })
  .describe('A policy: its metadata and who owns it');

const versionFields = {
  id: IdSchema.describe('The version'),
  label: z.string().describe('Version label, major.minor'),
  state: VersionStateSchema,
  effectiveDate: IsoDateSchema.nullable().describe('When it takes effect'),
  changeSummary: z.string().describe('What changed'),
  bodyLength: Count('Length of the text (every version keeps its full text anyway)'),
  version: VersionSchema,
};
const VersionSnapshotSchema = z.strictObject(versionFields).describe('A policy version, its text by length');
const MarketDatesSchema = z
  .array(
    z.strictObject({
      marketId: IdSchema.describe('The market'),
      effectiveDate: IsoDateSchema.describe('When the version takes effect there'),
    }),
  )
  .describe('Per-market effective dates, as replaced');

const SurfaceSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The surface'),
    name: z.string().describe('Surface name'),
    position: z.number().int().describe('Order in the grid'),
    version: VersionSchema,
  })
  .describe('A product surface');

const MarketSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The market'),
    code: z.string().describe('Market code'),
    name: z.string().describe('Market name'),
    kind: MarketKindSchema.describe('global, region or country'),
    parentId: IdSchema.nullable().describe('Region a country sits in'),
    position: z.number().int().describe('Order in the grid'),
    version: VersionSchema,
  })
  .describe('A market');

const CommentSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The comment'),
    entityType: CollaborationEntityTypeSchema,
    entityId: IdSchema.describe('Record commented on'),
    authorId: IdSchema.describe('Author'),
    body: z.string().describe('Markdown text'),
    mentionIds: Ids('People mentioned'),
    version: VersionSchema,
  })
  .describe('A comment');

const WorkspaceSettingsSnapshotSchema = z
  .strictObject({
    autoPublishChangelog: z.boolean().describe('Versions go on the public changelog when they go live'),
    version: VersionSchema,
  })
  .describe('The workspace settings');

const WatcherSchema = z.strictObject({ userId: IdSchema.describe('The watcher') }).describe('Who watches');
const ApplicabilitySchema = z.array(z.string()).describe('The grid, one readable line a cell ("Feed / DE: applies")');

const LoginFailureSchema = z.strictObject({
  ip: z.string().nullable().describe('Address the attempt came from'),
  failures: Count('Failed attempts in a row, this one included'),
  lockedUntil: TimestampSchema.nullable().describe('Set when this attempt locked the account'),
});
const CredentialsEndedSchema = z
  .strictObject({
    revoked: Count('How many were ended'),
    reason: z.enum(['deactivated', 'reactivated']).describe('The status change that ended them'),
  })
  .describe("Every one of a person's sessions or tokens, ended by a status change");

// ---- Per action: the kind of record, and its before/after ----------------------------------------

const entity = <T extends string>(type: T) => z.literal(type).describe(`Kind of record: ${type}`);

/** One kind of event: what it is about, and what it keeps of the state before and after. */
function payload<E extends z.ZodType<string>, B extends z.ZodType, A extends z.ZodType>(
  entityType: E,
  before: B,
  after: A,
) {
  return z.strictObject({
    entityType,
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

const user = entity('user');
const team = entity('team');
const workspace = entity('workspace');
const area = entity('policy_area');
const policy = entity('policy');
const policyVersion = entity('policy_version');
const library = entity('library');
const auditChain = entity('audit_chain');
const versionStep = payload(policyVersion, VersionSnapshotSchema, VersionSnapshotSchema);

/**
 * The payload schema of every audit action: `AuditService.record` is typed from these, and the
 * test app parses every event a test wrote with them, so a payload cannot drift unnoticed.
 */
export const AUDIT_PAYLOAD_SCHEMAS = {
  'user.created': payload(user, NOTHING, UserSnapshotSchema),
  'user.updated': payload(user, UserSnapshotSchema, UserSnapshotSchema),
  'user.password_changed': payload(user, NOTHING, NOTHING),
  'user.logged_in': payload(
    user,
    NOTHING,
    z.strictObject({
      ip: z.string().nullable().describe('Address signed in from'),
      userAgent: z.string().nullable().describe('Browser or client'),
    }),
  ),
  'user.login_failed': payload(user, NOTHING, LoginFailureSchema),
  'user.logged_out': payload(entity('session'), NOTHING, NOTHING),
  'user.locked_out': payload(user, NOTHING, LoginFailureSchema),
  'session.revoked': z.union([
    payload(entity('session'), NOTHING, NOTHING),
    payload(
      user,
      NOTHING,
      z.union([
        z
          .strictObject({
            revoked: Count('Sessions ended'),
            kept: IdSchema.nullable().describe('The session that asked (kept)'),
          })
          .describe('"Sign out everywhere else"'),
        CredentialsEndedSchema,
      ]),
    ),
  ]),
  'api_token.created': payload(entity('api_token'), NOTHING, ApiTokenSnapshotSchema),
  'api_token.revoked': z.union([
    payload(entity('api_token'), ApiTokenSnapshotSchema, NOTHING),
    payload(user, NOTHING, CredentialsEndedSchema),
  ]),
  'invitation.created': payload(entity('invitation'), NOTHING, InvitationSnapshotSchema),
  'invitation.revoked': payload(entity('invitation'), InvitationSnapshotSchema, NOTHING),
  'invitation.accepted': payload(
    entity('invitation'),
    NOTHING,
    z.strictObject({
      userId: IdSchema.describe('The account created'),
      email: z.string().describe('Its e-mail'),
    }),
  ),
  'team.created': payload(team, NOTHING, TeamSnapshotSchema),
  'team.updated': payload(team, TeamSnapshotSchema, TeamSnapshotSchema),
  'team.deleted': payload(team, TeamSnapshotSchema, NOTHING),
  'team.member_added': payload(team, NOTHING, MemberSchema),
  'team.member_removed': payload(team, MemberSchema, NOTHING),
  'workspace.setup_completed': payload(
    workspace,
    NOTHING,
    z.strictObject({ adminId: IdSchema.describe('The first admin') }),
  ),
  'workspace.sample_loaded': payload(
    workspace,
    NOTHING,
    z.record(z.string(), Count('Records created')).describe('Records created, by kind'),
  ),
  'workspace.settings_updated': payload(workspace, WorkspaceSettingsSnapshotSchema, WorkspaceSettingsSnapshotSchema),
  'policy_area.created': payload(area, NOTHING, AreaSnapshotSchema),
  'policy_area.updated': payload(area, AreaSnapshotSchema, AreaSnapshotSchema),
  'policy_area.deleted': payload(area, AreaSnapshotSchema, NOTHING),
  'policy.created': payload(policy, NOTHING, PolicySnapshotSchema),
  'policy.updated': payload(policy, PolicySnapshotSchema, PolicySnapshotSchema),
  'policy_version.created': payload(
    policyVersion,
    NOTHING,
    z.strictObject({ ...versionFields, policyId: IdSchema.describe('The policy') }).describe('The new version'),
  ),
  'policy_version.updated': payload(
    policyVersion,
    VersionSnapshotSchema,
    z
      .strictObject({
        ...versionFields,
        marketDates: MarketDatesSchema.optional().describe('Per-market dates, when the edit replaced them'),
      })
      .describe('The draft as edited (with its market dates when they were replaced)'),
  ),
  'policy_version.discarded': payload(policyVersion, VersionSnapshotSchema, NOTHING),
  'policy_version.submitted': versionStep,
  'policy_version.approved': versionStep,
  'policy_version.rejected': versionStep,
  'policy_version.published': versionStep,
  'policy_review.requested': payload(
    policyVersion,
    NOTHING,
    z.strictObject({
      policyId: IdSchema.describe('The policy'),
      reviewerIds: Ids('Who was asked to review'),
    }),
  ),
  'policy_review.decided': payload(
    policyVersion,
    NOTHING,
    z.strictObject({
      reviewId: IdSchema.describe('The review request answered (or the decision recorded unasked)'),
      reviewerId: IdSchema.describe('Who decided'),
      decision: z.enum(['approved', 'changes_requested']).describe('What they decided'),
      comment: z.string().nullable().describe('Markdown comment that came with it'),
      commentId: IdSchema.nullable().describe("The comment posted on the policy's discussion"),
    }),
  ),
  'policy_review.withdrawn': payload(
    policyVersion,
    z.strictObject({ reviewerIds: Ids('Whose requests were still open') }),
    NOTHING,
  ),
  'clock.moved': payload(
    workspace,
    z.strictObject({ today: IsoDateSchema, offsetDays: z.number().int().describe('Days ahead of the machine') }),
    z.strictObject({ today: IsoDateSchema, offsetDays: z.number().int().describe('Days ahead of the machine') }),
  ),
  'changelog_entry.published': payload(
    policyVersion,
    NOTHING,
    z.strictObject({
      entryId: IdSchema.describe('The changelog entry'),
      policyId: IdSchema.describe('The policy'),
      label: z.string().describe('Version label'),
      summary: z.string().describe("The version's internal change summary (not published)"),
      publicSummary: z
        .string()
        .optional()
        .describe('The summary the public reads (absent in events before it existed)'),
      imported: z.boolean().describe('Carried over from an imported library rather than put there by hand'),
      automatic: z
        .boolean()
        .optional()
        .describe("Added when the version went live, by the workspace's automatic publication setting"),
    }),
  ),
  'library.imported': payload(
    library,
    NOTHING,
    z.strictObject({
      areas: Count('Areas created'),
      policies: Count('Policies created'),
      versions: Count('Versions created'),
      confirmedFlags: z.array(z.string()).describe('Files whose flagged differences the importer confirmed'),
    }),
  ),
  'surface.created': payload(entity('surface'), NOTHING, SurfaceSnapshotSchema),
  'surface.updated': payload(entity('surface'), SurfaceSnapshotSchema, SurfaceSnapshotSchema),
  'surface.deleted': payload(entity('surface'), SurfaceSnapshotSchema, NOTHING),
  'market.created': payload(entity('market'), NOTHING, MarketSnapshotSchema),
  'market.updated': payload(entity('market'), MarketSnapshotSchema, MarketSnapshotSchema),
  'market.deleted': payload(entity('market'), MarketSnapshotSchema, NOTHING),
  'policy.applicability_updated': payload(policy, ApplicabilitySchema, ApplicabilitySchema),
  'library.exported': payload(
    library,
    NOTHING,
    z.strictObject({ policies: Count('Policies exported'), versions: Count('Versions exported') }),
  ),
  'comment.created': payload(entity('comment'), NOTHING, CommentSnapshotSchema),
  'comment.updated': payload(entity('comment'), CommentSnapshotSchema, CommentSnapshotSchema),
  'comment.deleted': payload(entity('comment'), CommentSnapshotSchema, NOTHING),
  'watch.started': payload(CollaborationEntityTypeSchema, NOTHING, WatcherSchema),
  'watch.stopped': payload(CollaborationEntityTypeSchema, WatcherSchema, NOTHING),
  'audit.checkpoint_exported': payload(
    auditChain,
    NOTHING,
    z.strictObject({
      seq: Count('Last event the checkpoint covers'),
      hash: z.string().describe("That event's chain hash (public: it is in the log)"),
      keyId: z.string().describe('Identifies the audit key that signed it (reveals nothing about it)'),
      createdAt: TimestampSchema.describe('When the checkpoint was signed'),
    }),
  ),
  'audit.legacy_sealed': payload(
    auditChain,
    NOTHING,
    z.strictObject({
      legacyEvents: Count('Events written before keyed hashing'),
      lastLegacyHash: z.string().describe('Hash of the last of them'),
      keyId: z.string().describe('Identifies the audit key that sealed them'),
    }),
  ),
  ...ROADMAP_AUDIT_PAYLOAD_SCHEMAS,
  ...OKR_AUDIT_PAYLOAD_SCHEMAS,
  ...ROADMAP_PORTFOLIO_AUDIT_PAYLOAD_SCHEMAS,
  ...INITIATIVE_KEY_RESULT_AUDIT_PAYLOAD_SCHEMAS,
  ...ROADMAP_BASELINE_AUDIT_PAYLOAD_SCHEMAS,
  ...JOB_AUDIT_PAYLOAD_SCHEMAS,
  ...MAIL_AUDIT_PAYLOAD_SCHEMAS,
  ...CHANGE_REQUEST_AUDIT_PAYLOAD_SCHEMAS,
  ...ADOPTION_AUDIT_PAYLOAD_SCHEMAS,
  ...STAKEHOLDER_AUDIT_PAYLOAD_SCHEMAS,
  ...WORKING_GROUP_AUDIT_PAYLOAD_SCHEMAS,
  ...ACTION_ITEM_AUDIT_PAYLOAD_SCHEMAS,
  ...RAID_AUDIT_PAYLOAD_SCHEMAS,
  ...DECISION_AUDIT_PAYLOAD_SCHEMAS,
  ...CALENDAR_AUDIT_PAYLOAD_SCHEMAS,
  ...METRICS_AUDIT_PAYLOAD_SCHEMAS,
} as const satisfies Record<AuditAction, z.ZodType<{ entityType: string; before?: unknown; after?: unknown }>>;

/** What an event of this action records, as a caller writes it (`before`/`after` absent when it keeps none). */
export type AuditPayloadInput<A extends AuditAction> = z.input<(typeof AUDIT_PAYLOAD_SCHEMAS)[A]>;
