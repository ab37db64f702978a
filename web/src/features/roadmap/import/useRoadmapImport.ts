import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadmapImportPreview, RoadmapImportRequest, RoadmapImportResult } from '@policyops/contracts';
import { api } from '../../../lib/api';
import { roadmapKeys } from '../roadmap-queries';

/** The dry run: nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: (body: RoadmapImportRequest) => api.post<RoadmapImportPreview>('/api/roadmap/imports/preview', body),
  });
}

/** The import itself: all rows or none. */
export function useImportCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoadmapImportRequest) => api.post<RoadmapImportResult>('/api/roadmap/imports', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roadmapKeys.all }),
  });
}
