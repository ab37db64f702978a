import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImpactAnalysis,
  ImpactAnalysisList,
  ImpactDesignChoice,
  ImpactReport,
  PolicyLaunchList,
} from '@policyops/contracts';
import { api, seg } from '../../../lib/api';

/** What the reader chose in the header; sent as the query of the live analysis and the body of a save. */
export interface ImpactOptions {
  market: string | null;
  windowDays: number;
  rampUpDays: number;
  design: ImpactDesignChoice;
}

export const DEFAULT_IMPACT_OPTIONS: ImpactOptions = { market: null, windowDays: 28, rampUpDays: 7, design: 'auto' };

export const impactKeys = {
  all: ['impact'] as const,
  launches: (policyId: string) => [...impactKeys.all, 'launches', policyId] as const,
  live: (policyId: string, versionId: string, options: ImpactOptions) =>
    [...impactKeys.all, 'live', policyId, versionId, options] as const,
  saved: (policyId: string, versionId: string) => [...impactKeys.all, 'saved', policyId, versionId] as const,
  analysis: (id: string) => [...impactKeys.all, 'analysis', id] as const,
};

const versionPath = (policyId: string, versionId: string) =>
  `/api/metrics/policies/${seg(policyId)}/versions/${seg(versionId)}`;

function asQuery(options: ImpactOptions) {
  return {
    windowDays: options.windowDays,
    rampUpDays: options.rampUpDays,
    design: options.design,
    ...(options.market ? { market: options.market } : {}),
  };
}

export function usePolicyLaunches(policyId: string) {
  return useQuery({
    queryKey: impactKeys.launches(policyId),
    queryFn: ({ signal }) =>
      api.get<PolicyLaunchList>(`/api/metrics/policies/${seg(policyId)}/launches`, undefined, signal),
  });
}

/** The live analysis; the previous reply stays on screen while new options compute. */
export function useVersionImpact(policyId: string, versionId: string, options: ImpactOptions) {
  return useQuery({
    queryKey: impactKeys.live(policyId, versionId, options),
    queryFn: ({ signal }) =>
      api.get<ImpactReport>(`${versionPath(policyId, versionId)}/impact`, asQuery(options), signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSavedImpactAnalyses(policyId: string, versionId: string) {
  return useQuery({
    queryKey: impactKeys.saved(policyId, versionId),
    queryFn: ({ signal }) =>
      api.get<ImpactAnalysisList>(`${versionPath(policyId, versionId)}/impact-analyses`, undefined, signal),
  });
}

export function useStoredImpactAnalysis(id: string | null) {
  return useQuery({
    queryKey: impactKeys.analysis(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<ImpactAnalysis>(`/api/metrics/impact-analyses/${seg(id ?? '')}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useSaveImpactAnalysis(policyId: string, versionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (options: ImpactOptions) =>
      api.post<ImpactAnalysis>(`${versionPath(policyId, versionId)}/impact-analyses`, asQuery(options)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: impactKeys.saved(policyId, versionId) });
      await client.invalidateQueries({ queryKey: impactKeys.launches(policyId) });
    },
  });
}

export function useDeleteImpactAnalysis(policyId: string, versionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/metrics/impact-analyses/${seg(id)}`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: impactKeys.saved(policyId, versionId) });
      await client.invalidateQueries({ queryKey: impactKeys.launches(policyId) });
    },
  });
}
