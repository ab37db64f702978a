import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type {
  AdoptionAudience,
  AdoptionAudienceCreate,
  AdoptionAudienceList,
  AdoptionAudienceUpdate,
  AdoptionCampaign,
  AdoptionCampaignList,
  AdoptionCampaignSettingsUpdate,
  AdoptionCurve,
  AdoptionLink,
  AdoptionLinkList,
  AdoptionLinksCreate,
  AdoptionLinksCreated,
  CampaignAudienceCreate,
  CampaignAudienceUpdate,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';

/** Query keys of the adoption feature. */
export const adoptionKeys = {
  all: ['adoption'] as const,
  audiences: (active?: boolean) => ['adoption', 'audiences', active ?? 'all'] as const,
  campaign: (id: string) => ['adoption', 'campaign', id] as const,
  byCr: (changeRequestId: string) => ['adoption', 'campaigns', 'cr', changeRequestId] as const,
  curve: (id: string) => ['adoption', 'campaign', id, 'curve'] as const,
  links: (campaignId: string, audienceId: string) => ['adoption', 'campaign', campaignId, 'links', audienceId] as const,
};

const base = '/api/adoption';
const campaignPath = (id: string) => `${base}/campaigns/${seg(id)}`;

/** Tells the user their edit was refused because someone changed the record first; true when it was that. */
export function handleAdoptionConflict(error: unknown): boolean {
  if (!isApiError(error) || !error.is('VERSION_CONFLICT')) return false;
  notifications.show({
    color: 'orange',
    title: 'Someone else changed this first',
    message: 'Nothing was overwritten. The page now shows their change; check it and make yours again.',
    autoClose: 10_000,
  });
  return true;
}

// ---- Audience directory ----

export function useAudienceDirectory(options: { active?: boolean; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adoptionKeys.audiences(options.active),
    queryFn: ({ signal }) =>
      api.get<AdoptionAudienceList>(
        `${base}/audiences`,
        { active: options.active === undefined ? undefined : String(options.active) },
        signal,
      ),
    enabled: options.enabled ?? true,
  });
}

function useInvalidateAudiences() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['adoption', 'audiences'] });
}

export function useCreateAudience() {
  const invalidate = useInvalidateAudiences();
  return useMutation({
    mutationFn: (body: AdoptionAudienceCreate) => api.post<AdoptionAudience>(`${base}/audiences`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateAudience() {
  const invalidate = useInvalidateAudiences();
  return useMutation({
    mutationFn: ({ audienceId, changes }: { audienceId: string; changes: AdoptionAudienceUpdate }) =>
      api.patch<AdoptionAudience>(`${base}/audiences/${seg(audienceId)}`, changes),
    onSettled: invalidate,
  });
}

// ---- Campaigns ----

export function useCampaign(campaignId: string) {
  return useQuery({
    queryKey: adoptionKeys.campaign(campaignId),
    queryFn: ({ signal }) => api.get<AdoptionCampaign>(campaignPath(campaignId), undefined, signal),
  });
}

/** The campaigns of one change request, newest first (usually one). */
export function useCampaignsOfChangeRequest(changeRequestId: string) {
  return useQuery({
    queryKey: adoptionKeys.byCr(changeRequestId),
    queryFn: ({ signal }) => api.get<AdoptionCampaignList>(`${base}/campaigns`, { changeRequestId }, signal),
  });
}

export function useAdoptionCurve(campaignId: string) {
  return useQuery({
    queryKey: adoptionKeys.curve(campaignId),
    queryFn: ({ signal }) => api.get<AdoptionCurve>(`${campaignPath(campaignId)}/curve`, undefined, signal),
  });
}

/** After a change to a campaign: store the campaign sent back and refresh what depends on it. */
function useCampaignSaved(campaignId: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (campaign: AdoptionCampaign) => queryClient.setQueryData(adoptionKeys.campaign(campaignId), campaign),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adoptionKeys.campaign(campaignId) });
      void queryClient.invalidateQueries({ queryKey: ['adoption', 'campaigns'] });
    },
  };
}

export function useUpdateCampaignSettings(campaignId: string) {
  return useMutation({
    mutationFn: (body: AdoptionCampaignSettingsUpdate) => api.patch<AdoptionCampaign>(campaignPath(campaignId), body),
    ...useCampaignSaved(campaignId),
  });
}

export function useAddCampaignAudience(campaignId: string) {
  return useMutation({
    mutationFn: (body: CampaignAudienceCreate) =>
      api.post<AdoptionCampaign>(`${campaignPath(campaignId)}/audiences`, body),
    ...useCampaignSaved(campaignId),
  });
}

export function useUpdateCampaignAudience(campaignId: string) {
  return useMutation({
    mutationFn: ({ audienceId, changes }: { audienceId: string; changes: CampaignAudienceUpdate }) =>
      api.patch<AdoptionCampaign>(`${campaignPath(campaignId)}/audiences/${seg(audienceId)}`, changes),
    ...useCampaignSaved(campaignId),
  });
}

export function useRemoveCampaignAudience(campaignId: string) {
  return useMutation({
    mutationFn: ({ audienceId, version }: { audienceId: string; version: number }) =>
      api.delete<AdoptionCampaign>(`${campaignPath(campaignId)}/audiences/${seg(audienceId)}`, { version }),
    ...useCampaignSaved(campaignId),
  });
}

// ---- Person links ----

export function useAudienceLinks(campaignId: string, audienceId: string | null) {
  return useQuery({
    queryKey: adoptionKeys.links(campaignId, audienceId ?? ''),
    queryFn: ({ signal }) =>
      api.get<AdoptionLinkList>(`${campaignPath(campaignId)}/audiences/${seg(audienceId!)}/links`, undefined, signal),
    enabled: Boolean(audienceId),
  });
}

function useInvalidateLinks(campaignId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['adoption', 'campaign', campaignId] });
  };
}

export function useCreateLinks(campaignId: string) {
  const invalidate = useInvalidateLinks(campaignId);
  return useMutation({
    mutationFn: ({ audienceId, body }: { audienceId: string; body: AdoptionLinksCreate }) =>
      api.post<AdoptionLinksCreated>(`${campaignPath(campaignId)}/audiences/${seg(audienceId)}/links`, body),
    onSuccess: invalidate,
  });
}

export function useRevokeLink(campaignId: string) {
  const invalidate = useInvalidateLinks(campaignId);
  return useMutation({
    mutationFn: ({ linkId, version }: { linkId: string; version: number }) =>
      api.post<AdoptionLink>(`${campaignPath(campaignId)}/links/${seg(linkId)}/revoke`, { version }),
    onSettled: invalidate,
  });
}
