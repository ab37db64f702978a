import type { AdoptionCampaign, Materiality } from '@policyops/contracts';
/* eslint-disable no-restricted-imports, no-restricted-syntax -- a test kit (used by *.int.test.ts only): it writes
   change-request rows directly, so the adoption tests do not depend on the CR module's routes. */
import { inTransaction, queryBuilder } from '../../db/scope.js';
import { v7 as uuidv7 } from 'uuid';
import { SYSTEM_CAUSE } from '../audit/audit.service.js';
import type { TestApp, TestClient } from '../../test/test-app.js';

export const POLICY_TEXT = '# Bullying\n\n## Rules\n\nDo not target private individuals with degrading content.';

/** A policy with a version and a CR on it: what a launch hands the campaign (the launch itself is helper A's). */
export async function launchable(
  t: TestApp,
  admin: TestClient,
  slug: string,
  options: { ownerId: string; restricted?: boolean; memberIds?: string[]; type?: string },
) {
  const area = (await admin.post('/api/policy-areas', { name: `Area ${slug}` })).json();
  const policy = await admin.post('/api/policies', {
    title: `Policy ${slug}`,
    slug,
    areaId: area.id,
    ownerIds: [],
    restricted: options.restricted ?? false,
    memberIds: options.memberIds ?? [],
  });
  if (policy.statusCode !== 201) throw new Error(policy.body);
  const version = await admin.post(`/api/policies/${slug}/versions`, { body: POLICY_TEXT });
  if (version.statusCode !== 201) throw new Error(version.body);
  const now = new Date().toISOString();
  const last = await queryBuilder(t.database.scope)
    .selectFrom('change_requests')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  const cr = {
    id: uuidv7(),
    number: Number(last?.n ?? 0) + 1,
    title: `Change ${slug}`,
    type: options.type ?? 'clarification',
    owner: { id: options.ownerId },
  };
  await queryBuilder(t.database.scope)
    .insertInto('change_requests')
    .values({
      id: cr.id,
      number: cr.number,
      title: cr.title,
      type: cr.type,
      source: 'escalation',
      target_policy_id: policy.json().id,
      problem_statement: '',
      proposal: '',
      impact: JSON.stringify({
        surfaceIds: [],
        marketIds: [],
        expectedVolumeChangePct: null,
        moderationWorkload: null,
        riskLevel: null,
      }),
      severity: null,
      reach: null,
      urgency: null,
      effort: null,
      owner_id: options.ownerId,
      due_date: null,
      effective_date: null,
      stage: 'launched',
      stage_entered_at: now,
      lane: cr.type === 'editorial' ? 'fast' : 'full',
      placement_after_id: null,
      placement_reason: null,
      placement_by: null,
      placement_at: null,
      draft_version_id: version.json().id,
      last_text_editor_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { policyId: policy.json().id as string, versionId: version.json().id as string, cr };
}

/** Opens the campaign as the launch listener would, and reads it back through the API. */
export async function openCampaign(
  t: TestApp,
  reader: TestClient,
  target: Awaited<ReturnType<typeof launchable>>,
  materiality: Materiality = 'material',
): Promise<AdoptionCampaign> {
  const id = await inTransaction(t.database.scope, (trx) =>
    t.services.adoption.campaigns.openCampaignInTransaction(trx, SYSTEM_CAUSE, {
      changeRequestId: target.cr.id,
      number: target.cr.number,
      title: target.cr.title,
      policyId: target.policyId,
      policyVersionId: target.versionId,
      effectiveDate: '2027-01-10',
      materiality,
      ownerId: target.cr.owner.id,
    }),
  );
  const res = await reader.get(`/api/adoption/campaigns/${id}`);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json();
}

export async function audience(
  admin: TestClient,
  name: string,
  headcount: number,
  extra: Record<string, unknown> = {},
) {
  const res = await admin.post('/api/adoption/audiences', {
    name,
    kind: 'vendor',
    headcount,
    contactEmail: `${name.toLowerCase().replace(/\W+/g, '-')}@vendor.example`,
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
}

/** Issues links and returns the tokens (the last path segment of each URL). */
export async function issueLinks(
  admin: TestClient,
  campaignId: string,
  audienceId: string,
  names: string[],
  body = {},
) {
  const res = await admin.post(`/api/adoption/campaigns/${campaignId}/audiences/${audienceId}/links`, {
    people: names.map((name) => ({ name })),
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return (res.json().items as { url: string; link: { id: string; version: number } }[]).map((i) => ({
    token: i.url.split('/').pop()!,
    url: i.url,
    link: i.link,
  }));
}
