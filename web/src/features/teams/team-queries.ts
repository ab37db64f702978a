import type { TeamFunction } from '@policyops/contracts';

/** Query keys of the teams feature; team changes also touch people (their team lists). */
export const teamKeys = {
  all: ['teams'] as const,
  list: (fn: TeamFunction | undefined) => ['teams', 'list', fn ?? 'all'] as const,
  detail: (id: string) => ['teams', 'detail', id] as const,
};
