import { useQuery } from '@tanstack/react-query';
import type { ChangelogEntry, ChangelogEntryDetail } from '@policyops/contracts';
import { api, seg } from '../../lib/api';

/** The public changelog: no sign-in needed. */
export function usePublicChangelog() {
  return useQuery({
    queryKey: ['public-changelog'],
    queryFn: ({ signal }) => api.get<{ items: ChangelogEntry[] }>('/api/public/changelog', undefined, signal),
  });
}

export function usePublicChangelogEntry(entryId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['public-changelog', entryId],
    queryFn: ({ signal }) => api.get<ChangelogEntryDetail>(`/api/public/changelog/${seg(entryId)}`, undefined, signal),
    enabled,
  });
}
