import type {
  AdoptionAudience,
  AdoptionCampaign,
  ApplicabilityDimensions,
  ChangeRequest,
  CrCreate,
  Team,
  TeamFunction,
} from '@policyops/contracts';
import type { ApiSession } from './api-session.js';

/**
 * A team of one sign-off function (legal, moderation_ops, product, regional) with these people in it: its members
 * sign off change requests in that role. Throws when the name is taken or a person is unknown.
 */
export async function createSignOffTeam(
  admin: ApiSession,
  team: { name: string; function: TeamFunction; members: ApiSession[] },
): Promise<Team> {
  const created = await admin.post<Team>('/api/teams', {
    name: team.name,
    function: team.function,
    description: `Seeded for a browser journey: signs off as ${team.function}`,
  });
  for (const member of team.members) await admin.put(`/api/teams/${created.id}/members/${member.user.id}`, {});
  return created;
}

/** An audience of the directory (a moderation site, vendor team or regional team); every launch copies it in. */
export function createAudience(
  manager: ApiSession,
  audience: { name: string; kind: 'site' | 'vendor' | 'regional'; headcount: number; contactEmail: string },
): Promise<AdoptionAudience> {
  return manager.post<AdoptionAudience>('/api/adoption/audiences', audience);
}

/**
 * A change request opened and given an effective date, the way another team's launch sits in the calendar: what the
 * conflict check of a change request on the same policy near that date lists. Throws when a step is refused.
 */
export async function changeRequestTakingEffect(
  owner: ApiSession,
  cr: Pick<CrCreate, 'title' | 'type' | 'source' | 'targetPolicyId' | 'problemStatement'> & {
    surfaces: string[];
    effectiveDate: string;
  },
): Promise<ChangeRequest> {
  const { surfaces } = await owner.get<ApplicabilityDimensions>('/api/applicability/dimensions');
  const surfaceIds = cr.surfaces.map((name) => {
    const found = surfaces.find((s) => s.name === name);
    if (!found) throw new Error(`No surface ${name} in this workspace`);
    return found.id;
  });
  const { effectiveDate, surfaces: _names, ...fields } = cr;
  const created = await owner.post<ChangeRequest>('/api/change-requests', {
    ...fields,
    ownerId: owner.user.id,
    impact: { surfaceIds },
  });
  return owner.patch<ChangeRequest>(`/api/change-requests/${created.id}`, { version: created.version, effectiveDate });
}

/**
 * A launch copies every active audience of the directory into its campaign, and the shared workspace holds other
 * specs' (and perhaps the sample's) audiences: this leaves the campaign with only those named, so that the gate is
 * held by this run's audiences alone. Returns the campaign as it then stands.
 */
export async function keepOnlyAudiences(
  manager: ApiSession,
  campaignId: string,
  names: string[],
): Promise<AdoptionCampaign> {
  const path = `/api/adoption/campaigns/${campaignId}`;
  let campaign = await manager.get<AdoptionCampaign>(path);
  for (const audience of campaign.audiences.filter((a) => !names.includes(a.name)))
    campaign = await manager.send<AdoptionCampaign>(
      'DELETE',
      `${path}/audiences/${audience.id}?version=${audience.version}`,
    );
  const missing = names.filter((name) => !campaign.audiences.some((a) => a.name === name));
  if (missing.length > 0) throw new Error(`The campaign has no audience ${missing.join(', ')}`);
  return campaign;
}
