import { sql } from 'kysely';
import type {
  AdoptionAudiencesTable,
  AdoptionCampaignAudiencesTable,
  AdoptionCampaignsTable,
  AdoptionLinksTable,
  AdoptionQuizAttemptsTable,
} from '../../db/adoption-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export type AudienceRow = AdoptionAudiencesTable;
export type CampaignRow = AdoptionCampaignsTable;
export type CampaignAudienceRow = AdoptionCampaignAudiencesTable;
export type LinkRow = AdoptionLinksTable;
export type QuizAttemptRow = AdoptionQuizAttemptsTable;

// ---- Directory ----

export async function listAudiences(scope: DbScope, filters: { active?: boolean; kind?: string }) {
  let query = queryBuilder(scope).selectFrom('adoption_audiences').selectAll().orderBy('name').orderBy('id');
  if (filters.active !== undefined) query = query.where('active', '=', filters.active ? 1 : 0);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  return query.execute();
}

export async function findAudience(scope: DbScope, id: string): Promise<AudienceRow | undefined> {
  return queryBuilder(scope).selectFrom('adoption_audiences').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAudience(scope: DbScope, row: AudienceRow): Promise<void> {
  await queryBuilder(scope).insertInto('adoption_audiences').values(row).execute();
}

export async function updateAudienceVersioned(
  scope: DbScope,
  id: string,
  expected: number,
  patch: Partial<AudienceRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('adoption_audiences')
    .set({ ...patch, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAudienceVersioned(scope: DbScope, id: string, expected: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('adoption_audiences')
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- Campaigns ----

export interface CampaignContext {
  cr_number: number;
  cr_title: string;
  cr_owner_id: string | null;
  cr_type: string;
  policy_title: string;
  policy_restricted: number;
  version_label: string;
  version_body: string;
}
export type CampaignWithContext = CampaignRow & CampaignContext;

function campaignsWithContext(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('adoption_campaigns as c')
    .innerJoin('change_requests as r', 'r.id', 'c.change_request_id')
    .innerJoin('policies as p', 'p.id', 'c.policy_id')
    .innerJoin('policy_versions as v', 'v.id', 'c.policy_version_id')
    .selectAll('c')
    .select([
      'r.number as cr_number',
      'r.title as cr_title',
      'r.owner_id as cr_owner_id',
      'r.type as cr_type',
      'p.title as policy_title',
      'p.restricted as policy_restricted',
      'v.label as version_label',
      'v.body as version_body',
    ]);
}

/** Campaigns the viewer may see: those of a restricted policy only for who may see the policy. */
function visibleCampaigns(scope: DbScope, viewer: Viewer) {
  return campaignsWithContext(scope).where((eb) =>
    eb('c.policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
  );
}

export async function findCampaignVisible(
  scope: DbScope,
  viewer: Viewer,
  id: string,
): Promise<CampaignWithContext | undefined> {
  return visibleCampaigns(scope, viewer).where('c.id', '=', id).executeTakeFirst();
}

export async function findCampaign(scope: DbScope, id: string): Promise<CampaignWithContext | undefined> {
  return campaignsWithContext(scope).where('c.id', '=', id).executeTakeFirst();
}

export async function listCampaignsVisible(
  scope: DbScope,
  viewer: Viewer,
  filters: { changeRequestId?: string },
): Promise<CampaignWithContext[]> {
  let query = visibleCampaigns(scope, viewer).orderBy('c.launched_at', 'desc').orderBy('c.id', 'desc').limit(200);
  if (filters.changeRequestId) query = query.where('c.change_request_id', '=', filters.changeRequestId);
  return query.execute();
}

export async function campaignsInProgress(scope: DbScope): Promise<CampaignWithContext[]> {
  return campaignsWithContext(scope)
    .where('c.status', '=', 'in_progress')
    .where('c.materiality', '=', 'material')
    .orderBy('c.id')
    .execute();
}

export async function findCampaignFor(
  scope: DbScope,
  changeRequestId: string,
  policyVersionId: string,
): Promise<CampaignRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('adoption_campaigns')
    .selectAll()
    .where('change_request_id', '=', changeRequestId)
    .where('policy_version_id', '=', policyVersionId)
    .executeTakeFirst();
}

/** Inserts unless the CR version has one already (a concurrent twin); true when this one was inserted. */
export async function insertCampaign(scope: DbScope, row: CampaignRow): Promise<boolean> {
  const result = await queryBuilder(scope)
    .insertInto('adoption_campaigns')
    .values(row)
    .onConflict((oc) => oc.columns(['change_request_id', 'policy_version_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateCampaignVersioned(
  scope: DbScope,
  id: string,
  expected: number,
  patch: Partial<CampaignRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('adoption_campaigns')
    .set({ ...patch, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks adopted once: false when it already was (a concurrent evaluation got there first). */
export async function markAdopted(scope: DbScope, id: string, at: string): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('adoption_campaigns')
    .set({ status: 'adopted', adopted_at: at, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- Change requests and versions (read only) ----

export interface CrForCampaign {
  id: string;
  number: number;
  type: string;
  owner_id: string;
  target_policy_id: string | null;
  stage: string;
}

export async function findCrVisible(scope: DbScope, viewer: Viewer, id: string): Promise<CrForCampaign | undefined> {
  return queryBuilder(scope)
    .selectFrom('change_requests as c')
    .select(['c.id', 'c.number', 'c.type', 'c.owner_id', 'c.target_policy_id', 'c.stage'])
    .where('c.id', '=', id)
    .where((eb) =>
      eb.or([
        eb('c.target_policy_id', 'is', null),
        eb('c.target_policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
      ]),
    )
    .executeTakeFirst();
}

export async function launchOf(
  scope: DbScope,
  changeRequestId: string,
): Promise<{ policy_version_id: string; effective_date: string; launched_at: string | null } | undefined> {
  return queryBuilder(scope)
    .selectFrom('change_request_launches')
    .select(['policy_version_id', 'effective_date', 'launched_at'])
    .where('change_request_id', '=', changeRequestId)
    .executeTakeFirst();
}

export async function findVersion(
  scope: DbScope,
  id: string,
): Promise<{ id: string; policy_id: string; body: string; label: string; effective_date: string | null } | undefined> {
  return queryBuilder(scope)
    .selectFrom('policy_versions')
    .select(['id', 'policy_id', 'body', 'label', 'effective_date'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function changelogEntryOf(
  scope: DbScope,
  versionId: string,
): Promise<{ id: string; public_summary: string } | undefined> {
  return queryBuilder(scope)
    .selectFrom('changelog_entries')
    .select(['id', 'public_summary'])
    .where('version_id', '=', versionId)
    .orderBy('published_at', 'desc')
    .executeTakeFirst();
}

// ---- Campaign audiences ----

export async function audiencesOf(scope: DbScope, campaignIds: string[]): Promise<CampaignAudienceRow[]> {
  if (campaignIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('adoption_campaign_audiences')
    .selectAll()
    .where('campaign_id', 'in', campaignIds)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findCampaignAudience(
  scope: DbScope,
  campaignId: string,
  id: string,
): Promise<CampaignAudienceRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('adoption_campaign_audiences')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCampaignAudiences(scope: DbScope, rows: CampaignAudienceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('adoption_campaign_audiences').values(rows).execute();
}

export async function updateCampaignAudienceVersioned(
  scope: DbScope,
  id: string,
  expected: number,
  patch: Partial<CampaignAudienceRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('adoption_campaign_audiences')
    .set({ ...patch, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setLastReminder(scope: DbScope, id: string, at: string): Promise<void> {
  await queryBuilder(scope)
    .updateTable('adoption_campaign_audiences')
    .set({ last_reminder_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteCampaignAudienceVersioned(scope: DbScope, id: string, expected: number): Promise<boolean> {
  await queryBuilder(scope).deleteFrom('adoption_links').where('campaign_audience_id', '=', id).execute();
  const result = await queryBuilder(scope)
    .deleteFrom('adoption_campaign_audiences')
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface AudienceCountRow {
  campaign_audience_id: string;
  links_issued: number;
  acknowledged: number;
  trained: number;
  quiz_passed: number;
  declined: number;
  exemptions: number;
}

/** Responses per campaign audience. A response given before a link was revoked still counts. */
export async function countsOf(scope: DbScope, campaignIds: string[]): Promise<AudienceCountRow[]> {
  if (campaignIds.length === 0) return [];
  const rows = await queryBuilder(scope)
    .selectFrom('adoption_links')
    .select((eb) => [
      'campaign_audience_id',
      eb.fn.count<number>(sql`case when revoked_at is null then 1 end`).as('links_issued'),
      eb.fn.count<number>('acknowledged_at').as('acknowledged'),
      eb.fn.count<number>('trained_at').as('trained'),
      eb.fn.count<number>('quiz_passed_at').as('quiz_passed'),
      eb.fn.count<number>('declined_at').as('declined'),
      eb.fn.count<number>('exemption_at').as('exemptions'),
    ])
    .where('campaign_id', 'in', campaignIds)
    .groupBy('campaign_audience_id')
    .execute();
  return rows.map((r) => ({
    campaign_audience_id: r.campaign_audience_id,
    links_issued: Number(r.links_issued),
    acknowledged: Number(r.acknowledged),
    trained: Number(r.trained),
    quiz_passed: Number(r.quiz_passed),
    declined: Number(r.declined),
    exemptions: Number(r.exemptions),
  }));
}

export async function acknowledgementsOf(
  scope: DbScope,
  campaignId: string,
): Promise<{ campaign_audience_id: string; acknowledged_at: string }[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('adoption_links')
    .select(['campaign_audience_id', 'acknowledged_at'])
    .where('campaign_id', '=', campaignId)
    .where('acknowledged_at', 'is not', null)
    .execute();
  return rows.map((r) => ({ campaign_audience_id: r.campaign_audience_id, acknowledged_at: r.acknowledged_at! }));
}

// ---- Links ----

export async function insertLinks(scope: DbScope, rows: LinkRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await queryBuilder(scope)
      .insertInto('adoption_links')
      .values(rows.slice(i, i + 100))
      .execute();
}

export async function linksOf(scope: DbScope, campaignAudienceId: string): Promise<LinkRow[]> {
  return queryBuilder(scope)
    .selectFrom('adoption_links')
    .selectAll()
    .where('campaign_audience_id', '=', campaignAudienceId)
    .orderBy('person_name')
    .orderBy('id')
    .execute();
}

export async function findLink(scope: DbScope, campaignId: string, id: string): Promise<LinkRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('adoption_links')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findLinkByTokenHash(scope: DbScope, hash: string): Promise<LinkRow | undefined> {
  return queryBuilder(scope).selectFrom('adoption_links').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

export async function revokeLinkVersioned(scope: DbScope, id: string, expected: number, at: string): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('adoption_links')
    .set({ revoked_at: at, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

type OnceField = 'acknowledged_at' | 'trained_at' | 'quiz_passed_at' | 'declined_at' | 'exemption_at';

/**
 * Sets a response once: `UPDATE … WHERE <field> IS NULL` (and, unless it is that field, not declined or
 * exempted). True when this call set it; false when it was already set, by an earlier or a concurrent call.
 */
export async function recordOnce(
  scope: DbScope,
  id: string,
  field: OnceField,
  at: string,
  extra: Partial<LinkRow> = {},
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('adoption_links')
    .set({ ...extra, [field]: at })
    .where('id', '=', id)
    .where(field, 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findLinkById(scope: DbScope, id: string): Promise<LinkRow | undefined> {
  return queryBuilder(scope).selectFrom('adoption_links').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Takes the next attempt number; the unique (link, attempt) refuses a concurrent twin. */
export async function insertQuizAttempt(scope: DbScope, row: QuizAttemptRow): Promise<void> {
  await queryBuilder(scope).insertInto('adoption_quiz_attempts').values(row).execute();
  await queryBuilder(scope)
    .updateTable('adoption_links')
    .set({ quiz_attempts: row.attempt, last_quiz_score: row.score_pct })
    .where('id', '=', row.link_id)
    .execute();
}

export async function passingAttempt(scope: DbScope, linkId: string): Promise<QuizAttemptRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('adoption_quiz_attempts')
    .selectAll()
    .where('link_id', '=', linkId)
    .where('passed', '=', 1)
    .orderBy('attempt')
    .executeTakeFirst();
}
