import { useQuery } from '@tanstack/react-query';
import type { PolicyRedline } from '@policyops/contracts';
import { api, seg, toQueryString } from '../../lib/api';

/** Under ['policies'] so that any policy change (which refetches everything there) refreshes it. */
export const redlineKey = (ref: string, from: string, to: string) => ['policies', 'redline', ref, from, to] as const;

/** The clause-aware redline of two versions (sections and clauses aligned, then words compared). */
export function usePolicyRedline(ref: string, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: redlineKey(ref, from ?? '', to ?? ''),
    queryFn: ({ signal }) => api.get<PolicyRedline>(`/api/policies/${seg(ref)}/redline`, { from, to }, signal),
    enabled: Boolean(from && to && from !== to),
    staleTime: 60_000,
  });
}

/** Where the redline is downloaded as a document to send on (HTML or Markdown). */
export function redlineExportHref(ref: string, from: string, to: string, format: 'html' | 'md'): string {
  return `/api/policies/${seg(ref)}/redline.${format}${toQueryString({ from, to })}`;
}
